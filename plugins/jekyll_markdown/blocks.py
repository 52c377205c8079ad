"""Kramdown's (GFM input) list rules, rewritten for Python-Markdown.

Jekyll renders Markdown with kramdown's GFM parser, where a list may start
right after a paragraph line and a nested list only has to reach its parent
item's content column (two spaces under ``* ``). Python-Markdown needs a
blank line before a list and four spaces per level. ``normalise_lists``
rewrites the source so Python-Markdown sees the structure kramdown sees.

An item line right after an item's indented paragraph (or after a deeper
list begun below a blank line) starts the next item in kramdown, where
Python-Markdown reads it into that paragraph or deeper list: a blank line
parts them, and a mark on a line of its own says how kramdown shows the
item (``ITEMS_MARK``), for ``list_items`` to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"^( *)([*+-]|\d{1,9}\.)( +|$)")
# A fence line opening or closing fenced code (``nesting`` reads it too).
FENCE = re.compile(r"^ *(```|~~~)")
_FENCE_RUN = re.compile(r" *(`+|~+)")
_BLOCK_START = re.compile(r"^ {0,3}(#|>|```|~~~|<|\||[*_-]( *[*_-]){2,} *$)")
_INDENT_STEP = 4
# A line that only closes an HTML element.
_CLOSING_TAG = re.compile(r"^ {0,3}</[A-Za-z][\w-]*\s*>\s*$")
# The mark on a line before items that continue a list after a part, with
# how kramdown shows the first one's paragraph: "tight" (bare), "loose" (a
# paragraph), or "last" (the list's last item: bare when an item before it
# is). Python-Markdown removes STX and ETX from a text before this runs, so
# no text holds a mark.
ITEMS_MARK = "\x02kramdown-items:{}\x03"
# The mark on a line before a block parted from an item's text that kramdown
# keeps bare (a fence right after it).
BARE_TEXT_MARK = "\x02kramdown-items:bare\x03"


@dataclass(slots=True)
class _Item:
    marker_indent: int
    content_column: int
    ordered: bool


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def normalise_lists(text: str) -> str:
    """Return ``text`` with list items re-indented to four spaces per level.

    A list that follows a paragraph line gets the blank line Python-Markdown
    needs. Fenced code blocks are moved with their list item, never edited.
    """
    out: list[str] = []
    stack: list[_Item] = []
    previous = "blank"  # blank, blank-in-list, paragraph, list or other
    fence: str | None = None
    fence_indent = 0  # where the open fence's line starts, once rewritten
    # The open fence's item, when it stands in its item's content: (the
    # content column, where Python-Markdown wants the item's lines).
    fence_item: tuple[int, int] | None = None
    after_blank = False
    # A fence closed on the line before: kramdown starts a block after it.
    closed = False
    # The first line of the current block (lines since a blank one): its
    # depth in the lists and whether it is an item's line.
    block_start: tuple[int, bool] | None = None
    # Where items that continue a list begin a block parted here.
    continued: list[int] = []
    shift = 0
    for line in text.expandtabs(_INDENT_STEP).split("\n"):
        if fence is not None:
            if closes_fence(line, fence):
                # A closing fence may stand up to three spaces further in,
                # and be longer (Python-Markdown's must match the opening).
                out.append(" " * fence_indent + fence)
                fence = None
                closed = True
                if fence_item is None:
                    # Outside an item's content (or claimed by one): an item
                    # right after it starts a list, which Python-Markdown
                    # would read into the fence's block.
                    previous = "after-fence"
            elif (
                fence_item is not None
                and not after_blank
                and line.strip()
                and _indent(line) < fence_item[0]
            ):
                # A lazy line (kramdown keeps a line short of the item's
                # indentation, after a non-blank one, in the item as it is).
                out.append(" " * fence_item[1] + line)
            else:
                out.append(_reindent(line, shift))
            after_blank = not line.strip()
            continue
        after_fence, closed = closed, False
        if not line.strip():
            out.append(line)
            previous = "blank-in-list" if stack else "blank"
            block_start = None
            continue
        indent = _indent(line)
        if stack and indent < stack[-1].content_column and _CLOSING_TAG.match(line):
            # The end of the HTML element the list stands in (`</div>` of a
            # `markdown="1"` box): kramdown's list ends there, and a fence
            # right after it is no item's.
            stack.clear()
            out.append(line)
            previous, block_start = "other", None
            continue
        item = _ITEM.match(line)
        if item and (stack or indent <= 3):
            depth = len(stack)
            while depth and indent < stack[depth - 1].content_column:
                depth -= 1
            ordered = item.group(2)[0].isdigit()
            parted = _parts_block(block_start, depth)
            other_kind = depth < len(stack) and stack[depth].ordered != ordered
            if parted and other_kind:
                # An item of the other kind (1. after *) does not go on
                # kramdown's list: after a paragraph, it is a line of it.
                out.append(line)
                continue
            if other_kind and previous == "list":
                # Right after an item's text, it is a lazy line of that item
                # in kramdown: the next item of the list of its kind in it,
                # or the first of one it opens there.
                inner = depth + 1
                if inner < len(stack) and stack[inner].ordered == ordered:
                    indent, depth = stack[inner].marker_indent, inner
                else:
                    indent, depth = stack[depth].content_column, inner
            del stack[depth:]
            if (
                (not stack and previous == "paragraph")
                or previous == "after-fence"
                or parted
            ):
                out.append("")
                block_start = None
            if parted and depth < parted:
                continued.append(len(out))
            if block_start is None:
                block_start = (depth, True)
            marker, spaces = item.group(2), item.group(3)
            width = len(spaces) if 0 < len(spaces) <= 4 else 1
            stack.append(_Item(indent, indent + len(marker) + width, ordered))
            shift = depth * _INDENT_STEP - indent
            # Its marker at its depth's column (``indent``: where it stands
            # for kramdown, which a lazy line's is not).
            out.append(" " * depth * _INDENT_STEP + line.lstrip(" "))
            previous = "list"
            continue
        if stack and indent == 0 and previous == "blank-in-list":
            stack.clear()
        if stack:
            owner = next(
                (i for i in reversed(stack) if indent >= i.content_column), None
            )
            if owner is not None:
                depth = stack.index(owner) + 1
                if block_start is None:
                    block_start = (depth, False)
                shift = depth * _INDENT_STEP - owner.content_column
                if after_fence or (FENCE.match(line) and out[-1].strip()):
                    # A fence and what follows it are blocks of their own
                    # in kramdown; the item's text right before stays bare.
                    out.append("")
                    block_start = (depth, False)
                    if previous == "list" and not after_fence:
                        out.append(" " * depth * _INDENT_STEP + BARE_TEXT_MARK)
                out.append(_reindent(line, shift))
            elif _claims(line, previous):
                # kramdown keeps in the item a fence right after its text
                # (whatever its indentation) and the text right after that
                # fence; Python-Markdown needs them apart, and indented.
                depth = len(stack)
                shift = depth * _INDENT_STEP - indent
                out.append("")
                if previous == "list" and FENCE.match(line):
                    # Right after the item's text, which stays bare.
                    out.append(" " * depth * _INDENT_STEP + BARE_TEXT_MARK)
                out.append(_reindent(line, shift))
                block_start = (depth, False)
            elif previous == "list" and line.lstrip().startswith("<!--"):
                # A comment right after an item's text is a lazy line of it in
                # kramdown; Python-Markdown would start an HTML block there.
                out.append(" " * len(stack) * _INDENT_STEP + line.lstrip())
            else:
                out.append(line)
        else:
            opens = FENCE.match(line) and _indent(line) <= 3
            # kramdown's fence may stand three spaces in (its code is kept
            # as written) and ends the paragraph before it.
            if (after_fence or (opens and previous == "paragraph")) and not (
                line.startswith("{:")  # the fence's attributes
            ):
                out.append("")
            out.append(line.lstrip(" ") if opens else line)
            shift = 0
        if block_start is None:
            block_start = (0, False)
        fence_match = FENCE.match(line)
        if fence_match:
            fence = _FENCE_RUN.match(line)[1]  # type: ignore[index]
            fence_indent = _indent(out[-1])
            after_blank = False
            # Its lines short of the item's content column are the item's.
            fence_item = None
            if stack and owner is not None:
                fence_item = (owner.content_column, owner.content_column + shift)
        elif not stack:
            previous = "other" if _BLOCK_START.match(line) else "paragraph"
    marks = [ITEMS_MARK.format(_shown_as(out, start)) for start in continued]
    for start, mark in reversed(list(zip(continued, marks, strict=True))):
        out.insert(start, " " * _indent(out[start]) + mark)
    return "\n".join(out)


def closes_fence(line: str, fence: str) -> bool:
    """Return whether a line closes the fence opened by the run ``fence``.

    As kramdown closes one: a run of its character at least as long, and
    nothing else but spaces (``````python`` is a line of its code).
    """
    closing = line.strip()
    return closing.startswith(fence) and not closing.strip(fence[0])


def _parts_block(block_start: tuple[int, bool] | None, depth: int) -> int:
    """Return the block's depth when an item line at ``depth`` must begin a block.

    It must when the block began inside an item (an indented paragraph, or
    a deeper list's item) and the line is not that deeper list's: in one
    block Python-Markdown would read it into that paragraph or list. Zero
    when it need not.
    """
    if block_start is None or block_start[0] == 0:
        return 0
    start_depth, is_item = block_start
    return start_depth if not is_item or depth < start_depth else 0


def _shown_as(lines: list[str], start: int) -> str:
    """Return how kramdown shows the paragraph of the item at ``lines[start]``.

    "loose" when a blank line follows it and the item goes on, or its list
    does; "tight" when the next item of its list follows otherwise; "last"
    when no item of its list follows (kramdown's rule for a list's last
    item depends on the items before it).
    """
    depth = _indent(lines[start]) // _INDENT_STEP
    content = (depth + 1) * _INDENT_STEP
    marker = _ITEM.match(lines[start])
    ordered = bool(marker and marker.group(2)[0].isdigit())
    paragraph, blank_after = True, False
    for line in lines[start + 1 :]:
        if not line.strip():
            blank_after = blank_after or paragraph
            paragraph = False
            continue
        indent = _indent(line)
        item = _ITEM.match(line)
        if item and indent < content:
            if indent // _INDENT_STEP < depth or item.group(2)[0].isdigit() != ordered:
                return "last"  # a shallower item, or one of another list
            return "loose" if blank_after else "tight"
        if indent >= content:
            if blank_after:
                return "loose"
            paragraph = paragraph and item is None
        elif not paragraph:
            return "last"  # the list ends here
    return "last"


def _claims(line: str, previous: str) -> bool:
    """Return whether an item takes a line less indented than its content."""
    if FENCE.match(line):
        return previous in ("list", "after-fence")
    return previous == "after-fence" and not _BLOCK_START.match(line)


def _reindent(line: str, shift: int) -> str:
    if shift == 0 or not line.strip():
        return line
    indent = _indent(line)
    return " " * max(indent + shift, 0) + line[indent:]

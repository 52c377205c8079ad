"""Kramdown's (GFM input) list rules, rewritten for Python-Markdown.

Jekyll renders Markdown with kramdown's GFM parser, where a list may start
right after a paragraph line and a nested list only has to reach its parent
item's content column (two spaces under ``* ``). Python-Markdown needs a
blank line before a list and four spaces per level. ``normalise_lists``
rewrites the source so Python-Markdown sees the structure kramdown sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"^( *)([*+-]|\d{1,9}\.)( +|$)")
_FENCE = re.compile(r"^ *(```|~~~)")
_BLOCK_START = re.compile(r"^ {0,3}(#|>|```|~~~|<|\||[*_-]( *[*_-]){2,} *$)")
_INDENT_STEP = 4


@dataclass(slots=True)
class _Item:
    marker_indent: int
    content_column: int


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
    claimed = False  # the open fence follows an item's text: it is the item's
    # The open fence's item, when it stands in its item's content: (the
    # content column, where Python-Markdown wants the item's lines).
    fence_item: tuple[int, int] | None = None
    after_blank = False
    shift = 0
    for line in text.expandtabs(_INDENT_STEP).split("\n"):
        if fence is not None:
            if _FENCE.match(line) and line.strip().startswith(fence):
                # A closing fence may stand up to three spaces further in.
                out.append(" " * fence_indent + line.strip())
                fence = None
                if claimed:
                    previous, claimed = "after-fence", False
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
        if not line.strip():
            out.append(line)
            previous = "blank-in-list" if stack else "blank"
            continue
        indent = _indent(line)
        item = _ITEM.match(line)
        if item and (stack or indent <= 3):
            while stack and indent < stack[-1].content_column:
                stack.pop()
            if (not stack and previous == "paragraph") or previous == "after-fence":
                out.append("")
            depth = len(stack)
            marker, spaces = item.group(2), item.group(3)
            width = len(spaces) if 0 < len(spaces) <= 4 else 1
            stack.append(_Item(indent, indent + len(marker) + width))
            shift = depth * _INDENT_STEP - indent
            out.append(_reindent(line, shift))
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
                shift = depth * _INDENT_STEP - owner.content_column
                out.append(_reindent(line, shift))
            elif _claims(line, previous):
                # kramdown keeps in the item a fence right after its text
                # (whatever its indentation) and the text right after that
                # fence; Python-Markdown needs them apart, and indented.
                depth = len(stack)
                shift = depth * _INDENT_STEP - indent
                claimed = _FENCE.match(line) is not None
                out.extend(["", _reindent(line, shift)])
            else:
                out.append(line)
        else:
            out.append(line)
            shift = 0
        fence_match = _FENCE.match(line)
        if fence_match:
            fence = fence_match.group(1)
            fence_indent = _indent(out[-1])
            after_blank = False
            # Its lines short of the item's content column are the item's.
            fence_item = None
            if stack and owner is not None:
                fence_item = (owner.content_column, owner.content_column + shift)
        elif not stack:
            previous = "other" if _BLOCK_START.match(line) else "paragraph"
    return "\n".join(out)


def _claims(line: str, previous: str) -> bool:
    """Return whether an item takes a line less indented than its content."""
    if _FENCE.match(line):
        return previous in ("list", "after-fence")
    return previous == "after-fence" and not _BLOCK_START.match(line)


def _reindent(line: str, shift: int) -> str:
    if shift == 0 or not line.strip():
        return line
    indent = _indent(line)
    return " " * max(indent + shift, 0) + line[indent:]

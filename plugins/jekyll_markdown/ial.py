"""kramdown's block attribute lists (IALs and ALDs).

Mirrors kramdown's parser: a line ``{: .cls #id key="v"}`` standing before
a block (directly, or alone between blank lines) or directly after one
gives that block its attributes; ``{:name: ...}`` defines attributes an IAL
may name (an ALD). Span IALs after an element (``*em*{: .x}``, an image's
``{: style="..."}``) are Python-Markdown's ``attr_list``, read where
kramdown reads them. A list whose IAL holds ``toc`` is the table of
contents (``toc``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import BLOCK_LEVEL_ELEMENTS

from jekyll_markdown.headings import STASHED

# An IAL line; "{::" starts an extension, "{:/" ends one, "{:name:" is an ALD.
IAL_LINE = re.compile(r"^ {0,3}\{:(?![:/])(?![\w-]+:)[ \t]*([^}\n]*)\}[ \t]*$")
_ALD_LINE = re.compile(r"^ {0,3}\{:([\w-]+):[ \t]*([^}\n]*)\}[ \t]*$")
_WORD = re.compile(r"(?<![\w.#=\"'-])([A-Za-z][\w-]*)(?![\w=-])")
_LIST_LINE = re.compile(r"^(?:[ \t]+\S|[*+-][ \t]|\d+[.)][ \t])")
# A line of block-level HTML is a block of its own (not part of the one after).
_HTML_LINE = re.compile(r"^ {0,3}</?([A-Za-z][\w-]*)\b[^<>]*>(?:.*>)?[ \t]*$")
_HEADING_LINE = re.compile(r"^#{1,6}(?:[ \t]|$)")
_MARKER = "kramdown-ial"
# kramdown's span IAL ``{: ...}`` (``{::`` starts an extension), and a
# heading's own id ``{#id}``, its only attribute list.
_SPAN_IAL = r"\{:(?![:/])[ \t]*([^}\n]*?)[ \t]*\}"
# A span IAL right after inline HTML (``<span>New</span>{: .label}``).
_AFTER_HTML = re.compile("(\x02wzxhzdk:(\\d+)\x03)" + _SPAN_IAL)
_CLOSING_TAG = re.compile(r"</([A-Za-z][\w-]*)\s*>")
_TAGS_LOOKED_BACK = 64  # how far back an element's opening tag is looked for
_HEADING_ID = r"[ \t]+\{(#[A-Za-z][\w:-]*)\}[ \t]*$"


class IalLines(Preprocessor):
    """Put each IAL before its block, and ALD names in place of their attributes."""

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines with ALDs read and every IAL before its block."""
        definitions: dict[str, str] = {}
        kept: list[str] = []
        for line in lines:
            found = _ALD_LINE.match(line)
            if found is not None:
                definitions[found.group(1)] = found.group(2).strip()
                continue
            ial = IAL_LINE.match(line)
            if ial is None:
                kept.append(line)
                continue
            written = (
                "{: " + _expand(ial.group(1), definitions) + "}"
                if definitions
                else line
            )
            if kept and kept[-1].strip():
                kept.insert(_block_start(kept), written)  # directly after a block
                kept.append("")  # which it ends
            else:
                kept.append(written)
        return kept


def _expand(attributes: str, definitions: dict[str, str]) -> str:
    return _WORD.sub(lambda m: definitions.get(m.group(1), m.group(1)), attributes)


def _block_start(lines: list[str]) -> int:
    """Return where the block ending with the last of ``lines`` starts."""
    if _HEADING_LINE.match(lines[-1]):
        return len(lines) - 1  # a heading is a block of one line
    start = len(lines)
    while (
        start > 0
        and lines[start - 1].strip()
        and not _is_html_block_line(lines[start - 1])
    ):
        start -= 1
    # A loose list goes on across blank lines: its items, and what they hold.
    while (
        start >= 2
        and not lines[start - 1].strip()
        and _LIST_LINE.match(lines[start])
        and lines[start - 2].strip()
        and _LIST_LINE.match(_first_line(lines, start - 2))
    ):
        start -= 1
        while start > 0 and lines[start - 1].strip():
            start -= 1
    return start


def _is_html_block_line(line: str) -> bool:
    found = _HTML_LINE.match(line)
    return found is not None and found.group(1).lower() in BLOCK_LEVEL_ELEMENTS


def _first_line(lines: list[str], end: int) -> str:
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return lines[start]


class IalBlock(BlockProcessor):
    """An IAL line at the start of a block: a marker for the element after it."""

    def test(self, parent: etree.Element, block: str) -> bool:
        """Return whether the block starts with an IAL line."""
        del parent
        return IAL_LINE.match(block.split("\n", 1)[0]) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Leave a marker holding the attributes; the rest is read as usual."""
        first, _, rest = blocks.pop(0).partition("\n")
        found = IAL_LINE.match(first)
        marker = etree.SubElement(parent, _MARKER)
        marker.set("attributes", found.group(1) if found else "")
        if rest.strip():
            blocks.insert(0, rest)


class IalAttributes(Treeprocessor):
    """Give each marker's attributes to the element after it."""

    def run(self, root: etree.Element) -> None:
        """Apply and remove every marker."""
        assign = AttrListTreeprocessor(self.md).assign_attrs
        for parent in list(root.iter()):
            children = list(parent)
            if not any(child.tag == _MARKER for child in children):
                continue
            # Removed all at once: one at a time is quadratic in the markers.
            parent[:] = [child for child in children if child.tag != _MARKER]
            for index, child in enumerate(children):
                if child.tag != _MARKER:
                    continue
                attributes = child.get("attributes") or ""
                target = children[index + 1] if index + 1 < len(children) else None
                if target is None or target.tag == _MARKER:
                    continue
                stashed = STASHED.fullmatch((target.text or "").strip())
                if target.tag == "p" and len(target) == 0 and stashed is not None:
                    onto_stashed(self.md, int(stashed.group(1)), attributes, assign)
                else:
                    assign(target, attributes)


def onto_stashed(
    md: Markdown, index: int, attributes: str, assign: Callable[..., object]
) -> None:
    """Give attributes to the first tag of a piece of HTML set aside."""
    blocks = md.htmlStash.rawHtmlBlocks
    html = str(blocks[index])
    opening = re.match(r"<([a-zA-Z][\w-]*)([^>]*)>", html)
    if opening is None:
        return
    element = etree.Element(opening.group(1))
    for key, value in re.findall(r'([\w-]+)="([^"]*)"', opening.group(2)):
        element.set(key, value)
    assign(element, attributes)
    # A bare word (`{:toc .x}`) is a reference to an attribute list
    # definition in kramdown, never an attribute of its own: here it has
    # no value, and a tag written out cannot hold one without.
    for key in [k for k, v in element.attrib.items() if v is None]:
        del element.attrib[key]
    tag = etree.tostring(element, encoding="unicode", method="html")
    blocks[index] = tag[: tag.index(">") + 1] + html[opening.end() :]


def _opening_tag(blocks: list[object], index: int) -> int | None:
    """Return where the inline HTML element ending at stash ``index`` opens."""
    closing = _CLOSING_TAG.fullmatch(str(blocks[index]))
    if closing is None:
        return index  # an element of one tag (<img>, <span/>)
    name, depth = closing.group(1).lower(), 0
    for before in range(index - 1, max(-1, index - _TAGS_LOOKED_BACK), -1):
        html = str(blocks[before])
        found = _CLOSING_TAG.fullmatch(html)
        if found is not None and found.group(1).lower() == name:
            depth += 1
        elif re.match(rf"<{name}\b", html, re.IGNORECASE):
            if not depth:
                return before
            depth -= 1
    return None


class KramdownAttrLists(AttrListTreeprocessor):
    """Python-Markdown's attribute lists, read only where kramdown reads them.

    Python-Markdown takes ``{...}`` with or without the colon, and at the
    end of any heading; kramdown takes ``{: ...}`` after a span or a block,
    and only ``{#id}`` at a heading's end (``getset(key) {block}`` is a
    heading's text).
    """

    HEADER_RE = re.compile(_HEADING_ID)
    BLOCK_RE = re.compile(r"\n[ \t]*" + _SPAN_IAL + r"[ \t]*$")
    INLINE_RE = re.compile("^" + _SPAN_IAL)

    def run(self, doc: etree.Element) -> None:
        """Give IALs after inline HTML to its element; then the others."""
        for element in doc.iter():
            for name in ("text", "tail"):
                value = getattr(element, name)
                if value and "\x03{:" in value:
                    setattr(element, name, _AFTER_HTML.sub(self._onto_html, value))
        super().run(doc)

    def _onto_html(self, found: re.Match[str]) -> str:
        blocks = self.md.htmlStash.rawHtmlBlocks
        opening = _opening_tag(blocks, int(found.group(2)))
        if opening is None:
            return found.group(0)
        onto_stashed(self.md, opening, found.group(3), self.assign_attrs)
        return found.group(1)


def register_ial(md: Markdown) -> None:
    """Register kramdown's block IALs, ALDs and table of contents on ``md``."""
    # After fenced code is set aside (25): its lines are not read for IALs.
    md.preprocessors.register(IalLines(md), "kd_ial_lines", 24)
    md.parser.blockprocessors.register(IalBlock(md.parser), "kd_ial", 100)
    # Before attr_list (8) and the heading ids (5): an IAL's id wins.
    md.treeprocessors.register(IalAttributes(md), "kd_ial_attributes", 9)
    if "attr_list" in md.treeprocessors:
        md.treeprocessors.register(KramdownAttrLists(md), "attr_list", 8)

"""kramdown's block attribute lists (IALs and ALDs), and its ``{:toc}``.

Mirrors kramdown's parser: a line ``{: .cls #id key="v"}`` standing before
a block (directly, or alone between blank lines) or directly after one
gives that block its attributes; ``{:name: ...}`` defines attributes an IAL
may name (an ALD). Span IALs after an element (``*em*{: .x}``, an image's
``{: style="..."}``) are Python-Markdown's ``attr_list``. A list whose IAL
holds ``toc`` becomes kramdown's table of contents: ``<ul id="markdown-toc">``
of every heading but those of class ``no_toc``, nested by level, each entry
a link whose id is ``markdown-toc-`` and the heading's.
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

# An IAL line; "{::" starts an extension, "{:name:" an ALD.
IAL_LINE = re.compile(r"^ {0,3}\{:(?!:)(?![\w-]+:)[ \t]*([^}\n]*)\}[ \t]*$")
_ALD_LINE = re.compile(r"^ {0,3}\{:([\w-]+):[ \t]*([^}\n]*)\}[ \t]*$")
_WORD = re.compile(r"(?<![\w.#=\"'-])([A-Za-z][\w-]*)(?![\w=-])")
_LIST_LINE = re.compile(r"^(?:[ \t]+\S|[*+-][ \t]|\d+[.)][ \t])")
_HEADING_LINE = re.compile(r"^#{1,6}(?:[ \t]|$)")
_MARKER = "kramdown-ial"
_STASHED = re.compile("^\x02wzxhzdk:(\\d+)\x03$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


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
            if _after_code_block(kept):
                kept.insert(len(kept) - 2, written)  # directly after a fenced block
            elif kept and kept[-1].strip():
                kept.insert(_block_start(kept), written)  # directly after a block
            else:
                kept.append(written)
        return kept


def _after_code_block(lines: list[str]) -> bool:
    """Return whether the lines end with a fenced block, set aside as one line."""
    return len(lines) >= 2 and not lines[-1] and _STASHED.match(lines[-2]) is not None


def _expand(attributes: str, definitions: dict[str, str]) -> str:
    return _WORD.sub(lambda m: definitions.get(m.group(1), m.group(1)), attributes)


def _block_start(lines: list[str]) -> int:
    """Return where the block ending with the last of ``lines`` starts."""
    if _HEADING_LINE.match(lines[-1]):
        return len(lines) - 1  # a heading is a block of one line
    start = len(lines)
    while start > 0 and lines[start - 1].strip():
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
            for index, child in enumerate(children):
                if child.tag != _MARKER:
                    continue
                attributes = child.get("attributes") or ""
                parent.remove(child)
                target = children[index + 1] if index + 1 < len(children) else None
                if target is None or target.tag == _MARKER:
                    continue
                stashed = _STASHED.match((target.text or "").strip())
                if target.tag == "p" and len(target) == 0 and stashed is not None:
                    self._onto_stashed(int(stashed.group(1)), attributes, assign)
                else:
                    assign(target, attributes)

    def _onto_stashed(
        self, index: int, attributes: str, assign: Callable[..., object]
    ) -> None:
        """Give attributes to the first tag of a stashed block (a code block)."""
        blocks = self.md.htmlStash.rawHtmlBlocks
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


class TableOfContents(Treeprocessor):
    """kramdown's ``{:toc}``: the list it marks becomes the table of contents."""

    def run(self, root: etree.Element) -> None:
        """Replace each list marked ``toc`` with the table of contents."""
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag in ("ul", "ol") and "toc" in child.attrib:
                    parent[index] = self._contents(root, child)

    def _contents(self, root: etree.Element, marked: etree.Element) -> etree.Element:
        toc = etree.Element(marked.tag, dict(marked.attrib))
        del toc.attrib["toc"]
        toc.set("id", marked.get("id") or "markdown-toc")
        toc.tail = marked.tail
        stack: list[tuple[int, etree.Element]] = [(0, toc)]
        for heading in root.iter():
            if (
                heading.tag not in _HEADINGS
                or "no_toc" in (heading.get("class") or "").split()
            ):
                continue
            level = int(heading.tag[1])
            while len(stack) > 1 and stack[-1][0] >= level:
                stack.pop()
            holder = stack[-1][1]
            if holder.tag == "li":
                sub = holder.find(marked.tag)
                if sub is None:
                    sub = etree.SubElement(holder, marked.tag)
                holder = sub
            item = etree.SubElement(holder, "li")
            link = etree.SubElement(item, "a")
            ident = heading.get("id") or ""
            link.set("href", f"#{ident}")
            link.set("id", f"markdown-toc-{ident}")
            link.text = heading.text
            for part in heading:
                link.append(_copy(part))
            stack.append((level, item))
        return toc


def _copy(element: etree.Element) -> etree.Element:
    copy = etree.Element(element.tag, dict(element.attrib))
    copy.text, copy.tail = element.text, element.tail
    for child in element:
        copy.append(_copy(child))
    return copy


def register_ial(md: Markdown) -> None:
    """Register kramdown's block IALs, ALDs and table of contents on ``md``."""
    # After fenced code is set aside (25): its lines are not read for IALs.
    md.preprocessors.register(IalLines(md), "kd_ial_lines", 24)
    md.parser.blockprocessors.register(IalBlock(md.parser), "kd_ial", 100)
    # Before attr_list (8) and the heading ids (5): an IAL's id wins.
    md.treeprocessors.register(IalAttributes(md), "kd_ial_attributes", 9)
    # After the heading ids: the table of contents links to them.
    md.treeprocessors.register(TableOfContents(md), "kd_toc", 4)

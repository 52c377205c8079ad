"""Heading ids as kramdown's GFM parser makes them, so old ``#anchors`` work.

kramdown (GFM input, Jekyll's default) gives an id to each heading written
in Markdown (``#`` or underlined; a ``<h2>`` written in HTML gets none) that
has no ``{#id}`` of its own. The id comes from the heading's raw text: its
words, the text of its code spans and the TeX of its math as written,
entities as their characters, its inline HTML and footnote marks left out (a
space next to it stays), and kramdown's typographic symbols (``---``,
``--``, ``...``) as the characters they become. That text is lower-cased;
every character that is not a letter, mark, digit, connector, hyphen, space
or tab is dropped; spaces and tabs become hyphens; repeats are numbered
``-1``, ``-2``... in document order (``{::options auto_ids="false" /}``
turns ids off, ``auto_id_prefix`` starts each). Only ``{#id}`` ends a
heading as its id: any other braces are text, as in kramdown.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections import Counter

import regex
from markdown import Markdown
from markdown.blockprocessors import HashHeaderProcessor, SetextHeaderProcessor
from markdown.treeprocessors import Treeprocessor

from jekyll_markdown.html_blocks import options_of

_NON_WORD = regex.compile(r"[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]")
# What kramdown turns into a typographic symbol (itself dropped from an id).
_SYMBOLS = regex.compile(r"---|--|\.\.\.|<<|>>")
# Python-Markdown's pattern, with GFM's space (or tab) after the hashes.
_GFM_HASH_HEADER = re.compile(
    r"(?:^|\n)(?P<level>#{1,6})(?=[ \t])"
    r"(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
)
# Python-Markdown's placeholders: stashed HTML (raw tags, entities, inline
# math) and backslash-escaped characters.
STASHED = re.compile("\x02wzxhzdk:(\\d+)\x03")
_ESCAPED = re.compile("\x02(\\d+)\x03")
_OTHER_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);")
_INLINE_MATH = re.compile(r"\\\((.*)\\\)", re.DOTALL)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Set on a heading made from Markdown while the document is read.
MARK = "data-kramdown-heading"


class HeaderIds:
    """Hands out kramdown GFM ids for one document."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def make(self, text: str) -> str:
        """Return the id for a heading whose raw text is ``text``."""
        base = _NON_WORD.sub("", text.lower())
        base = base.replace(" ", "-").replace("\t", "-")
        count = self._seen[base]
        self._seen[base] += 1
        return f"{base}-{count}" if count else base


class GfmHashHeader(HashHeaderProcessor):
    """A ``#`` heading only with a space or tab after the hashes (GFM)."""

    RE = _GFM_HASH_HEADER

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the heading and mark it as one written in Markdown."""
        super().run(parent, blocks)
        _mark_last_heading(parent)


class MarkedSetextHeader(SetextHeaderProcessor):
    """An underlined heading, marked as one written in Markdown."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the heading and mark it."""
        super().run(parent, blocks)
        _mark_last_heading(parent)


def _mark_last_heading(parent: etree.Element) -> None:
    if len(parent) and parent[-1].tag in _HEADINGS:
        parent[-1].set(MARK, "")


class HeadingIds(Treeprocessor):
    """Give every Markdown heading without an id kramdown's id for it."""

    def run(self, root: etree.Element) -> None:
        """Set the ids, in document order."""
        options = options_of(self.md)
        if options.get("auto_ids") == "false":
            return
        prefix = options.get("auto_id_prefix", "")
        ids = HeaderIds()
        for element in root.iter():
            if MARK in element.attrib and "id" not in element.attrib:
                element.set("id", prefix + ids.make(self._raw_text(element)))

    def _raw_text(self, element: etree.Element) -> str:
        parts = [self._text(element.text)]
        for child in element:
            if child.tag == "code":  # a code span's text, as Python-Markdown escaped it
                parts.append(html.unescape(child.text or ""))
            elif not is_footnote_mark(child):
                parts.append(self._raw_text(child))
            parts.append(self._text(child.tail))
        return "".join(parts)

    def _text(self, text: str | None) -> str:
        if not text:
            return ""
        text = STASHED.sub(self._stashed, _SYMBOLS.sub("", text))
        text = _ESCAPED.sub(lambda m: chr(int(m.group(1))), text)
        return _OTHER_PLACEHOLDER.sub("", text)

    def _stashed(self, found: re.Match[str]) -> str:
        """Return what a stashed piece adds: an entity's character, math's TeX."""
        stashed = str(self.md.htmlStash.rawHtmlBlocks[int(found.group(1))])
        if _ENTITY.fullmatch(stashed):
            return html.unescape(stashed)
        math = _INLINE_MATH.fullmatch(stashed)
        return html.unescape(math.group(1)) if math else ""


def is_footnote_mark(element: etree.Element) -> bool:
    """Return whether ``element`` is a footnote's mark (not part of a title)."""
    return element.tag == "sup" and any(
        a.get("class") == "footnote-ref" for a in element
    )


class HeadingMarks(Treeprocessor):
    """Remove the marks once ids and the table of contents are made.

    ``{::options header_offset="1" /}`` moves each Markdown heading that
    many levels down (at most to ``h6``), as kramdown writes it.
    """

    def run(self, root: etree.Element) -> None:
        """Drop the mark from every heading; apply the header offset."""
        offset = options_of(self.md).get("header_offset", "0")
        shift = int(offset) if offset.lstrip("-").isdigit() else 0
        for element in root.iter():
            if element.attrib.pop(MARK, None) is not None and shift:
                level = min(max(int(element.tag[1]) + shift, 1), 6)
                element.tag = f"h{level}"


def register_headings(md: Markdown) -> None:
    """Register GFM's headings and kramdown's ids on ``md``."""
    md.parser.blockprocessors.register(GfmHashHeader(md.parser), "hashheader", 70)
    setext = MarkedSetextHeader(md.parser)
    md.parser.blockprocessors.register(setext, "setextheader", 60)
    # After inline processing (20), so the text of links and emphasis counts.
    md.treeprocessors.register(HeadingIds(md), "kramdown_ids", 5)
    # After the table of contents (4), which lists the marked headings.
    md.treeprocessors.register(HeadingMarks(md), "kramdown_heading_marks", 3.5)

"""GFM's rules where Python-Markdown's differ: quotes, strikethrough, lists...

kramdown-parser-gfm (Jekyll's Markdown input; its headings are ``headings``)
ends a blockquote at a blank line; reads kramdown's end-of-block marker (a
line of ``^``); writes ``~~text~~`` as ``<del>`` and ``- [ ]``/``- [x]``
items as task-list items; and lets fenced code stand wherever a block may
(in list items and quotes); a backslash ending a line is a line break; a
bullet list and an ordered list never merge. Strikethrough, task lists and
fences come from pymdown-extensions' ``tilde`` (subscripts off),
``tasklist`` and ``superfences``; their checkboxes get kramdown's markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.blockprocessors import (
    BlockQuoteProcessor,
    OListProcessor,
    UListProcessor,
)
from markdown.inlinepatterns import InlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from jekyll_markdown.blocks import normalise_lists

# Extensions GFM needs, with the options that give kramdown-parser-gfm's output.
EXTENSIONS = {
    "pymdownx.tilde": {"subscript": False},
    "pymdownx.tasklist": {"custom_checkbox": False},
    "pymdownx.superfences": {},
}


class GfmBlockQuote(BlockQuoteProcessor):
    """A blank line ends a blockquote: the next ``>`` starts another, as in GFM.

    A quote's lists follow kramdown's rules too: its text is read after
    ``normalise_lists``, as the page's own text is.
    """

    def lastChild(self, parent: object) -> None:
        """Never continue the quote before (Python-Markdown would, across blanks)."""
        del parent

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the quote, its lists as kramdown reads them."""
        found = self.RE.search(blocks[0])
        if found is not None:
            start = found.start() + len(found.group(1))
            quoted = blocks[0][start:].split("\n")
            text = "\n".join(self.clean(line) for line in quoted)
            normal = normalise_lists(text)
            if normal != text:
                lines = (f"> {line}" if line else ">" for line in normal.split("\n"))
                blocks[0] = blocks[0][:start] + "\n".join(lines)
        super().run(parent, blocks)


class _ItemsInOnePass(OListProcessor):
    """Python-Markdown's ``get_items``, each item's lines joined once at its end.

    Python-Markdown appends each line to its item's text as it reads it,
    copying the text every time: an item holding a long nested list took
    time growing with the square of its lines. Same items, same order.
    """

    def get_items(self, block: str) -> list[str]:
        """Break a block into list items, as Python-Markdown does."""
        items: list[list[str]] = []
        for line in block.split("\n"):
            found = self.CHILD_RE.match(line)
            if found:
                if not items and self.TAG == "ol":
                    self.STARTSWITH = _INTEGER.match(found.group(1)).group()  # type: ignore[union-attr]
                items.append([found.group(3)])
            elif self.INDENT_RE.match(line) and not items[-1][0].startswith(
                " " * self.tab_length
            ):
                items.append([line])  # an indented (nested) item
            else:
                items[-1].append(line)
        return ["\n".join(lines) for lines in items]


_INTEGER = re.compile(r"(\d+)")


class GfmOrderedList(_ItemsInOnePass):
    """An ordered list does not go on as a bullet list (nor the other way)."""

    SIBLING_TAGS = ["ol"]  # noqa: RUF012 (Python-Markdown's class attribute)


class GfmBulletList(_ItemsInOnePass, UListProcessor):
    """A bullet list does not go on as an ordered list."""

    SIBLING_TAGS = ["ul"]  # noqa: RUF012 (Python-Markdown's class attribute)


class BackslashBreak(InlineProcessor):
    """A hard line break: one backslash (GFM) or two (kramdown) at a line's end."""

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        """Return a line break in place of the backslash and newline."""
        del data
        return etree.Element("br"), m.start(0), m.end(0)


class EndOfBlock(Preprocessor):
    """kramdown's end-of-block marker: a line holding only ``^`` ends a block."""

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines with each marker line made a block's end."""
        if not any(line.rstrip() == "^" for line in lines):
            return lines
        kept: list[str] = []
        for line in lines:
            kept += block_end(self.md) if line.rstrip() == "^" else [line]
        return kept


# A block of its own that writes nothing: it ends the block before it where
# a blank line would not (indented code, a list).
_BLOCK_END = "<!--kramdown-block-end-->"


def block_end(md: Markdown, html: str = "") -> list[str]:
    """Return lines that end the block before them and write ``html`` as it is.

    The mark makes Python-Markdown take any ``html`` as a block of its own
    (never wrapped in a paragraph); it is removed from the page.
    """
    return ["", md.htmlStash.store(_BLOCK_END + html), ""]


class BlockEnds(Postprocessor):
    """Remove what ``block_end`` left in the HTML."""

    def run(self, text: str) -> str:
        """Return ``text`` without block ends."""
        if _BLOCK_END not in text:
            return text
        return text.replace(_BLOCK_END + "\n", "").replace(_BLOCK_END, "")


# kramdown's escapable characters beyond Python-Markdown's own.
_KRAMDOWN_ESCAPES = (":", '"', "'", "=", "<", "|")


def register_gfm(md: Markdown) -> None:
    """Register GFM's heading rule on ``md`` (the extensions come by name)."""
    md.ESCAPED_CHARS.extend(c for c in _KRAMDOWN_ESCAPES if c not in md.ESCAPED_CHARS)
    md.parser.blockprocessors.register(GfmBlockQuote(md.parser), "quote", 20)
    md.parser.blockprocessors.register(GfmOrderedList(md.parser), "olist", 40)
    md.parser.blockprocessors.register(GfmBulletList(md.parser), "ulist", 30)
    # Before escapes (180): a backslash before a newline is no escape.
    md.postprocessors.register(KramdownTaskBoxes(md), "kd_task_boxes", 5)
    md.postprocessors.register(MarkdownAttribute(md), "kd_markdown_attribute", 4)
    # After raw HTML is put back (30).
    md.postprocessors.register(BlockEnds(md), "kd_block_ends", 3)
    backslash_break = BackslashBreak(r"\\\\?\n", md)
    md.inlinePatterns.register(backslash_break, "gfm_backslash_break", 181)
    md.preprocessors.register(EndOfBlock(md), "kd_end_of_block", 28)


_TASK_BOX = re.compile(r'<input type="checkbox" disabled( checked)?/>')


class KramdownTaskBoxes(Postprocessor):
    """Task-list checkboxes as kramdown-parser-gfm writes them."""

    def run(self, text: str) -> str:
        """Return ``text`` with each checkbox in kramdown's form."""
        if "task-list-item" not in text:
            return text
        return _TASK_BOX.sub(
            lambda m: (
                '<input type="checkbox" class="task-list-item-checkbox" '
                'disabled="disabled"'
                + (' checked="checked"' if m.group(1) else "")
                + " />"
            ),
            text,
        )


_MARKDOWN_ATTRIBUTE = re.compile(r'(<[a-zA-Z][^<>]*?) markdown="(?:1|0|block|span)"')


class MarkdownAttribute(Postprocessor):
    """Drop the ``markdown`` attribute from HTML tags, as kramdown does.

    Python-Markdown's ``md_in_html`` drops it from the blocks it reads; an
    inline element (``<span markdown="1">``) would keep it.
    """

    def run(self, text: str) -> str:
        """Return ``text`` without ``markdown="..."`` attributes."""
        if ' markdown="' not in text:
            return text
        return _MARKDOWN_ATTRIBUTE.sub(r"\1", text)

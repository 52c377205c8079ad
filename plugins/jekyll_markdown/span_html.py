"""Block-level HTML tags inside a line of text, shown as text as kramdown shows them.

kramdown reads HTML in a paragraph, a heading or a table cell as span-level
HTML, where a block element's tag (``<ul>``, ``<div>``, ``<p>``, ``<table>``,
``<iframe>``...: its ``HTML_BLOCK_ELEMENTS``) has no place: the tag is
text, escaped (``parser/kramdown/html.rb``). A table cell holding
``<ul><li>...</li></ul>`` shows those tags on a Jekyll site, where
Python-Markdown would pass a list through. A tag that starts a line of a
paragraph or an item is another matter: there kramdown ends the paragraph
and reads an HTML block, as Python-Markdown keeps it; only a heading's and
a cell's text is span-level from its start.
"""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor

from jekyll_markdown.raw_blocks import RAW_END, RAW_START

# kramdown's HTML_BLOCK_ELEMENTS (``parser/html.rb``).
BLOCK_ELEMENTS = frozenset({
    "address", "article", "aside", "applet", "body", "blockquote", "caption",
    "col", "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "html", "head", "iframe", "legend", "menu", "li", "main", "map",
    "nav", "ol", "optgroup", "p", "pre", "section", "summary", "table",
    "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
})  # fmt: skip
# Elements whose whole text kramdown reads as span-level.
_SPAN_ONLY = frozenset({"td", "th", "h1", "h2", "h3", "h4", "h5", "h6"})
_TAG_NAME = re.compile(r"</?([A-Za-z][\w-]*)")
_NOT_SPACE = re.compile(r"\S")


def is_span_level(ancestors: list[str], data: str, start: int) -> bool:
    """Return whether a tag at ``start`` of ``data``, in ``ancestors``, is text.

    In a heading's or a cell's text always; elsewhere unless it starts its
    line (a bounded look: the first character of the line that is not a
    space).
    """
    if ancestors and ancestors[-1] in _SPAN_ONLY:
        return True
    return _NOT_SPACE.search(data, data.rfind("\n", 0, start) + 1, start) is not None


class SpanHtml(HtmlInlineProcessor):
    """Python-Markdown's raw inline HTML, but a block tag in text is text."""

    def __init__(self, pattern: str, md: Markdown) -> None:
        super().__init__(pattern, md)
        # The element whose text is read, and the block tags it does not
        # close after the last one looked at (none after any later one
        # either: each end tag is looked for once, the reading linear).
        self._unclosed: tuple[list[str], set[str]] = ([], set())

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[str | etree.Element, int, int]:
        """Return the tag as text where kramdown shows it so, else stash it."""
        name = _TAG_NAME.match(m.group(1))
        if not name or name[1].lower() not in BLOCK_ELEMENTS:
            return super().handleMatch(m, data)
        ancestors = self.md.treeprocessors["inline"].ancestors
        if is_span_level(ancestors, data, m.start(0)):
            # Text as kramdown adds it: escaped, and no typography (its
            # quotes stay straight), so marked as a raw block's text is.
            tag = self.backslash_unescape(self.unescape(m.group(1)))
            shown = RAW_START + html.escape(tag, quote=False) + RAW_END
            return self.md.htmlStash.store(shown), m.start(0), m.end(0)
        # At a line's start: an HTML block to kramdown, raw up to its end tag.
        if self._unclosed[0] is not ancestors:
            self._unclosed = (ancestors, set())
        tag, unclosed = name[1].lower(), self._unclosed[1]
        end = re.compile(rf"</{re.escape(tag)}\s*>", re.IGNORECASE)
        closed = None
        if m.group(1)[1] != "/" and tag not in unclosed:
            closed = end.search(data, m.end(0))
            if closed is None:
                unclosed.add(tag)
        if closed is None:
            return super().handleMatch(m, data)
        raw = self.backslash_unescape(self.unescape(data[m.start(0) : closed.end()]))
        return self.md.htmlStash.store(raw), m.start(0), closed.end()


def register_span_html(md: Markdown) -> None:
    """Register in place of Python-Markdown's raw inline HTML (``html``, 90)."""
    md.inlinePatterns.register(SpanHtml(HTML_RE, md), "html", 90)

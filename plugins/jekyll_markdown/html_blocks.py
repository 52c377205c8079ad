r"""kramdown's HTML blocks: ``markdown="1"`` at any depth, and ``{::options}``.

kramdown reads an HTML block's content as Markdown where the element says
``markdown="1"`` (``"block"``, ``"span"``), whatever encloses it: a
``<p markdown="1">`` inside a plain ``<div>`` is Markdown. Python-Markdown's
``md_in_html`` reads a nested mark only inside an element that is marked
too; so each block element enclosing a marked one is marked here, before
``md_in_html`` reads the blocks. ``{::options key="value" /}`` lines set
kramdown's options from there on: ``parse_block_html="true"`` reads every
HTML block after it as Markdown (kramdown's content model: not ``pre``,
``script``, ``style``...), and the options other parts honour
(``toc_levels``, ``auto_ids``, ``auto_id_prefix``, ``footnote_nr``,
``footnote_prefix``, ``footnote_backlink``, ``header_offset``,
``smart_quotes``, ``typographic_symbols``) are
kept in ``options_of(md)`` for the document. Any other option changes
nothing here; ``unhonoured_options`` names it, for the reader to warn.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from jekyll_markdown.gfm import block_end
from jekyll_markdown.html_marks import (
    LINE_START_TAG,
    MARKDOWN_ATTRIBUTE,
    TAG,
    broken,
    enclosing_marked,
)

_OPTIONS_LINE = re.compile(r"^ {0,3}\{::options\b(.*?)/\}[ \t]*$")
_OPTION = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
_QUOTE = re.compile(r"^ {0,3}> ?")
_QUOTED_HTML = re.compile(r"^ {0,3}> ?\s{0,3}<[A-Za-z]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# kramdown's content models (parser/html.rb): what a mark or the
# parse_block_html option may make Markdown; everything else stays raw.
_BLOCK_MODEL = frozenset({
    "address", "applet", "article", "aside", "blockquote", "body", "dd",
    "details", "div", "dl", "fieldset", "figure", "figcaption", "footer",
    "form", "header", "hgroup", "iframe", "li", "main", "map", "menu", "nav",
    "noscript", "object", "section", "summary", "td",
})  # fmt: skip
_SPAN_MODEL = frozenset({
    "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption",
    "del", "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins",
    "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc",
    "ruby", "select", "small", "span", "strong", "sub", "sup", "th", "tt",
})  # fmt: skip
HONOURED = frozenset(
    {
        "parse_block_html", "toc_levels", "auto_ids", "auto_id_prefix", "footnote_nr",
        "header_offset", "footnote_backlink", "smart_quotes", "typographic_symbols",
        "footnote_prefix",
        # No effect on kramdown's GFM input or on the page, as in Jekyll.
        "transliterated_header_ids", "auto_id_stripping", "hard_wrap",
        "entity_output", "remove_block_html_tags", "remove_span_html_tags",
    }
)  # fmt: skip


def options_of(md: Markdown) -> dict[str, str]:
    """Return the kramdown options the document being converted has set."""
    options = getattr(md, "kramdown_options", None)
    if options is None:
        options = md.kramdown_options = {}  # type: ignore[attr-defined]
    return options


# What typography writes for each of kramdown's quote and symbol names.
_MADE = {
    "lsquo": "&#8216;", "rsquo": "&#8217;", "ldquo": "&#8220;", "rdquo": "&#8221;",
    "hellip": "&#8230;", "mdash": "&#8212;", "ndash": "&#8211;",
    "laquo": "&#171;", "raquo": "&#187;",
}  # fmt: skip
_QUOTE_NAMES = ("lsquo", "rsquo", "ldquo", "rdquo")
_ENTITY_NAME = re.compile(
    r"^(?:[A-Za-z][A-Za-z0-9]{1,30}|#\d{1,7}|#x[0-9A-Fa-f]{1,6})$"
)


def typography_symbols(options: dict[str, str]) -> dict[str, str]:
    """Return the document's own quotes and symbols: made -> written.

    ``smart_quotes="apos,apos,quot,quot"`` names four entities (kramdown's
    order: left and right single, left and right double);
    ``typographic_symbols="{hellip: ..., mdash: ---}"`` gives text for a
    symbol. Anything else in them is left as it was.
    """
    found: dict[str, str] = {}
    quotes = [q.strip() for q in options.get("smart_quotes", "").split(",")]
    if len(quotes) == 4 and all(_ENTITY_NAME.match(q) for q in quotes):
        found.update(
            {_MADE[n]: f"&{q};" for n, q in zip(_QUOTE_NAMES, quotes, strict=True)}
        )
    symbols = options.get("typographic_symbols", "")
    for name, text in re.findall(r"(\w+)\s*:\s*([^,}]*)", symbols):
        if name in _MADE and name not in _QUOTE_NAMES:
            found[_MADE[name]] = html.escape(text.strip().strip("'\""), quote=False)
    return found


def read_options(text: str) -> dict[str, str]:
    """Return the ``key="value"`` pairs of an options line's body."""
    return {
        m.group(1): re.sub(
            r"\\(.)", r"\1", next(v for v in m.group(2, 3, 4) if v is not None)
        )
        for m in _OPTION.finditer(text)
    }


def unhonoured_options(body: str) -> Iterator[tuple[int, str]]:
    """Yield (line in ``body``, key) for each ``{::options}`` key this build ignores."""
    if "{::options" not in body:
        return
    for number, line in enumerate(body.splitlines(), start=1):
        found = _OPTIONS_LINE.match(line)
        if found is not None:
            for key in read_options(found.group(1)):
                if key not in HONOURED:
                    yield number, key


class HtmlBlockMarks(Preprocessor):
    """Read ``{::options}`` lines; mark the HTML blocks kramdown reads as Markdown."""

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines without option lines, with the blocks marked."""
        options = options_of(self.md)
        options.clear()
        text = "\n".join(lines)
        if "{::options" not in text and not MARKDOWN_ATTRIBUTE.search(text):
            return lines
        blocks = self.md.block_level_elements
        marked, unclosed, breaks = enclosing_marked(lines, blocks)
        kept = []
        for index, written in enumerate(lines):
            found = _OPTIONS_LINE.match(written)
            if found is not None:
                options.update(read_options(found.group(1)))
                kept += block_end(self.md)
                continue
            start = LINE_START_TAG.match(written)
            if start is not None and (
                index in marked
                or (
                    options.get("parse_block_html") == "true"
                    and start.group(1).lower() in blocks
                    and start.group(1).lower() in _BLOCK_MODEL | _SPAN_MODEL
                )
            ):
                line = _marked(written)
            else:
                line = written
            if index in breaks:  # what follows a closing tag, on a line of its own
                kept += broken(
                    line, [at + len(line) - len(written) for at in breaks[index]]
                )
            else:
                kept.append(line)
        # kramdown closes at the document's end what holds Markdown there.
        return kept + [f"</{name}>" for name in unclosed]


def _marked(line: str) -> str:
    """Return a line whose first tag is marked ``markdown="1"`` (if not yet)."""
    end = TAG.search(line).end() - 1  # type: ignore[union-attr]
    if MARKDOWN_ATTRIBUTE.search(line[:end]):
        return line
    return line[:end].rstrip("/") + ' markdown="1"' + line[end:]


class QuotedHtml(Preprocessor):
    """A blockquote holding an HTML block, made one ``md_in_html`` reads.

    kramdown reads the blocks of a quote as those of a document, HTML ones
    too; Python-Markdown finds HTML blocks only at the document's top. A
    quote (``>`` lines, then a blank line or the end) with an HTML block
    line outside fenced code becomes ``<blockquote markdown="1">`` around its
    lines without their ``>``.
    """

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines with each such quote rewritten."""
        if not any(_QUOTED_HTML.match(line) for line in lines):
            return lines
        kept: list[str] = []
        index = 0
        while index < len(lines):
            end = index
            while end < len(lines) and _QUOTE.match(lines[end]):
                end += 1
            if end == index:
                kept.append(lines[index])
                index += 1
                continue
            inner = [_QUOTE.sub("", line, count=1) for line in lines[index:end]]
            ends_block = end == len(lines) or not lines[end].strip()
            if ends_block and _holds_html_block(inner, self.md.block_level_elements):
                kept += ["", '<blockquote markdown="1">', *inner, "</blockquote>", ""]
            else:
                kept += lines[index:end]
            index = end
        return kept


def _holds_html_block(lines: list[str], blocks: list[str]) -> bool:
    fence = ""
    for line in lines:
        opening = _FENCE.match(line)
        if opening is not None and (not fence or opening.group(1).startswith(fence)):
            fence = "" if fence else opening.group(1)
            continue
        start = LINE_START_TAG.match(line)
        if not fence and start is not None and start.group(1).lower() in blocks:
            return True
    return False


def register_html_blocks(md: Markdown) -> None:
    """Register kramdown's HTML-block rules on ``md``."""
    # Before fenced code (25) and IALs (24) are read: the quote's lines are
    # the document's then.
    md.preprocessors.register(QuotedHtml(md), "kd_quoted_html", 26)
    # After fenced code (25) and IALs (24) are set aside; before md_in_html
    # reads the HTML blocks (20).
    md.preprocessors.register(HtmlBlockMarks(md), "kd_html_blocks", 21)

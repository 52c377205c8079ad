"""Markdown to HTML, done once per document, and what is read from the HTML."""

from __future__ import annotations

import html
import re
import weakref
from collections.abc import Iterator, Mapping
from functools import partial
from html.parser import HTMLParser
from typing import Any

from markdown import Markdown
from markdown.extensions.codehilite import CodeHilite
from pygments.formatters.html import HtmlFormatter

from jekyll_markdown.raw_blocks import unmarked

_CODEHILITE = ("markdown.extensions.codehilite", "codehilite")
_SUPERFENCES = "pymdownx.superfences"
# Where the processors of Python-Markdown and the extensions whose effect on
# a document's first paragraph is known come from (``excerpts.excerpt_in_body``
# rules out what reaches it from elsewhere).
_KNOWN_MODULES = frozenset(
    {f"markdown.{name}" for name in (
        "preprocessors", "blockprocessors", "treeprocessors", "inlinepatterns",
        "postprocessors")}
    | {f"markdown.extensions.{name}" for name in (
        "abbr", "attr_list", "def_list", "fenced_code", "footnotes", "md_in_html",
        "tables", "codehilite")}
    | {f"jekyll_markdown.{name}" for name in (
        "extension", "math", "ial", "gfm", "tables", "headings", "toc",
        "footnotes", "html_blocks", "extensions", "list_items", "inline_code",
        "inline_triggers", "nesting", "link_text", "raw_blocks", "quoted_fences",
        "span_html")}
    | {f"pymdownx.{name}" for name in (
        "delimiterprocessor", "superfences", "tasklist")}
)  # fmt: skip
_FIRST_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_MEDIA_SOURCE = re.compile(
    r"<(img|source|video|audio|track|embed|iframe)\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)


def make_markdown(config: Mapping[str, Any]) -> Markdown:
    """Return a Markdown converter from Pelican's ``MARKDOWN`` setting."""
    options = dict(config)
    configs = dict(options.pop("extension_configs", {}) or {})
    extensions = list(options.pop("extensions", []) or [])
    extensions += [name for name in configs if name not in extensions]
    options.pop("output_format", None)
    highlight: dict[str, Any] = {}
    for name in _CODEHILITE:
        if name in configs:
            configs[name] = {
                "pygments_formatter": shared_html_formatter,
                **configs[name],
            }
            highlight = configs[name]
    fences = configs.get(_SUPERFENCES)
    if fences is not None and highlight and "custom_fences" not in fences:
        # Every fence, nested or not, highlighted as codehilite highlights a
        # top-level one, with the shared formatter (superfences would make
        # a formatter, and its style sheet, for every block).
        every = {"name": "*", "class": "highlight"}
        every["format"] = partial(_codehilite_fence, highlight)
        configs[_SUPERFENCES] = {**fences, "custom_fences": [every]}
    return Markdown(
        extensions=extensions,
        extension_configs=configs,
        output_format="html",
        **options,
    )


def _codehilite_fence(
    config: Mapping[str, Any],
    source: str,
    language: str,
    class_name: str,
    options: Any,
    md: Markdown,
    **kwargs: Any,
) -> str:
    """Highlight a fenced block as codehilite does (superfences' format hook)."""
    del class_name, options, md, kwargs
    settings = {k: v for k, v in config.items() if k not in ("linenums",)}
    return CodeHilite(source, lang=language or None, **settings).hilite()


def only_known_extensions(markdown: Markdown) -> bool:
    """Return whether every processor of ``markdown`` is one this project knows.

    An extension acts through the processors it registers, so any other
    extension shows there.
    """
    known = _KNOWN.get(markdown)
    if known is None:
        registries = (
            markdown.preprocessors,
            markdown.parser.blockprocessors,
            markdown.treeprocessors,
            markdown.inlinePatterns,
            markdown.postprocessors,
        )
        known = _KNOWN[markdown] = all(
            type(item).__module__ in _KNOWN_MODULES
            for registry in registries
            for item in registry
        )
    return known


_KNOWN: weakref.WeakKeyDictionary[Markdown, bool] = weakref.WeakKeyDictionary()


def render_markdown(markdown: Markdown, text: str, *, marked: bool = False) -> str:
    """Return ``text`` rendered to HTML by ``markdown`` (reset before use).

    ``marked``: with its raw HTML blocks marked for typography to pass over
    (``raw_blocks``).
    """
    markdown.reset()
    html = markdown.convert(text)
    return html if marked else unmarked(html)


def shared_html_formatter(lang_str: str = "", **options: Any) -> HtmlFormatter:
    """Return Pygments' HTML formatter for ``options``, made once per set of them.

    Codehilite makes a formatter for every code block, and making one builds
    its whole style sheet, which takes about as long as formatting a short
    block. A formatter keeps nothing between blocks (only a memo of each
    token type's tag), so one serves every block with the same options.
    ``lang_str``, codehilite's extra option, means nothing to Pygments' own
    HTML formatter.
    """
    del lang_str
    key = repr(sorted(options.items()))
    formatter = _FORMATTERS.get(key)
    if formatter is None:
        formatter = _FORMATTERS[key] = HtmlFormatter(**options)
    return formatter


_FORMATTERS: dict[str, HtmlFormatter] = {}


def plain_text(fragment: str) -> str:
    """Return the text of an HTML fragment: tags dropped, entities decoded."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def first_heading(fragment: str) -> str | None:
    """Return the plain text of the heading an HTML fragment starts with.

    Only a heading that leads (after nothing but opening boxes: ``<div>``,
    ``<section>``) names its page: a heading inside a list of posts, after
    a link or a paragraph, is another document's.
    """
    lead = _LEADING.match(fragment)
    match = _FIRST_HEADING.match(fragment, lead.end() if lead else 0)
    return plain_text(match.group(2)) or None if match else None


# What may come before a page's own heading: spaces, comments, opening boxes.
_LEADING = re.compile(
    r"(?:\s|<!--.*?-->|<(?:div|section|header|main|article|hgroup)\b[^>]*>)*+",
    re.DOTALL | re.IGNORECASE,
)


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
     "source", "track", "wbr"}
)  # fmt: skip


class _Balancer(HTMLParser):
    """Re-emits an HTML fragment with every element closed, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs  # the tag's own text is kept as written
        self.out.append(self.get_starttag_text() or f"<{tag}>")
        if tag not in _VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open:
            current = self.open.pop()
            self.out.append(f"</{current}>")
            if current == tag:
                break

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")


def balance_html(fragment: str) -> str:
    """Return ``fragment`` with unclosed elements closed and stray end tags dropped."""
    balancer = _Balancer()
    balancer.feed(fragment)
    balancer.close()
    closing = "".join(f"</{tag}>" for tag in reversed(balancer.open))
    return "".join(balancer.out) + closing


def embedded_sources(fragment: str) -> Iterator[tuple[str, str]]:
    """Yield (element, ``src``) of the media embedded in an HTML fragment.

    The element (``img``, ``video``...) tells what a reader sees when the
    file is missing. Absolute URLs are kept: one may be the site's own
    address (``within_site`` tells, knowing the site).
    """
    for match in _MEDIA_SOURCE.finditer(fragment):
        reference = html.unescape(match.group(2)).strip()
        if reference and not reference.startswith(("data:", "#", "{")):
            yield match.group(1).lower(), reference

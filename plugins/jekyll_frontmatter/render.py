"""Markdown to HTML and typography, each done once per document.

Typography follows kramdown's conventions (``--`` en dash, ``---`` em dash)
through typogrify and SmartyPants. Titles are plain text: they get curly
quotes and dashes as characters, never markup, so they are safe in
``<title>``, attributes and feeds once escaped.
"""

from __future__ import annotations

import html
import re
import weakref
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

import smartypants
from markdown import Markdown
from pygments.formatters.html import HtmlFormatter
from typogrify import filters

# SmartyPants reads its options from a module-wide default; Pelican sets it
# the same way. "set2" is kramdown's dashes; "w" also converts &quot;.
smartypants.Attr.default = smartypants.Attr.set2 | smartypants.Attr.w

_TYPOGRIFY_SKIP = ["pre", "code", "kbd", "samp", "script", "style", "math", "title"]
# typogrify's ``amp`` and ``caps`` filters can change only a fragment that
# holds what these find (a lone ampersand; two capitals, or a capital and a
# dot, in a row). Many bodies hold neither, and both filters scan every tag.
_LONE_AMPERSAND = re.compile(r"(?:\s|&nbsp;)&(?:amp;|#38;)?(?:\s|&nbsp;)")
_CAPITALS = re.compile(r"[A-Z](?:\d*[A-Z]|\.)")
# With the options above, SmartyPants can change a run of text only where it
# holds one of these: a quote or backtick, an escape, ``&quot;``, dashes, an
# ellipsis.
_SMARTYPANTS_ACTS_ON = re.compile(r"""['"`\\]|&quot;|--|\.\.\.|\. \. \.""")
# A run of text that is only a quote is curled by the text before it.
_LONE_QUOTES = {
    "'": ("&#8216;", "&#8217;"),
    '"': ("&#8220;", "&#8221;"),
    "&quot;": ("&#8220;", "&#8221;"),
}
_NOT_SPACE = re.compile(r"\S")
_SMARTYPANTS_SKIPS = smartypants._tags_to_skip_regex()
_CODEHILITE = ("markdown.extensions.codehilite", "codehilite")
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
    | {"jekyll_kramdown.extension"}
)  # fmt: skip
_FIRST_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def make_markdown(config: Mapping[str, Any]) -> Markdown:
    """Return a Markdown converter from Pelican's ``MARKDOWN`` setting."""
    options = dict(config)
    configs = dict(options.pop("extension_configs", {}) or {})
    extensions = list(options.pop("extensions", []) or [])
    extensions += [name for name in configs if name not in extensions]
    options.pop("output_format", None)
    for name in _CODEHILITE:
        if name in configs:
            configs[name] = {
                "pygments_formatter": shared_html_formatter,
                **configs[name],
            }
    return Markdown(
        extensions=extensions,
        extension_configs=configs,
        output_format="html",
        **options,
    )


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


def render_markdown(markdown: Markdown, text: str) -> str:
    """Return ``text`` rendered to HTML by ``markdown`` (reset before use)."""
    markdown.reset()
    return markdown.convert(text)


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


def typographic_html(fragment: str) -> str:
    """Return an HTML fragment with typography applied outside code and tags.

    The result is typogrify's with every filter on; filters that cannot
    change the fragment are not run.
    """
    amp = _LONE_AMPERSAND.search(fragment) is not None
    caps = _CAPITALS.search(fragment) is not None
    return "".join(
        _typographic_section(section, amp=amp, caps=caps) if processed else section
        for section, processed in filters.process_ignores(fragment, _TYPOGRIFY_SKIP)
    )


def _typographic_section(section: str, *, amp: bool, caps: bool) -> str:
    # typogrify's own order of filters.
    if amp:
        section = filters.amp(section)
    section = educated(section)
    if caps:
        section = filters.caps(section)
    return filters.widont(filters.initial_quotes(section))


def educated(fragment: str) -> str:
    """Return ``smartypants.smartypants(fragment)``, run only where it can act.

    SmartyPants runs some twenty regular expressions over every run of text
    between two tags, whitespace included, though most runs hold nothing it
    changes. This walks the runs as it does (its own tokens, and the same
    elements left alone), keeps those runs as they are, and hands it each
    other run. A run that is only a quote gets the rule SmartyPants applies
    to it: closing after a character that is not a space.
    """
    educated_tokens = []
    skipped: list[str] = []
    previous_last = ""
    for kind, token in smartypants._tokenize(fragment):
        if kind == "tag":
            educated_tokens.append(token)
            skip = _SMARTYPANTS_SKIPS.match(token)
            if skip is None:
                continue
            name = skip.group(2).lower()
            if not skip.group(1):
                skipped.append(name)
            elif skipped and skipped[-1] == name:
                skipped.pop()
            continue
        if skipped or _SMARTYPANTS_ACTS_ON.search(token) is None:
            educated_tokens.append(token)
        elif token in _LONE_QUOTES:
            closing = _NOT_SPACE.match(previous_last) is not None
            educated_tokens.append(_LONE_QUOTES[token][closing])
        else:
            educated_tokens.append(smartypants.smartypants(token))
        previous_last = token[-1:]
    return "".join(educated_tokens)


def typographic_text(text: str) -> str:
    """Return plain ``text`` with curly quotes, dashes and ellipses as characters."""
    return html.unescape(educated(html.escape(text, quote=False)))


def plain_text(fragment: str) -> str:
    """Return the text of an HTML fragment: tags dropped, entities decoded."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def first_heading(fragment: str) -> str | None:
    """Return the plain text of the first heading in an HTML fragment."""
    match = _FIRST_HEADING.search(fragment)
    if match is None:
        return None
    return plain_text(match.group(2)) or None


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

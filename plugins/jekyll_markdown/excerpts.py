"""Excerpts in Jekyll's order of precedence.

1. ``excerpt`` in the front matter;
2. else the text before the document's ``excerpt_separator`` (front matter),
   or the site's (``_config.yml``; Jekyll's default is a blank line, so the
   first paragraph).

As Jekyll's ``Excerpt``, the source text before the separator is rendered
with the document's own Markdown, with the reference definitions it needs
appended so its reference-style links still resolve: as in Jekyll 4, those
found after it whose label (``[label]``, ``[^note]``) it holds. When that text
is a plain first paragraph, its rendering is the body's first paragraph:
``excerpt_in_body`` cuts it from the body's HTML instead.
"""

from __future__ import annotations

import re

from jekyll_common.safe_urls import is_safe_url

_LINK_DEFINITION = re.compile(r"^ {0,3}(\[[^\]]+\]):[ \t]*\S.*$", re.MULTILINE)
# A line that may open or mark a block other than a paragraph, or a
# definition: a heading, quote, list, rule, table, HTML, fence, code,
# definition list, setext underline, footnote, abbreviation, attribute list.
_OTHER_BLOCK_LINE = re.compile(
    r"^(?: {0,3}(?:[-#>|:<~`*_=+\[{]|\d+[.)])| {4})", re.MULTILINE
)
_DEFAULT_SEPARATOR = "\n\n"
_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""\shref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


def excerpt_source(body: str, separator: str) -> str:
    """Return the Markdown source of the excerpt: the text before ``separator``.

    Leading blank lines are skipped first, so a body that opens with a blank
    line still has its first paragraph as excerpt.
    """
    text = body.lstrip("\n")
    if not separator:
        return text
    head = text.split(separator, 1)[0]
    if head != text:
        definitions = [
            found.group(0)
            for found in _LINK_DEFINITION.finditer(text[len(head) :])
            if found.group(1) in head
        ]
        if definitions:
            head = head + "\n\n" + "\n".join(definitions)
    return head.strip("\n")


def excerpt_in_body(body: str, excerpt: str, body_html: str) -> str | None:
    """Return the excerpt's HTML cut from the body's, or None when it may differ.

    ``excerpt`` is the excerpt's Markdown source and ``body_html`` the body
    rendered (typography included) by a Markdown with this project's known
    extensions. The cut is made only for the default excerpt of a plain
    first paragraph: no line of it may open another block, it holds no raw
    HTML (whose own ``</p>`` would end the cut early), the document defines
    nothing (a link reference, footnote or abbreviation reaches the
    paragraph in the body and not alone, or the other way round) and the
    body's HTML opens with that paragraph (not, say, a definition list that
    took it in). Then rendering the excerpt alone gives the beginning of
    the body's HTML.
    """
    if excerpt != excerpt_source(body, _DEFAULT_SEPARATOR) or "]:" in body:
        return None
    head = body.lstrip("\n").partition(_DEFAULT_SEPARATOR)[0]
    if (
        not head.strip()
        or "<" in head
        or _OTHER_BLOCK_LINE.search(head)
        or not body_html.startswith("<p>")
    ):
        return None
    end = body_html.find("</p>")
    return body_html[: end + 4] if end != -1 else None


def safe_links(fragment: str) -> str:
    """Return an excerpt's HTML with each link of another scheme made text.

    Excerpts are shown on lists, the home page and in feeds, far from the
    document; a front-matter excerpt is Markdown whose links would otherwise
    become live ``<a href="javascript:...">``. The link's text stays.
    """
    if "<a" not in fragment and "<A" not in fragment:
        return fragment

    def anchor(found: re.Match[str]) -> str:
        href = _HREF.search(found.group(1))
        if href is None or is_safe_url(href.group(2)):
            return found.group(0)
        return found.group(2)

    return _ANCHOR.sub(anchor, fragment)


# Attributes an excerpt's tags keep: what places, names and describes.
# Lists, the home page and feeds show excerpts far from their document; a
# handler or a style there (a full-page overlay) is never the list's.
_KEPT_ATTRIBUTES = frozenset(
    {"id", "class", "href", "src", "alt", "title", "width", "height", "lang",
     "dir", "colspan", "rowspan", "align", "start", "type", "datetime", "cite",
     "scope", "loading", "role", "srcset", "sizes", "name", "rel"}
)  # fmt: skip
_START_TAG = re.compile(r"<([a-zA-Z][\w-]*)(\s[^<>]*?)?(/?)>")
_ATTRIBUTE = re.compile(r"""([^\s=/"'<>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


def safe_attributes(fragment: str) -> str:
    """Return an excerpt's HTML with only attributes that place or describe."""
    if "=" not in fragment:
        return fragment

    def tag(found: re.Match[str]) -> str:
        name, attributes, closing = found.groups()
        if not attributes:
            return found.group(0)
        kept = [
            a.group(0)
            for a in _ATTRIBUTE.finditer(attributes)
            if a.group(1).lower() in _KEPT_ATTRIBUTES
            or a.group(1).lower().startswith(("aria-", "data-"))
        ]
        return f"<{name}{''.join(' ' + k for k in kept)}{closing}>"

    return _START_TAG.sub(tag, fragment)

"""Jinja filters the theme uses, pure functions over HTML and text."""

from __future__ import annotations

import html as html_module
import math
import re
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup

from jekyll_common.safe_urls import is_safe_url
from jekyll_markdown.math import shows_math

_HEADING = re.compile(r'(<h([2-6])\b[^>]*\bid="([^"]+)"[^>]*>)(.*?)(</h\2>)', re.DOTALL)


def heading_anchors(html: str) -> Markup:
    """Return ``html`` with a link to itself after each h2-h6 that has an id."""

    def add(match: re.Match[str]) -> str:
        start, _, ident, inner, end = match.groups()
        link = (
            f'<a class="heading-anchor" href="#{ident}" '
            f'aria-label="Link to this section" data-pagefind-ignore>#</a>'
        )
        return f"{start}{inner} {link}{end}"

    return Markup(_HEADING.sub(add, str(html)))  # noqa: S704 (input is rendered HTML)


_TAGS = re.compile(r"<[^>]+>")


def table_of_contents(html: str, deepest: int = 4) -> list[dict[str, object]]:
    """Return the h2 to h``deepest`` headings of ``html`` that have an id.

    Each is ``{"level", "id", "text"}``, the text without markup, for the
    theme's table of contents (``toc: true``).
    """
    entries = []
    for match in _HEADING.finditer(str(html)):
        level = int(match.group(2))
        if level <= deepest:
            text = _plain(match.group(4))
            entries.append({"level": level, "id": match.group(3), "text": text})
    return entries


# A heading before any text, perhaps inside the boxes a site's layout opens
# first (``<header class="post-header"><h1>``), past empty ones (a notebook
# exported as HTML: ``<div class="cell"><div class="prompt"></div>...<h1>``).
_LEADING_HEADING = re.compile(
    r"\s*((?:<(?:div|header|section|article|hgroup)\b[^>]*>\s*"
    r"(?:<div\b[^>]*>\s*</div>\s*)*)*)"
    r"<h([1-6])\b[^>]*>(.*?)</h\2>\s*",
    re.DOTALL | re.IGNORECASE,
)


def without_leading_heading(html: str, title: str) -> Markup:
    """Return ``html`` without its leading heading when it is a heading of ``title``.

    The boxes it sits in stay, emptied of it.
    """
    text = str(html)
    found = _LEADING_HEADING.match(text)
    if found and _is_title(found, title):
        return Markup(found.group(1) + text[found.end() :])  # noqa: S704 (rendered HTML)
    return Markup(text)  # noqa: S704 (input is rendered HTML)


def opens_with_title(html: str, title: str) -> bool:
    """Return whether ``html`` starts with an ``<h1>`` of ``title``.

    A page written ``title: Research`` then ``# Research`` has its heading
    already: the theme shows that one, the text left as Jekyll rendered it.
    """
    found = _LEADING_HEADING.match(str(html))
    return bool(found and found.group(2) == "1" and _is_title(found, title))


def _is_title(heading: re.Match[str], title: str) -> bool:
    """Return whether a ``_LEADING_HEADING`` match says ``title`` in its words."""
    shown = " ".join(str(title or "").split())
    return _plain(heading.group(3)).casefold() == shown.casefold()


def _plain(fragment: str) -> str:
    # Typography's no-break space (no widow) is a space to compare.
    return " ".join(html_module.unescape(_TAGS.sub("", fragment)).split())


# The line themes show under a document's title: Beautiful Jekyll's, Clean
# Blog's and Hux's ``subtitle``, Feeling Responsive's ``teaser``.
_SUBTITLE_KEYS = ("subtitle", "teaser")
# A value that names a file (a teaser thumbnail) is no line of text.
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|avif)\s*$", re.IGNORECASE)


def subtitle(document: object) -> str:
    """Return the plain text of a document's subtitle, or ``""``.

    Markup in it (a teaser's ``<em>``) is dropped, and its text kept as text.
    """
    data = getattr(document, "front_matter", None) or {}
    for key in _SUBTITLE_KEYS:
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = _plain(str(value))
            if text and not _IMAGE_FILE.search(text):
                return text
    return ""


def reading_minutes(words: int, words_per_minute: int = 200) -> int:
    """Return the minutes needed to read ``words`` words (at least 1)."""
    return max(1, math.ceil(int(words or 0) / words_per_minute))


def has_code(html: str) -> bool:
    """Return True when rendered HTML holds a highlighted code block."""
    return 'class="highlight"' in str(html)


@pass_context
def holds_math(context: Any, documents: object) -> bool:
    """Return whether a document, or any of a list's, shows math (``has_math``).

    A list (the home page, an archive) shows excerpts: one holds math when
    its document's first paragraph does.
    """
    if isinstance(documents, list | tuple):
        dollars = bool(context.get("JEKYLL_MATH_INLINE_DOLLARS"))
        return any(
            getattr(d, "has_math", False)
            and shows_math(str(d.summary or ""), dollars=dollars)
            for d in documents
        )
    return bool(getattr(documents, "has_math", False))


_HOME_PAGES = frozenset({"", "index.html"})
_ABOUT_PAGES = frozenset({"about", "about.html"})


def shows_profile(document: object) -> bool:
    """Return whether a page shows the author's profile column.

    As academicpages, al-folio and Minimal Mistakes do: a page's own
    ``author_profile`` (or its front-matter default) decides; without one,
    the home page and the about page show it.
    """
    chosen = getattr(document, "author_profile", None)
    if chosen is not None:
        return chosen is True or str(chosen).strip().lower() in ("true", "yes", "1")
    url = str(getattr(document, "url", "") or "").strip("/")
    return url in _HOME_PAGES or url.rsplit("/", 1)[-1] in _ABOUT_PAGES


# Inline Markdown as a one-line setting writes it (Minimal Mistakes'
# ``bio: "Just *another* researcher"``, shown through ``markdownify``):
# code, strong, emphasis and links, on text escaped first.
_INLINE = re.compile(
    r"`(?P<code>[^`]+)`"
    r"|\*\*(?P<strong>[^*]+)\*\*"
    r"|(?<![\w*])\*(?P<em>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])"
    r"|(?<!\w)_(?P<em_>[^_\s](?:[^_]*[^_\s])?)_(?!\w)"
    r"|\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)"
)


def inline_markdown(text: object) -> Markup:
    """Return a setting's text with its inline Markdown as HTML, the rest escaped.

    A link whose address is not http(s), mailto or the site's keeps its text.
    """

    def element(found: re.Match[str]) -> str:
        if found["code"] is not None:
            return f"<code>{found['code']}</code>"
        if found["strong"] is not None:
            return f"<strong>{found['strong']}</strong>"
        if found["em"] is not None or found["em_"] is not None:
            return f"<em>{found['em'] or found['em_']}</em>"
        url = html_module.unescape(found["url"])
        if not is_safe_url(url):
            return found["text"]
        return f'<a href="{html_module.escape(url)}">{found["text"]}</a>'

    escaped = html_module.escape(str(text or ""), quote=False)
    return Markup(_INLINE.sub(element, escaped))  # noqa: S704 (escaped first)

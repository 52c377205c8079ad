"""The expensive part of reading, done once: Markdown, typography, excerpt.

``render_body`` is pure (text in, results out), so it runs in worker
processes for a cold build (``BodyRenderer``) and its results are kept in
the build's render cache under ``cache_key``, a digest of the body's and
the excerpt's text: a warm build renders only the documents whose text
changed.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Markdown

from jekyll_common.checkpoints import checkpoint
from jekyll_common.versions import library_versions
from jekyll_markdown.excerpts import (
    excerpt_in_body,
    excerpt_source,
    safe_attributes,
    safe_links,
)
from jekyll_markdown.html_blocks import options_of, typography_symbols
from jekyll_markdown.raw_blocks import unmarked
from jekyll_markdown.render import (
    balance_html,
    embedded_sources,
    first_heading,
    only_known_extensions,
    plain_text,
    render_markdown,
)
from jekyll_markdown.typography import typographic_html


def _renderer_digest() -> str:
    """Return a digest of what renders a body: this package's code, its libraries.

    Part of the render cache's key, so a cached body never outlives the
    code or library version that made it.
    """
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(
        library_versions(("markdown", "pymdownx", "pygments", "typogrify")).encode()
    )
    return digest.hexdigest()[:16]


RENDER_VERSION = _renderer_digest()


@dataclass(frozen=True, slots=True)
class RenderedBody:
    """A document body rendered: HTML, first heading, references, excerpt.

    ``references``: the files it embeds, as (element, ``src``).
    """

    html: str
    heading: str | None
    references: tuple[tuple[str, str], ...]
    word_count: int
    excerpt: str
    excerpt_text: str


def excerpt_text_of(data: dict[str, Any], body: str, separator: str) -> str:
    """Return the Markdown source of a document's excerpt (Jekyll's order)."""
    if data.get("excerpt") is not None:
        # Front-matter text: Markdown is read, markup is shown as text.
        return html.escape(str(data["excerpt"]), quote=False)
    own = data.get("excerpt_separator")
    return excerpt_source(body, own if isinstance(own, str) else separator)


def render_body(
    markdown: Markdown | None, body: str, excerpt_source_text: str
) -> RenderedBody:
    """Render a body and its excerpt (Markdown when ``markdown`` is given).

    An excerpt that is the body's plain first paragraph is cut from the
    body's HTML; any other is rendered on its own, as Jekyll renders it.
    Either way, its links keep only safe schemes (``safe_links``).
    """
    if markdown is None:
        # An HTML page is written as Jekyll writes it: no kramdown, so no
        # typography either.
        return _rendered(body, body, excerpt_source_text)
    raw = render_markdown(markdown, body, marked=True)
    dollars = bool(getattr(markdown, "inline_dollars", False))
    symbols = typography_symbols(options_of(markdown))
    typographic = typographic_html(raw, dollars=dollars, symbols=symbols)
    excerpt = None
    if only_known_extensions(markdown):
        excerpt = excerpt_in_body(body, excerpt_source_text, typographic)
    if excerpt is None:
        excerpt = typographic_html(
            render_markdown(markdown, excerpt_source_text, marked=True),
            dollars=dollars,
            symbols=symbols,
        )
    return _rendered(unmarked(raw), typographic, excerpt)


def _rendered(raw: str, html: str, excerpt: str) -> RenderedBody:
    """Return a body's rendering: ``raw`` before typography, ``html`` after."""
    excerpt = safe_attributes(safe_links(balance_html(excerpt)))
    return RenderedBody(
        html=html,
        heading=first_heading(raw),
        references=tuple(embedded_sources(raw)),
        word_count=len(plain_text(raw).split()),
        excerpt=excerpt,
        excerpt_text=plain_text(excerpt),
    )


def cache_key(body: str, excerpt: str, is_markdown: bool) -> str:
    """Return the cache key of a body and excerpt source."""
    digest = hashlib.sha256()
    for part in (body, "\x00", excerpt, "\x00", str(is_markdown)):
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# What a worker renders: a body, its excerpt's source, whether it is Markdown.
BodyJob = tuple[str, str, bool]


class BodyRenderer:
    """Renders ``BodyJob``s, making its Markdown when first needed.

    Made in the build and called in the workers it forks, each of which
    then makes one Markdown of its own.
    """

    def __init__(self, make_markdown: Callable[[], Markdown]) -> None:
        self._make_markdown = make_markdown
        self._markdown: Markdown | None = None

    def render(self, job: BodyJob) -> RenderedBody:
        """Render one job (in a worker: with that worker's Markdown)."""
        checkpoint("render")
        body, excerpt, is_markdown = job
        markdown = None
        if is_markdown:
            if self._markdown is None:
                self._markdown = self._make_markdown()
            markdown = self._markdown
        return render_body(markdown, body, excerpt)

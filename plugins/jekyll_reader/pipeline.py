"""The reading pipeline's extension points.

``document_body`` is sent with a ``DocumentBody`` after the front matter is
mapped and before Markdown runs (where Jekyll runs Liquid); receivers edit
``body.text`` in place. One pipeline, so plugins never replace the reader.

``document_layouts`` is sent with a ``LaidOutBody`` after Markdown, when the
site's own layouts add to a page (``site_layouts``): receivers render them
around ``body.html``, in place.

``generated_pages`` is sent (with ``catalogue`` and Pelican's ``settings``)
when content Liquid first lists ``site.pages``: Jekyll's plugins add their
pages there (redirects, archives, the feed, the sitemap), so each plugin
here returns ``(rank, [page data...])`` for the pages it will write; the
rank is where Jekyll lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from blinker import signal

if TYPE_CHECKING:
    from jekyll_reader.reading import Reading

document_body = signal("jekyll_document_body")
document_layouts = signal("jekyll_document_layouts")
generated_pages = signal("jekyll_generated_pages")


@dataclass(slots=True)
class DocumentBody:
    """A document's body on its way to Markdown, and what is known of it."""

    text: str
    page: dict[str, Any]
    relpath: str
    shown: str
    first_line: int
    state: Reading
    settings: Any
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LaidOutBody:
    """A document's HTML, and the site's layouts to render around it.

    ``layouts`` are ``layout_files.SiteLayout``, innermost first; ``more``
    the variables they see beside ``page`` (a later page's ``paginator``).
    """

    html: str
    page: dict[str, Any]
    layouts: tuple[Any, ...]
    relpath: str
    state: Reading
    settings: Any
    more: dict[str, Any] = field(default_factory=dict)

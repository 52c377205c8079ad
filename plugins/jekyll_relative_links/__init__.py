"""Links to Markdown files lead to their pages, as on GitHub Pages.

GitHub Pages loads jekyll-relative-links: in a Markdown document, a link to
another of the site's Markdown files (a repository's README linking to
``docs/setup.md``) leads to the page that file becomes. The same here, for
the site's pages and posts, and its collections' documents when
``relative_links: collections: true``; ``relative_links: enabled: false``
turns it off, as it turns the plugin off.

=================  ==============================================================
Connected to       Why
=================  ==============================================================
``document_body``  a Markdown body's links are rewritten before it is rendered,
                   after its Liquid (registered after ``jekyll_liquid``)
=================  ==============================================================
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

from jekyll_common.paths import MARKDOWN_EXTENSIONS, names_markdown_file
from jekyll_reader.catalogue import Catalogue, catalogue_of
from jekyll_reader.pipeline import DocumentBody, document_body
from jekyll_relative_links.links import with_page_links


def link_pages(sender: Any, body: DocumentBody) -> None:
    """Write a Markdown body's links to pages' sources as the pages' URLs."""
    del sender
    options = (body.settings.get("JEKYLL_SITE") or {}).get("relative_links")
    options = options if isinstance(options, Mapping) else {}
    if options.get("enabled") is False:
        return
    if not body.relpath.lower().endswith(MARKDOWN_EXTENSIONS):
        return
    if not names_markdown_file(body.text):
        return
    urls = _page_urls(catalogue_of(body.state), options.get("collections") is True)
    base = body.state.site.baseurl.rstrip("/")

    def url_of(relpath: str) -> str | None:
        url = urls.get(relpath)
        return None if url is None else base + url

    folder = str(PurePosixPath(body.relpath).parent)
    body.text = with_page_links(body.text, folder, url_of)


# The last catalogue's URLs by source path: made once a build, however many
# documents link to pages (once a document, a build would be quadratic).
_made: list[tuple[Catalogue, bool, dict[str, str]]] = []


def _page_urls(made: Catalogue, collections: bool) -> dict[str, str]:
    """Return the URL of each page and post (and document) by its source path."""
    if _made and _made[0][0] is made and _made[0][1] == collections:
        return _made[0][2]
    entries = [*made.pages, *made.posts]
    if collections:
        entries += [e for label, each in made.collections.items() if label != "posts"
                    for e in each]  # fmt: skip
    urls = {entry.relpath: entry.placed.fields.url for entry in entries}
    _made[:] = [(made, collections, urls)]
    return urls


def register() -> None:
    """Connect to the reading pipeline."""
    document_body.connect(link_pages)

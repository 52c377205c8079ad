"""What kind of document a file is, and the front matter its kind's defaults give.

Mirrors Jekyll: a file under ``_posts/`` is a post, under ``_drafts/`` a
draft, in a collection's folder a document of that collection, anything
else a page; ``defaults`` in ``_config.yml`` apply by path and by type
(``posts``, ``pages``, a collection's label) under the file's own keys.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from jekyll_common.site import Collection, SiteSettings
from jekyll_reader.defaults import defaults_for
from jekyll_reader.discovery import HTML_EXTENSIONS, MARKDOWN_EXTENSIONS

POST_KINDS = frozenset({"post", "draft"})


def output_extension(suffix: str) -> str:
    """Return the extension Jekyll writes a source file with (no converter: its own)."""
    lowered = suffix.lower()
    if lowered in MARKDOWN_EXTENSIONS or lowered in HTML_EXTENSIONS:
        return ".html"
    if lowered in (".scss", ".sass"):  # Sass pages (``sass``)
        return ".css"
    return suffix


def written_as_page(suffix: str, save_as: str) -> bool:
    """Return whether a document is an HTML page, shown in the theme.

    Markdown always is (converted to HTML, whatever file it is written to);
    an HTML file whose permalink names another kind of file (``sitemap.html``
    at ``/sitemap.xml``) is written as it is, as any file Jekyll does not
    convert.
    """
    lowered = suffix.lower()
    if lowered in MARKDOWN_EXTENSIONS:
        return True
    written = PurePosixPath(save_as).suffix.lower()
    return lowered in HTML_EXTENSIONS and written in HTML_EXTENSIONS


def collection_of(relpath: str, site: SiteSettings) -> Collection | None:
    """Return the collection (besides posts) a source file belongs to."""
    for collection in site.collections:
        if relpath.startswith(collection.folder(site.collections_dir) + "/"):
            return collection
    return None


# The `type` of each kind in a `defaults` scope (a collection's is its label).
DEFAULTS_TYPES = {"post": "posts", "draft": "posts", "page": "pages"}


def classify(
    relpath: str,
    front_matter: dict[str, Any] | None,
    site: SiteSettings,
    pages_dirs: tuple[str, ...],
) -> tuple[str, Collection | None, dict[str, Any]]:
    """Return a file's kind, its collection, and its front matter with defaults."""
    collection = collection_of(relpath, site)
    kind = "document" if collection else kind_of(relpath, pages_dirs)
    doc_type = collection.label if collection else DEFAULTS_TYPES.get(kind, kind)
    data = {**defaults_for(site.defaults, relpath, doc_type), **(front_matter or {})}
    return kind, collection, data


def kind_of(relpath: str, pages_dirs: tuple[str, ...] = ()) -> str:
    """Return ``post``, ``draft`` or ``page`` for a path relative to the source."""
    parts = PurePosixPath(relpath).parts[:-1]
    if parts and parts[0] in pages_dirs:
        return "page"
    if "_posts" in parts:
        return "post"
    if "_drafts" in parts:
        return "draft"
    return "page"

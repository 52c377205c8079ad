"""A document's fields as Pelican metadata, as the theme and plugins read them.

The front matter's own keys are passed through (lower-cased identifiers
only, never over a key the reader maps itself or an attribute of Pelican's
documents); the mapped fields (title, URL, dates, tags, categories, author,
template, header image) are set from what ``document`` worked out.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from pelican.contents import Article, Page
from pelican.urlwrappers import Author, Category, Tag

from jekyll_common.paths import url_from_site_root
from jekyll_engine.state import shared_wrapper
from jekyll_markdown.jemoji import with_emoji
from jekyll_markdown.typography import typographic_text
from jekyll_reader.document import DocumentFields, SourceFile
from jekyll_reader.html_text import linked_text, plain_text
from jekyll_reader.layouts import template_for
from jekyll_reader.reading import Reading
from jekyll_reader.references import header_image

logger = logging.getLogger(__name__)

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
# Front-matter keys the reader maps itself; never copied as-is.
_MAPPED_KEYS = frozenset(
    {"title", "date", "slug", "tags", "tag", "categories", "category", "author",
     "layout", "published", "permalink", "modified", "last_modified_at"}
)  # fmt: skip
# Attributes of Pelican's documents, and those its __init__ sets and its
# generators read (a front-matter `authors:` list of mappings, as al-folio
# writes it, would be taken for Pelican's own authors): front matter under
# these names reaches templates as `front_matter.<key>` only.
_RESERVED = (
    frozenset(dir(Article))
    | frozenset(dir(Page))
    | {"metadata", "settings", "authors", "lang", "translations", "in_default_lang",
       "status", "template", "save_as", "url", "source_path", "content",
       "default_template", "date_format", "locale_date", "locale_modified",
       "override_save_as", "override_url", "private", "filename",
       "author_byline", "site_layouts"}
)  # fmt: skip


def pelican_metadata(
    data: dict[str, Any],
    fields: DocumentFields,
    source: SourceFile,
    title: str,
    shown: str,
    state: Reading,
    settings: dict[str, Any],
    shown_in: str | None = None,
    template: str | None = None,
) -> dict[str, Any]:
    """Return the metadata Pelican makes a document from.

    ``shown_in``: the layout whose theme template shows the page, when the
    site's own layouts are rendered around it (``site_layouts``);
    ``template``: the template, when it is not the layout's.
    """
    title = plain_text(title)  # a title written in HTML: its words
    if state.emoji:
        title = with_emoji(title)  # jemoji's pass runs over the whole page
    metadata: dict[str, Any] = {
        key.lower(): value
        for key, value in data.items()
        if _IDENTIFIER.match(key.lower())
        and key.lower() not in _MAPPED_KEYS
        and key.lower() not in _RESERVED
    }
    metadata.update(
        title=typographic_text(title),
        slug=fields.slug,
        url=url_from_site_root(fields.url),
        save_as=fields.save_as,
        modified=fields.modified,
        template=template or _template(shown_in or fields.layout, source, shown, state),
        layout=fields.layout,
        front_matter=data,
        source_kind=source.kind,
        date_source=fields.date_source,
        status="hidden" if source.kind == "document" else "published",
        collection=source.collection.label if source.collection else None,
        tags=[shared_wrapper(settings, Tag, name) for name in fields.tags],
        categories=[
            shared_wrapper(settings, Category, name) for name in fields.categories
        ],
        header_image=header_image(data, title, source.relpath, shown, state),
    )
    if fields.date is not None:
        metadata["date"] = fields.date
    if fields.categories:
        metadata["category"] = metadata["categories"][0]
    metadata["nav_position"] = nav_position(data)
    author = author_name(data)
    line = linked_text(author) if author is not None else None
    if line is not None:
        author = line.text
        if any(href for _, href in line.parts):
            # The names with their links; several people: no archive page.
            metadata["author_byline"] = line
    if author:
        metadata["author"] = Author(author, settings)
    return metadata


def rewrap(settings: dict[str, Any], key: str, name: str) -> Any:
    """Return the author, tag or category object of a name kept by the read cache."""
    if key == "author":
        return Author(name, settings)
    return shared_wrapper(settings, Tag if key == "tags" else Category, name)


def author_name(data: dict[str, Any]) -> str | None:
    """Return the author's name: ``author`` as a name or a mapping with ``name``."""
    author = data.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, str | int) and str(author).strip():
        return str(author).strip()
    return None


def nav_position(data: dict[str, Any]) -> float | None:
    """Return a page's place in the navigation, from its front matter.

    ``nav_order`` (just-the-docs) wins over ``sidebar_sort_order`` (Hydeout);
    a page with neither is not in the main navigation.
    """
    for key in ("nav_order", "sidebar_sort_order"):
        value = data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _template(
    layout: str | None, source: SourceFile, shown: str, state: Reading
) -> str:
    """Return the theme template of a document's layout; warn once per unknown one."""
    template, known = template_for(layout, source.kind, state.options, state.templates)
    if not known and layout not in state.warned_layouts:
        state.warned_layouts.add(layout or "")
        roles = sorted(t for t in state.templates if t.startswith("page_"))
        logger.warning(
            "%s: layout %r is not one this theme knows; the %s is shown with "
            "the theme's %r template (its text, no list). To choose another, set "
            'JEKYLL_LAYOUTS = {%r: "<template>"} in pelicanconf.py, with one of: %s.',
            shown,
            layout,
            "post" if template == "article" else "page",
            template,
            layout,
            ", ".join(["page", *roles]) if template == "page" else "article",
        )
    return template

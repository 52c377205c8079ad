"""The page Jekyll paginates: ``paginator`` in its Liquid, and its pages 2, 3...

Page 1 is the document itself, read as any other with ``paginator`` for
its first posts. Once Pelican's pages generator has every page, the
paginated one is rendered again for each further page and added to the
generator's pages at ``paginate_path``, so it is written like the rest.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jekyll_common.paths import url_from_site_root, url_to_output_path
from jekyll_engine import state as build_state
from jekyll_liquid.paginator import Pagination, is_paginated, pager, pagination_of
from jekyll_liquid.per_build import renderer_of
from jekyll_liquid.renderer import LiquidRenderer
from jekyll_reader.bodies import rendered_body
from jekyll_reader.layout_files import site_layout
from jekyll_reader.pipeline import DocumentBody
from jekyll_reader.reading import Reading, reading_of
from jekyll_reader.site_layouts import lay_out


@dataclass(frozen=True, slots=True)
class PaginatedPage:
    """The paginated page's source, kept to render its later pages."""

    body: DocumentBody
    text: str
    pagination: Pagination
    first: dict[str, Any]  # its paginator on page 1


def first_pager(renderer: LiquidRenderer, body: DocumentBody) -> dict[str, Any] | None:
    """Return ``paginator`` for a body if Jekyll paginates it (and keep the body)."""
    pagination = pagination_of(body.settings)
    if pagination is None or not is_paginated(
        body.relpath, pagination, body.state.source
    ):
        return None
    first = pager(renderer.site["posts"], pagination, 1, body.page["url"])
    renderer.paginated = PaginatedPage(body, body.text, pagination, first)
    return first


def write_later_pages(generator: Any) -> None:
    """Add the paginated page's pages 2, 3... to the pages Pelican writes."""
    build = build_state.state_of(generator.settings)
    renderer = renderer_of(build) if build is not None else None
    kept = renderer.paginated if renderer is not None else None
    if kept is None:
        return
    state = reading_of(build)
    source = (state.source / kept.body.relpath).resolve()
    first = next(
        (p for p in generator.pages if Path(p.source_path).resolve() == source), None
    )
    if first is None:
        return
    posts = renderer.site["posts"]
    first_url = kept.body.page["url"]
    paginator = pager(posts, kept.pagination, 1, first_url)
    # A page that does not list the posts itself (Tale's home: its `home`
    # layout does, which the theme replaces) shows each page's in the theme.
    listed = not first.metadata.get("lists_posts")
    articles = _articles_by_url(generator.context.get("articles", ())) if listed else {}
    _set(first, "pager", articles and _theme_pager(paginator, articles))
    for num in range(2, paginator["total_pages"] + 1):
        paginator = pager(posts, kept.pagination, num, first_url)
        url = kept.pagination.page_path(num, first_url)
        page = _later_page(first, state, renderer, kept, paginator, url)
        _set(page, "pager", articles and _theme_pager(paginator, articles))
        generator.pages.append(page)


def _articles_by_url(articles: Any) -> dict[str, Any]:
    return {article.url: article for article in articles}


def _theme_pager(paginator: dict[str, Any], articles: dict[str, Any]) -> dict[str, Any]:
    """Return a page of the paginator as the theme lists it: Pelican's articles."""
    found = (
        articles.get(url_from_site_root(post["url"])) for post in paginator["posts"]
    )
    newer, older = paginator["previous_page_path"], paginator["next_page_path"]
    return {
        "page": paginator["page"],
        "total_pages": paginator["total_pages"],
        "posts": [article for article in found if article is not None],
        "newer": url_from_site_root(newer.rstrip("/") + "/") if newer else None,
        "older": url_from_site_root(older.rstrip("/") + "/") if older else None,
    }


def _set(page: Any, key: str, value: Any) -> None:
    """Set a metadata field after Pelican made the page (it copied them then)."""
    page.metadata[key] = value
    setattr(page, key, value)


def _later_page(
    first: Any,
    state: Reading,
    renderer: LiquidRenderer,
    kept: PaginatedPage,
    paginator: dict[str, Any],
    url: str,
) -> Any:
    body = kept.body
    rendered = renderer.render(
        kept.text, {**body.page, "url": url}, body.relpath, {"paginator": paginator}
    )
    data = first.metadata.get("front_matter") or {}
    converted = rendered_body(state, None, data, rendered.text)  # an HTML page
    html = converted.html
    # The site's layouts rendered around page 1 list this page's posts.
    found = (
        site_layout(state.source, n) for n in first.metadata.get("site_layouts", ())
    )
    if layouts := tuple(layout for layout in found if layout is not None):
        page_vars, more = {**body.page, "url": url}, {"paginator": paginator}
        html = lay_out(
            html, page_vars, layouts, body.relpath, state, body.settings, more
        )
    page = copy.copy(first)
    page.metadata = {
        **first.metadata,
        "url": url_from_site_root(url.rstrip("/") + "/"),
        "later_page": True,  # page 2, 3...: not a destination of its own
    }
    page.later_page = True
    page._content = html  # Pelican keeps the body there
    # Its description is its own text's, not page 1's.
    _set(page, "excerpt_text", converted.excerpt_text)
    # Jekyll writes page 2 of "/page:num" as page2/index.html.
    folder_url = url.rstrip("/") + "/"
    page.override_url = url_from_site_root(folder_url)
    page.override_save_as = url_to_output_path(folder_url)
    return page

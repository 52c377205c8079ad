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
from jekyll_reader.pipeline import DocumentBody
from jekyll_reader.reading import Reading, reading_of


@dataclass(frozen=True, slots=True)
class PaginatedPage:
    """The paginated page's source, kept to render its later pages."""

    body: DocumentBody
    text: str
    pagination: Pagination


def first_pager(renderer: LiquidRenderer, body: DocumentBody) -> dict[str, Any] | None:
    """Return ``paginator`` for a body if Jekyll paginates it (and keep the body)."""
    pagination = pagination_of(body.settings)
    if pagination is None or not is_paginated(body.relpath, pagination):
        return None
    renderer.paginated = PaginatedPage(body, body.text, pagination)
    return pager(renderer.site["posts"], pagination, 1, body.page["url"])


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
    total = pager(posts, kept.pagination, 1, first_url)["total_pages"]
    for num in range(2, total + 1):
        paginator = pager(posts, kept.pagination, num, first_url)
        url = kept.pagination.page_path(num, first_url)
        generator.pages.append(
            _later_page(first, state, renderer, kept, paginator, url)
        )


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
    page = copy.copy(first)
    page.metadata = {
        **first.metadata,
        "url": url_from_site_root(url.rstrip("/") + "/"),
        "later_page": True,  # page 2, 3...: not a destination of its own
    }
    page._content = converted.html  # Pelican keeps the body there
    # Jekyll writes page 2 of "/page:num" as page2/index.html.
    folder_url = url.rstrip("/") + "/"
    page.override_url = url_from_site_root(folder_url)
    page.override_save_as = url_to_output_path(folder_url)
    return page

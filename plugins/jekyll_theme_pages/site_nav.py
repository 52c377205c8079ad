"""The header's and footer's links, from the site's settings and pages.

Pelican wiring for ``navigation`` (pure logic): reads the site's lists and
its Pelican pages, and says what is wrong in the lists.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from jekyll_theme_pages.navigation import (
    NavItem,
    NavPage,
    declared,
    footer_from_data,
    from_header_pages,
    from_pages,
    opts_out,
    served_as,
)

logger = logging.getLogger(__name__)


def main_navigation(settings: Mapping[str, Any], pages: Iterable[Any]) -> list[NavItem]:
    """Return the main navigation: the site's list, header_pages', the pages'."""
    config = settings.get("JEKYLL_SITE") or {}
    items, problems = declared(settings.get("JEKYLL_DATA") or {}, config)
    _warn(problems)
    found = [_nav_page(page) for page in pages]
    if items is not None:
        return served_as(items, {page.url for page in found})
    items, problems = from_header_pages(config.get("header_pages"), found)
    for problem in problems:
        logger.warning("%s.", problem)
    return items if items is not None else from_pages(found)


def footer_navigation(settings: Mapping[str, Any]) -> list[NavItem]:
    """Return the footer's links: ``_data/navigation.yml``'s ``footer:`` list."""
    items, problems = footer_from_data(settings.get("JEKYLL_DATA") or {})
    _warn(problems)
    return items


def _warn(problems: list[str]) -> None:
    """Say what is wrong in the navigation the site lists, entry by entry."""
    for problem in problems:
        logger.warning("%s. Give each entry a title and a url.", problem)


def _nav_page(page: Any) -> NavPage:
    """Return what the navigation needs of a Pelican page."""
    front_matter = page.metadata.get("front_matter") or {}
    position = page.metadata.get("nav_position")
    return NavPage(
        title=page.title if front_matter.get("title") else None,
        url=page.url,
        position=position,
        # The home page is the site's name; 404 (at /404.html, /404/ or
        # /404) and a list's page 2 are no destinations.
        opted_out=opts_out(front_matter)
        or (
            page.url.strip("/").removesuffix(".html") in ("", "404")
            and position is None
        )
        or bool(page.metadata.get("later_page")),
        chosen=front_matter.get("nav") is True,
        path=page.relative_source_path,
    )

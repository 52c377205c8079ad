"""The redirect pages in ``site.pages``, as jekyll-redirect-from adds them.

Content Liquid that loops over ``site.pages`` (a sitemap page, a page
archive) lists them in Jekyll: one page per ``redirect_from`` path, then
``redirects.json``.
"""

from __future__ import annotations

from typing import Any

from jekyll_redirects.rules import RedirectError, as_list, old_path

# Where jekyll-redirect-from's pages come in site.pages: first of the plugins'.
RANK = 0


def redirect_pages(sender: Any, catalogue: Any, settings: Any) -> tuple[int, list]:
    """Return the redirect pages and ``redirects.json`` as Liquid sees them."""
    del sender, settings
    pages: list[dict[str, Any]] = []
    entries = [
        *catalogue.pages,
        *(e for c in catalogue.collections.values() for e in c),
    ]
    for entry in entries:
        for value in as_list(entry.placed.data.get("redirect_from")):
            try:
                path = old_path(value)
            except RedirectError:
                continue  # the redirects plugin names it
            to = entry.placed.fields.url
            pages.append(
                {"url": path, "name": "redirect.html", "sitemap": False,
                 "redirect": {"from": path, "to": to}}
            )  # fmt: skip
    pages.append({"url": "/redirects.json", "name": "redirects.json", "sitemap": False})
    return RANK, pages

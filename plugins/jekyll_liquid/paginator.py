"""jekyll-paginate's ``paginator``, for the page Jekyll paginates.

With ``paginate: N`` in ``_config.yml``, Jekyll (jekyll-paginate) gives the
HTML page ``index.html`` in the folder of ``paginate_path`` (default
``/page:num``, so the site's home page) a ``paginator`` with the first N
posts, newest first, and writes that page again at ``/page2/``,
``/page3/``... with the next ones. Posts with ``hidden: true`` are left out.
Pure logic: the plugin renders and writes the pages.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

DEFAULT_PATH = "/page:num"


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a site paginates: posts a page, and the path of page ``num``."""

    per_page: int
    path: str  # with ":num"

    def template_folder(self) -> str:
        """Return the folder (in the site, no slashes) of the paginated page."""
        return str(PurePosixPath("/" + self.path.strip("/")).parent).strip("/")

    def page_path(self, num: int, first_url: str) -> str:
        """Return the URL of page ``num`` (page 1 is the paginated page's own)."""
        if num <= 1:
            return first_url
        return "/" + self.path.replace(":num", str(num)).lstrip("/")


def pagination_of(settings: Mapping[str, Any]) -> Pagination | None:
    """Return the site's pagination, or None when ``paginate`` is not set."""
    per_page = settings.get("JEKYLL_PAGINATE") or 0
    if per_page < 1:
        return None
    return Pagination(per_page, settings.get("JEKYLL_PAGINATE_PATH") or DEFAULT_PATH)


def is_paginated(
    relpath: str, pagination: Pagination, source: Path | None = None
) -> bool:
    """Return whether the page at ``relpath`` is the one Jekyll paginates.

    As jekyll-paginate picks it: the ``index.html`` page of ``paginate_path``'s
    folder or of a folder above it, the deepest there is (Chalk's
    ``/posts/page/:num/`` paginates the home page). The deeper ones are
    looked for in ``source``.
    """
    path = PurePosixPath(relpath)
    folder = str(path.parent).strip(".").strip("/")
    template = PurePosixPath(pagination.template_folder())
    chain = [str(f).strip(".") for f in (template, *template.parents)]
    if path.name != "index.html" or folder not in chain:
        return False
    deeper = chain[: chain.index(folder)]
    return source is None or not any(
        _is_page(source / f / "index.html") for f in deeper
    )


def _is_page(path: Path) -> bool:
    """Return whether a file is a page: it opens with front matter."""
    try:
        with path.open("rb") as file:
            return file.read(3) == b"---"
    except OSError:
        return False


def pager(
    posts: Sequence[Any], pagination: Pagination, num: int, first_url: str
) -> dict[str, Any]:
    """Return ``paginator`` for page ``num`` (from 1) of ``posts``."""
    shown = [p for p in posts if not p.get("hidden")]
    per_page = pagination.per_page
    total_pages = max(math.ceil(len(shown) / per_page), 1)
    previous_page = num - 1 if num > 1 else None
    next_page = num + 1 if num < total_pages else None
    return {
        "page": num,
        "per_page": per_page,
        "posts": shown[(num - 1) * per_page : num * per_page],
        "total_posts": len(shown),
        "total_pages": total_pages,
        "previous_page": previous_page,
        "previous_page_path": (
            pagination.page_path(previous_page, first_url) if previous_page else None
        ),
        "next_page": next_page,
        "next_page_path": (
            pagination.page_path(next_page, first_url) if next_page else None
        ),
    }

"""Jinja filters for pages whose theme layout lists posts or documents.

A Jekyll theme's ``tags``, ``category`` or ``collection`` layout is a loop
over ``site.tags``, ``site.categories[...]`` or ``site[collection]``; the
theme's page templates of those roles (``page_tags.html``...) call these
instead; a page's own list of posts below its text (the home page's latest,
a paginated page's share) is ``listed_posts``. Pure functions over the
documents Pelican gives the templates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _names(post: Any, kind: str) -> list[str]:
    values = getattr(post, "tags" if kind == "tag" else "categories", None) or []
    if kind != "tag" and not values and getattr(post, "category", None):
        values = [post.category]
    return [str(getattr(value, "name", value)) for value in values]


def taxonomy_groups(posts: Iterable[Any], kind: str) -> list[dict[str, Any]]:
    """Return ``{"name", "posts"}`` for each tag (or category), by name.

    Posts keep the order they were given in (newest first).
    """
    groups: dict[str, dict[str, Any]] = {}
    for post in posts:
        for name in _names(post, kind):
            group = groups.setdefault(name.casefold(), {"name": name, "posts": []})
            if post not in group["posts"]:
                group["posts"].append(post)
    return sorted(groups.values(), key=lambda g: g["name"].casefold())


def posts_named(posts: Iterable[Any], kind: str, name: Any) -> list[Any]:
    """Return the posts with the tag (or category) ``name``, any case."""
    wanted = str(name or "").casefold()
    return [p for p in posts if wanted in (n.casefold() for n in _names(p, kind))]


def in_collection(documents: Iterable[Any], label: Any) -> list[Any]:
    """Return the documents of the collection ``label``, in path order."""
    found = [d for d in documents if getattr(d, "collection", None) == str(label)]
    return sorted(found, key=lambda d: str(getattr(d, "relative_source_path", "")))


# How many of the newest posts the home page lists below its text.
LATEST = 5


def listed_posts(page: Any, articles: Iterable[Any] | None) -> list[Any]:
    """Return the posts the theme lists below a page's text.

    The paginated page's share of them, with ``pager``; the home page's
    newest, unless its own text lists the posts (Lanyon's); else none.
    """
    pager = getattr(page, "pager", None)
    if pager:
        return list(pager["posts"])
    if getattr(page, "url", None) == "" and not getattr(page, "lists_posts", False):
        return list(articles or [])[:LATEST]
    return []


LISTING_FILTERS = {
    "taxonomy_groups": taxonomy_groups,
    "posts_named": posts_named,
    "in_collection": in_collection,
    "listed_posts": listed_posts,
}

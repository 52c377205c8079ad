"""Links between posts: previous and next in time, and related by tags.

As Jekyll's ``page.previous`` (older) and ``page.next`` (newer). Related
posts are those sharing the most tags, newest first; Jekyll's own
``related_posts`` without LSI is simply the newest posts, which helps nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def link_neighbours(posts_newest_first: Sequence[Any]) -> None:
    """Set ``previous`` (older) and ``next`` (newer) on each post."""
    for index, post in enumerate(posts_newest_first):
        newer = posts_newest_first[index - 1] if index > 0 else None
        older = (
            posts_newest_first[index + 1]
            if index + 1 < len(posts_newest_first)
            else None
        )
        post.next = newer
        post.previous = older


def related(post: Any, posts_newest_first: Sequence[Any], limit: int) -> list[Any]:
    """Return up to ``limit`` other posts sharing tags with ``post``."""
    tags = {tag.slug for tag in getattr(post, "tags", ())}
    if not tags or limit <= 0:
        return []
    scored = []
    for rank, other in enumerate(posts_newest_first):
        if other is post:
            continue
        shared = len(tags & {tag.slug for tag in getattr(other, "tags", ())})
        if shared:
            scored.append((-shared, rank, other))
    return [other for _, _, other in sorted(scored, key=lambda s: s[:2])[:limit]]

"""Links between posts: previous and next in time, and related by tags.

As Jekyll's ``page.previous`` (older) and ``page.next`` (newer). Related
posts are those sharing the most tags, newest first; Jekyll's own
``related_posts`` without LSI is simply the newest posts, which helps nobody.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from heapq import nsmallest
from itertools import chain
from operator import sub
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


def related_index(posts_newest_first: Sequence[Any]) -> dict[str, list[int]]:
    """Return, for each tag slug, the ranks of its posts (newest first)."""
    index: dict[str, list[int]] = defaultdict(list)
    for rank, post in enumerate(posts_newest_first):
        for slug in {tag.slug for tag in getattr(post, "tags", ())}:
            index[slug].append(rank)
    return index


def related(
    post: Any,
    posts_newest_first: Sequence[Any],
    limit: int,
    index: dict[str, list[int]] | None = None,
    candidates_per_tag: int = 100,
) -> list[Any]:
    """Return up to ``limit`` other posts sharing the most tags with ``post``.

    Ties go to the newer post. Only the ``candidates_per_tag`` newest posts
    of each tag are considered, which keeps a large site's build linear.
    """
    tags = {tag.slug for tag in getattr(post, "tags", ())}
    if not tags or limit <= 0:
        return []
    if index is None:
        index = related_index(posts_newest_first)
    # Counted and sorted in C: the hot loop of a large site's build. A
    # score orders by shared tags first, then by rank (newer first).
    shared: Counter[int] = Counter(
        chain.from_iterable(index.get(slug, ())[:candidates_per_tag] for slug in tags)
    )
    stride = len(posts_newest_first) + 1
    scores = map(sub, shared.keys(), map(stride.__mul__, shared.values()))
    # The post itself is among the candidates at most once.
    picked = [
        posts_newest_first[score % stride] for score in nsmallest(limit + 1, scores)
    ]
    return [other for other in picked if other is not post][:limit]


def all_related(posts_newest_first: Sequence[Any], limit: int) -> list[list[int]]:
    """Return each post's related posts, as ranks in ``posts_newest_first``."""
    index = related_index(posts_newest_first)
    rank_of = {id(post): rank for rank, post in enumerate(posts_newest_first)}
    return [
        [
            rank_of[id(other)]
            for other in related(post, posts_newest_first, limit, index)
        ]
        for post in posts_newest_first
    ]

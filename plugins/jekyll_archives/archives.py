"""Tag, category and date archives as jekyll-archives builds them, paginated.

Posts are grouped by the slug of each name (Jekyll's default ``slugify``),
so names that differ only in case or punctuation (``C++``, ``c++``) share
one archive, and each archive is split into pages: page 1 at the archive's
own URL, later pages under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jekyll_common.errors import UnsafePathError
from jekyll_common.paths import check_url_path, url_to_output_path
from jekyll_common.slugs import slugify


@dataclass(slots=True)
class Archive:
    """One archive: its kind, display name, slug, URL and posts (newest first)."""

    kind: str
    name: str
    slug: str
    url: str
    posts: list[Any] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArchivePage:
    """One page of an archive: which posts, and the neighbouring pages."""

    archive: Archive
    number: int
    count: int
    url: str
    save_as: str
    posts: Sequence[Any]
    previous_url: str | None
    next_url: str | None


def expand(template: str, placeholders: Mapping[str, str]) -> str:
    """Return an archive URL: ``:name``, ``:year``... filled in, ``/`` first."""

    def fill(match: re.Match[str]) -> str:
        return placeholders.get(match.group(1), match.group(0))

    return check_url_path(re.sub(r":([a-z_]+)", fill, template))


def group(
    posts: Iterable[Any],
    kind: str,
    names_of: Callable[[Any], Iterable[str]],
    template: str,
    refused: dict[str, tuple[str, list[Any]]] | None = None,
) -> dict[str, Archive]:
    """Return archives by slug; posts keep the order they are given in.

    A name whose archive URL cannot be a path (a tag longer than a file
    name may be) gets no archive; it goes in ``refused`` with the reason and
    its posts.
    """
    archives: dict[str, Archive] = {}
    for post in posts:
        for name in dict.fromkeys(names_of(post)):
            slug = slugify(name)
            if not slug:
                continue
            archive = archives.get(slug)
            if archive is None:
                try:
                    url = expand(template, {"name": slug, "type": kind})
                except UnsafePathError as error:
                    if refused is not None:
                        refused.setdefault(name, (str(error), []))[1].append(post)
                    continue
                archive = archives[slug] = Archive(kind, name, slug, url)
            if name not in archive.names:
                archive.names.append(name)
            # Two names of this post may share a slug: it is then last already.
            if not archive.posts or archive.posts[-1] is not post:
                archive.posts.append(post)
    return archives


def date_archives(posts: Iterable[Any], kind: str, template: str) -> dict[str, Archive]:
    """Return year, month or day archives of posts (by each post's date)."""
    formats = {"year": "%Y", "month": "%Y/%m", "day": "%Y/%m/%d"}
    archives: dict[str, Archive] = {}
    for post in posts:
        key = post.date.strftime(formats[kind])
        if key not in archives:
            parts = dict(zip(("year", "month", "day"), key.split("/"), strict=False))
            archives[key] = Archive(kind, key, key, expand(template, parts))
        archives[key].posts.append(post)
    return archives


def paginate(archive: Archive, per_page: int, page_template: str) -> list[ArchivePage]:
    """Return the pages of an archive (one page when ``per_page`` is 0)."""
    posts = archive.posts
    size = per_page if per_page > 0 else max(len(posts), 1)
    count = max(1, -(-len(posts) // size))
    urls = [archive.url] + [
        archive.url.rstrip("/")
        + "/"
        + page_template.replace(":num", str(n)).lstrip("/")
        for n in range(2, count + 1)
    ]
    return [
        ArchivePage(
            archive=archive,
            number=n + 1,
            count=count,
            url=urls[n],
            save_as=url_to_output_path(urls[n]),
            posts=posts[n * size : (n + 1) * size],
            previous_url=urls[n - 1] if n > 0 else None,
            next_url=urls[n + 1] if n + 1 < count else None,
        )
        for n in range(count)
    ]

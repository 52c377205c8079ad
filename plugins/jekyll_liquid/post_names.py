"""Posts by the name ``{% post_url %}`` gives them, indexed once a build.

A site whose every post links its neighbours calls the tag once per link:
looking each name up among all posts made the build quadratic.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from jekyll_reader.catalogue import Entry


class PostNames:
    """The URL of each post by its file's stem, in the catalogue's order."""

    def __init__(self, posts: Iterable[Entry]) -> None:
        self._by_stem: dict[str, list[tuple[str, str]]] = {}
        for entry in posts:
            path = PurePosixPath(entry.relpath)
            self._by_stem.setdefault(path.stem, []).append(
                (f"/{path.parent}/", entry.placed.fields.url)
            )

    def url(self, name: str) -> str | None:
        """Return the URL of the post ``name`` gives (``[folder/]date-slug``)."""
        folder, _, stem = name.strip("/").rpartition("/")
        for parent, url in self._by_stem.get(stem, ()):
            if not folder or f"/{folder}/" in parent:
                return url
        return None

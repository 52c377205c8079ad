"""jekyll-postfiles: a post's own files, copied beside its page.

A site that lists the plugin keeps each post in a folder of its own under
``_posts/`` with the images it shows (``_posts/shell/2020-01-25-shell.md``
and ``_posts/shell/kernel.png``); the plugin copies every other file of
that folder, its subfolders too, to the folder the post is written to
(``/shell/kernel.png`` beside ``/shell/``). Posts directly in ``_posts/``
have none. A file beside several posts is copied beside the first.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from jekyll_common.site import listed_plugins
from jekyll_reader.dates import FILENAME_DATE
from jekyll_reader.discovery import Discovery, walk_files

PLUGIN = "jekyll-postfiles"


@dataclass(slots=True)
class PostFiles:
    """Each copied file's post, and where the posts placed so far serve them."""

    post_of: dict[str, str]  # a file's path in the site: its post's
    files_of: dict[str, list[str]] = field(default_factory=dict)  # the reverse
    # The site path each file is served at, once its post is placed: its file.
    served: dict[str, str] = field(default_factory=dict)
    # Each post's page, by the post's path (once the posts are read).
    pages: dict[str, str] = field(default_factory=dict)

    def place(self, post: str, save_as: str) -> dict[str, str]:
        """Note where a post's files are served, beside ``save_as``; return them."""
        folder = posixpath.dirname(post)
        beside = posixpath.dirname(save_as)
        placed = {
            path: posixpath.join(beside, posixpath.relpath(path, folder))
            for path in self.files_of.get(post, ())
        }
        self.served.update((served, path) for path, served in placed.items())
        return placed


def post_files_of(
    source: Path, found: Discovery, config: Mapping[str, Any]
) -> PostFiles | None:
    """Return the files to copy beside their posts, when the site lists the plugin.

    They are added to discovery's static files, as the plugin adds them.
    """
    if PLUGIN not in listed_plugins(config):
        return None
    post_of: dict[str, str] = {}
    folders: set[PurePosixPath] = set()
    for post in sorted(found.posts + found.drafts):
        folder = PurePosixPath(post).parent
        if folder.name in ("_posts", "_drafts") or folders.intersection(
            (folder, *folder.parents)
        ):
            continue  # walked already, with a folder holding it
        folders.add(folder)  # its files go beside its first post
        # Discovery walked these folders already and noted their links.
        for relative in walk_files(source, source / folder, _visible, Discovery()):
            name = PurePosixPath(relative).name
            if not name.startswith(".") and not FILENAME_DATE.match(name):
                post_of.setdefault(relative, post)
    static = set(found.static)
    found.static += [path for path in post_of if path not in static]
    files_of: dict[str, list[str]] = {}
    for path, post in post_of.items():
        files_of.setdefault(post, []).append(path)
    return PostFiles(post_of, files_of)


def _visible(relative: str) -> bool:
    return not relative.rsplit("/", 1)[-1].startswith(".")

"""Documents as the reader left them, kept between builds.

A document whose file (its file-system stamp and git dates) and reading
environment (settings, theme and plugins' code, the site's static files)
are unchanged is not read again: its content, its metadata and the
warnings its reading logged come from the cache, and the warnings are
logged again, so a warm build reports what a cold one does. Documents whose
reading depends on more than that are always read: those with Liquid
(includes, data, other posts), those dated from git history or the file's
time, and those skipped or not published.

The readings are kept in one file and, when a build changed few of them,
the changes in a second, small one: a rebuild after one edit does not write
every document again. Each reading is checked against its file's state when
it is used, so the two files need not agree: a reading either matches the
file as it is now or is not used.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from jekyll_common.paths import names_markdown_file
from jekyll_engine import cache_files

# Metadata holding Pelican's tag, category and author objects (which carry
# the settings): cached as names, wrapped again when read.
_NAMED_LISTS = ("tags", "categories")
_NAMED = ("category", "author")
_FORMAT = 4
# The changes are kept apart while they are at most this share of the
# readings; beyond it, every reading is written again and the changes go.
_CHANGES_SHARE = 8


class ReadEntry(NamedTuple):
    """One document as read: what Pelican gets, and what reading reported.

    A named tuple: thousands are pickled a build, and a tuple pickles fast.
    """

    key: bytes
    kind: str
    content: str
    metadata: dict[str, Any]
    messages: tuple[tuple[str, int, str], ...]
    missing_files: tuple[tuple[str, str], ...]


def file_key(path: Path | str, commits: Any) -> bytes:
    """Return the key of a source file's state: its file-system stamp, git dates.

    Size, modification and change times and inode: any write changes the
    change time, which no tool sets back, so no file is read to know it is
    unchanged.
    """
    found = os.stat(path)  # noqa: PTH116 (a string path: every document)
    stamp = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
    return hashlib.blake2b(f"{stamp}\x00{commits!r}".encode(), digest_size=20).digest()


def may_depend_on_others(path: Path) -> bool:
    """Return whether a file's reading may depend on other documents.

    So it may when it holds Liquid, or links to a Markdown file (whose page's
    URL it shows, ``jekyll_relative_links``).
    """
    data = path.read_bytes()
    if b"{{" in data or b"{%" in data:
        return True
    return names_markdown_file(data.decode("utf-8", "replace"))


def static_digest(source: Path, static: Iterable[str]) -> str:
    """Digest the static files (their sizes and times): images are measured."""
    digest = hashlib.blake2b(digest_size=20)
    for relpath in sorted(static):
        try:
            found = (source / relpath).stat()
        except OSError:
            continue
        digest.update(f"{relpath}\x00{found.st_size}\x00{found.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def encode_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """Return metadata with Pelican's wrapper objects replaced by their names."""
    plain = dict(metadata)
    for key in _NAMED_LISTS:
        if key in plain:
            plain[key] = [item.name for item in plain[key]]
    for key in _NAMED:
        if key in plain:
            plain[key] = plain[key].name
    return plain


def decode_metadata(
    plain: dict[str, Any], wrap: Callable[[str, str], Any]
) -> dict[str, Any]:
    """Return cached metadata with names wrapped again by ``wrap(key, name)``."""
    metadata = dict(plain)
    for key in _NAMED_LISTS:
        if key in metadata:
            metadata[key] = [wrap(key, name) for name in metadata[key]]
    for key in _NAMED:
        if key in metadata:
            metadata[key] = wrap(key, metadata[key])
    if metadata.get("categories") and "category" in metadata:
        # As read: the main category is the first of the categories.
        metadata["category"] = metadata["categories"][0]
    return metadata


class ReadCache:
    """Read documents by source path, kept between builds in one file."""

    def __init__(self, path: Path | None, environment: str | None) -> None:
        self.path = path if environment is not None else None
        self.environment = environment
        self.entries: dict[str, ReadEntry] = {}
        self.current: dict[str, ReadEntry] = {}
        self.hits = 0
        self.changed = False
        self.changes_path = (
            self.path.with_name(f"{self.path.stem}-changes{self.path.suffix}")
            if self.path is not None
            else None
        )
        # The readings in the main file, as loaded: the changes are counted
        # from them.
        self._saved: dict[str, ReadEntry] = {}
        found = cache_files.load(self.path, (_FORMAT, environment))
        if isinstance(found, dict):
            self._saved = found
            self.entries = dict(found)
            changes = cache_files.load(self.changes_path, (_FORMAT, environment))
            for relpath, entry in (changes or {}).items():
                if entry is None:
                    self.entries.pop(relpath, None)
                else:
                    self.entries[relpath] = entry

    @property
    def enabled(self) -> bool:
        """Return whether readings are kept (the cache is on and usable)."""
        return self.path is not None

    def holds(self, relpath: str, key: bytes) -> bool:
        """Return whether a document in this state is cached."""
        return self.peek(relpath, key) is not None

    def get(self, relpath: str, key: bytes) -> ReadEntry | None:
        """Return the cached reading of a document still in this state."""
        entry = self.peek(relpath, key)
        if entry is None:
            return None
        self.current[relpath] = entry  # kept for the next build
        self.hits += 1
        return entry

    def peek(self, relpath: str, key: bytes) -> ReadEntry | None:
        """Return the cached reading of a document in this state; not a hit yet."""
        entry = self.entries.get(relpath)
        return entry if entry is not None and entry.key == key else None

    def put(self, relpath: str, entry: ReadEntry) -> None:
        """Keep a document's reading for the next build."""
        if self.path is not None:
            self.current[relpath] = entry
            self.changed = True

    def save(self) -> None:
        """Write this build's readings (documents gone since are dropped).

        Only the changes since the main file was written, while they are few.
        """
        if self.path is None or (not self.changed and self.current == self.entries):
            return
        stamp = (_FORMAT, self.environment)
        saved = self._saved
        changes: dict[str, ReadEntry | None] = {
            relpath: entry
            for relpath, entry in self.current.items()
            if saved.get(relpath) is not entry
        }
        changes.update(dict.fromkeys(saved.keys() - self.current.keys()))
        if saved and len(changes) <= len(self.current) // _CHANGES_SHARE:
            cache_files.save(self.changes_path, stamp, changes)
            return
        cache_files.save(self.path, stamp, self.current)
        self.changes_path.unlink(missing_ok=True)

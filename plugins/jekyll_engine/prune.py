"""Remove what an earlier build left in the output folder and this one did not write.

The output folder is updated in place (unchanged files keep their time), so
files of deleted posts, old redirects or renamed pages must go, as they
would with a build into an empty folder. The folder is listed while the
build runs (``OutputListing``), so a large site does not wait for it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

Walk = list[tuple[str, list[str], list[str]]]


class OutputListing:
    """The output folder's files, listed by a thread from the build's start.

    Only files already there can be stale: what the build writes meanwhile
    is kept whether the listing saw it or not.
    """

    def __init__(self, output: Path, keep_dirs: Iterable[str] = ()) -> None:
        root = os.path.normpath(Path(output).absolute())
        self._found: Walk = []
        self._thread = threading.Thread(
            target=lambda: self._found.extend(_walk(root, _prefixes(keep_dirs))),
            daemon=True,
        )
        self._thread.start()

    def result(self) -> Walk:
        """Return the listing (folders deepest first), once complete."""
        self._thread.join()
        return self._found


def _walk(root: str, protected: tuple[str, ...]) -> Walk:
    """List ``root`` deepest folder first, not entering the kept folders.

    Kept folders (the search index's thousands of files) are not pruned, so
    they are not listed either.
    """
    found: Walk = []
    for folder, folders, files in os.walk(root):
        relative = "" if folder == root else folder[len(root) + 1 :]
        prefix = relative + "/" if relative else ""
        found.append((folder, list(folders), files))
        folders[:] = [
            name for name in folders if not f"{prefix}{name}/".startswith(protected)
        ]
    # Deepest first: a folder comes after everything in it.
    found.reverse()
    return found


def _prefixes(keep_dirs: Iterable[str]) -> tuple[str, ...]:
    return tuple(f"{d.strip('/')}/" for d in keep_dirs)


def _relative(path: Path | str, output: str, resolved_output: Path) -> str | None:
    """Return ``path`` relative to the output folder, or None when outside it."""
    absolute = os.path.abspath(path)  # noqa: PTH100 (string work: every page)
    if absolute.startswith(output + os.sep):
        return absolute[len(output) + 1 :]
    # Reached through a link: compare real paths (slow, so only here).
    real = Path(absolute).resolve()
    if real.is_relative_to(resolved_output):
        return real.relative_to(resolved_output).as_posix()
    return None


def prune_output(
    output: Path,
    keep: Iterable[Path],
    keep_dirs: Iterable[str],
    listing: OutputListing | None = None,
) -> int:
    """Delete files under ``output`` not in ``keep`` (nor under ``keep_dirs``).

    Returns how many files were removed; empty folders go too.
    """
    root = os.path.normpath(Path(output).absolute())
    resolved_root = Path(root).resolve()
    kept = {_relative(p, root, resolved_root) for p in keep}
    walk = listing.result() if listing else _walk(root, _prefixes(keep_dirs))
    removed = 0
    emptied: set[str] = set()
    for folder, folders, files in walk:
        relative = "" if folder == root else folder[len(root) + 1 :] + "/"
        here = Path(folder)
        left = sum(f"{folder}{os.sep}{name}" not in emptied for name in folders)
        for name in files:
            if relative + name in kept:
                left += 1
            else:
                (here / name).unlink(missing_ok=True)
                removed += 1
        if folder != root and not left:
            try:
                here.rmdir()
            except OSError:
                continue  # the build wrote into it after it was listed
            emptied.add(folder)
    return removed


def build_folders(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the output folders the build fills itself: the theme, the search index."""
    return (settings.get("THEME_STATIC_DIR", "theme"), "pagefind")


def kept_folders(settings: Mapping[str, Any]) -> list[str]:
    """Return the output folders a build never prunes (theme, search index...)."""
    return [*build_folders(settings), *settings.get("OUTPUT_RETENTION", [])]

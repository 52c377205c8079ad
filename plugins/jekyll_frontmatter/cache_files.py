"""The files of the build cache: where each lives, and how it is read and written.

Each file holds ``(stamp, payload)``: the stamp says what the payload was
made under (a format, the settings, the reading environment), and a file
whose stamp differs, or that cannot be read, counts as empty. Files are
written aside and moved into place, so an interrupted build never leaves a
half-written cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from jekyll_common.settings import BY_NAME


def cache_folder(settings: Mapping[str, Any]) -> Path | None:
    """Return the cache folder (``CACHE_PATH``); None when the cache is off."""
    if not settings.get("JEKYLL_CACHE", BY_NAME["JEKYLL_CACHE"].default):
        return None
    return Path(settings.get("CACHE_PATH") or "cache")


def cache_file(settings: Mapping[str, Any], kind: str, *keys: str) -> Path | None:
    """Return the cache file of ``kind`` for ``keys``; None when the cache is off."""
    folder = cache_folder(settings)
    if folder is None:
        return None
    name = hashlib.sha256("\x00".join(keys).encode()).hexdigest()[:16]
    return folder / f"jekyll-{kind}-{name}.pickle"


def load(path: Path | None, stamp: Any) -> Any | None:
    """Return the payload stored under ``stamp``, or None."""
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)  # noqa: S301 (our own cache)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, TypeError):
        return None
    if isinstance(found, tuple) and len(found) == 2 and found[0] == stamp:
        return found[1]
    return None


def save(path: Path, stamp: Any, payload: Any) -> None:
    """Store ``payload`` under ``stamp``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump((stamp, payload), handle, pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


# How much the cache folder may hold (``JEKYLL_CACHE_MAX_MB``): every source
# and output folder pair has its own files, so it would otherwise only grow.
DEFAULT_MAX_MB = BY_NAME["JEKYLL_CACHE_MAX_MB"].default


def mark_used(paths: Iterable[Path | None]) -> None:
    """Give the cache files a build used the time of now (least recently used last)."""
    for path in paths:
        if path is not None and path.is_file():
            os.utime(path)


def evict(folder: Path, budget: int, since: float) -> int:
    """Delete least recently used cache files till ``folder`` holds ``budget`` bytes.

    A file used or written since ``since`` (the build's start) is never
    deleted. Returns how many files were deleted.
    """
    found = []
    for path in folder.glob("jekyll-*.pickle"):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((stat.st_mtime, stat.st_size, path))
    total = sum(size for _, size, _ in found)
    removed = 0
    for used, size, path in sorted(found):
        if total <= budget or used >= since:
            break
        path.unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed

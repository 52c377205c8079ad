"""The files of the build cache: where each lives, and how it is read and written.

Each file holds ``(stamp, payload)``: the stamp says what the payload was
made under (a format, the settings, the reading environment), and a file
whose stamp differs, or that cannot be read, counts as empty. Files are
written aside and moved into place, so an interrupted build never leaves a
half-written cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from jekyll_common.checkpoints import checkpoint
from jekyll_common.logs import display_path
from jekyll_common.settings import setting_value
from jekyll_engine.settings import ENGINE_ROWS

logger = logging.getLogger(__name__)


def _configured(settings: Mapping[str, Any]) -> Path | None:
    """Return ``CACHE_PATH`` as configured; None when the cache is switched off."""
    if not setting_value(settings, ENGINE_ROWS["JEKYLL_CACHE"]):
        return None
    return Path(settings.get("CACHE_PATH") or "cache")


def _not_a_folder(folder: Path | None) -> bool:
    return folder is not None and folder.exists() and not folder.is_dir()


def cache_folder(settings: Mapping[str, Any]) -> Path | None:
    """Return the cache folder (``CACHE_PATH``); None when the cache is off.

    It is off, too, where something other than a folder stands at that path
    (``blocked`` says so once a build).
    """
    folder = _configured(settings)
    return None if _not_a_folder(folder) else folder


def blocked(settings: Mapping[str, Any]) -> None:
    """Say when the cache is off because its path is not a folder."""
    folder = _configured(settings)
    if _not_a_folder(folder):
        logger.warning(
            "%s: the build cache cannot be kept here (it is not a folder); every "
            "build reads and renders anew. Remove it or set CACHE_PATH.",
            display_path(folder),
        )


def cache_file(settings: Mapping[str, Any], kind: str, *keys: str) -> Path | None:
    """Return the cache file of ``kind`` for ``keys``; None when the cache is off."""
    folder = cache_folder(settings)
    if folder is None:
        return None
    name = hashlib.sha256("\x00".join(keys).encode()).hexdigest()[:16]
    return folder / f"jekyll-{kind}-{name}.pickle"


def load(path: Path | None, stamp: Any) -> Any | None:
    """Return the payload stored under ``stamp``, or None.

    A cache is a hint: a file that cannot be read (truncated, corrupted,
    written by another version) is said once and counts as empty, so the
    build makes it again.
    """
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)  # noqa: S301 (our own cache)
    except Exception as error:  # noqa: BLE001 (any damage means: not cached)
        logger.warning(
            "%s: the build cache could not be read (%s); it is made again.",
            display_path(path),
            type(error).__name__,
        )
        return None
    if isinstance(found, tuple) and len(found) == 2 and found[0] == stamp:
        return found[1]
    return None


def save(path: Path, stamp: Any, payload: Any) -> None:
    """Store ``payload`` under ``stamp``; a cache that cannot be written is said."""
    temporary = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            pickle.dump((stamp, payload), handle, pickle.HIGHEST_PROTOCOL)
        checkpoint("save")  # written, not yet in place
        temporary.replace(path)
    except OSError as error:
        logger.warning(
            "%s: the build cache could not be written (%s); the next build "
            "reads every file again. Check CACHE_PATH.",
            display_path(path),
            error.strerror or error,
        )


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

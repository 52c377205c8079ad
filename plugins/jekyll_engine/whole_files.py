"""Files written whole or not at all: a page is never left half written.

Each file is written beside its final name and renamed over it once
complete, so a full disk, a killed build or a failed copy leaves either
the old file or the new one, never a truncated one; the next build then
writes what this one could not. A write that fails raises ``OSError``
naming the file (the build stops there and says so).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

# Beside the file while it is written; removed by the next build if a build
# was killed meanwhile (it is not a file the build writes).
_PART = ".part"


def _part(path: Path) -> Path:
    return path.with_name(f"{path.name}.{os.getpid()}{_PART}")


def _replace_whole(target: Path, make: Callable[[Path], object]) -> None:
    """Make ``target`` beside itself with ``make(part)``, then rename it over."""
    part = _part(target)
    try:
        make(part)
        part.replace(target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(target)) from None


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, replacing the file only once all is written."""
    _replace_whole(path, lambda part: part.write_bytes(data))


def copy_whole(source: Path, target: Path) -> None:
    """Copy ``source`` (content and times) to ``target``, whole or not at all."""
    _replace_whole(target, lambda part: shutil.copy2(source, part))


def copy_if_changed(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` whole, unless ``target`` is its copy already."""
    if not is_copy_of(target, source):
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_whole(source, target)


def is_copy_of(target: Path, source: Path) -> bool:
    """Return whether ``target`` is ``copy_whole``'s copy of ``source`` as it is now.

    rsync's quick check: the same size and modification time (a copy keeps
    its source's). An edited or replaced source differs in one of them.
    """
    try:
        made, now = target.stat(), source.stat()
    except OSError:
        return False
    return made.st_size == now.st_size and made.st_mtime_ns == now.st_mtime_ns

"""Remove what an earlier build left in the output folder and this one did not write.

The output folder is updated in place (unchanged files keep their time), so
files of deleted posts, old redirects or renamed pages must go, as they
would with a build into an empty folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def _relative(path: Path | str, output: str, resolved_output: Path) -> str | None:
    """Return ``path`` relative to the output folder, or None when outside it."""
    absolute = os.path.normpath(Path(path).absolute())
    if absolute.startswith(output + os.sep):
        return absolute[len(output) + 1 :]
    # Reached through a link: compare real paths (slow, so only here).
    real = Path(absolute).resolve()
    if real.is_relative_to(resolved_output):
        return real.relative_to(resolved_output).as_posix()
    return None


def prune_output(output: Path, keep: Iterable[Path], keep_dirs: Iterable[str]) -> int:
    """Delete files under ``output`` not in ``keep`` (nor under ``keep_dirs``).

    Returns how many files were removed; empty folders go too.
    """
    root = os.path.normpath(Path(output).absolute())
    resolved_root = Path(root).resolve()
    kept = {_relative(p, root, resolved_root) for p in keep}
    protected = tuple(f"{d.strip('/')}/" for d in keep_dirs)
    removed = 0
    emptied: set[str] = set()
    for folder, folders, files in os.walk(root, topdown=False):
        relative = "" if folder == root else folder[len(root) + 1 :] + "/"
        if relative.startswith(protected):
            continue
        here = Path(folder)
        left = sum(f"{folder}{os.sep}{name}" not in emptied for name in folders)
        for name in files:
            if relative + name in kept:
                left += 1
            else:
                (here / name).unlink()
                removed += 1
        if folder != root and not left:
            here.rmdir()
            emptied.add(folder)
    return removed

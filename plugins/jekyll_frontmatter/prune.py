"""Remove what an earlier build left in the output folder and this one did not write.

The output folder is updated in place (unchanged files keep their time), so
files of deleted posts, old redirects or renamed pages must go, as they
would with a build into an empty folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def prune_output(output: Path, keep: Iterable[Path], keep_dirs: Iterable[str]) -> int:
    """Delete files under ``output`` not in ``keep`` (nor under ``keep_dirs``).

    Returns how many files were removed; empty folders go too.
    """
    kept = {Path(p).resolve() for p in keep}
    protected = tuple(f"{d.strip('/')}/" for d in keep_dirs)
    removed = 0
    root = output.resolve()
    for folder, _, files in os.walk(root, topdown=False):
        here = Path(folder)
        relative = "" if here == root else here.relative_to(root).as_posix() + "/"
        if relative.startswith(protected):
            continue
        for name in files:
            path = here / name
            if path.resolve() not in kept:
                path.unlink()
                removed += 1
        if here != root and not any(here.iterdir()):
            here.rmdir()
    return removed

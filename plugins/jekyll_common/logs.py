"""How paths appear in messages: short and relative where possible."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path | str) -> str:
    """Return ``path`` relative to the working folder when inside it."""
    absolute = Path(path).absolute()
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return os.fspath(absolute)

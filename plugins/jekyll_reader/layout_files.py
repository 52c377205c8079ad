"""The site's own layout files, read once while they stay as they were.

Jekyll names a layout by its path in ``_layouts/`` without its extension
(``default``, ``tasks/compress``). Every document walks its layouts' chain,
twice (what they add, whether the frame redirects), so each layout is read
once while it and its folder stay as they were: ``invoke serve`` reads an
edited or added one again. A layout is never read from outside the site.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from jekyll_common.errors import ContentError
from jekyll_common.paths import UnsafePathError, safe_join
from jekyll_reader.source import decode, split_source


@dataclass(frozen=True, slots=True)
class SiteLayout:
    """One of the site's layouts: its name, text and front matter."""

    name: str
    text: str
    data: dict[str, Any]
    path: Path
    first_line: int


# Each layout as last read, by site and name: its file's signature, and it.
_READ: dict[tuple[Path, str], tuple[tuple[int, ...], SiteLayout | None]] = {}


def site_layout(source: Path, name: str) -> SiteLayout | None:
    """Return a layout of the site's ``_layouts/``, or None if it has none."""
    kept = _READ.get((source, name))
    if kept is not None and kept[0] == _signature(source, name, kept[1]):
        return kept[1]
    layout = _read_layout(source, name)
    _READ[(source, name)] = (_signature(source, name, layout), layout)
    return layout


def _signature(source: Path, name: str, layout: SiteLayout | None) -> tuple[int, ...]:
    """Return what a layout's file and folder are now (empty: no folder)."""
    paths = [(source / "_layouts" / f"{name}.html").parent]
    paths += [layout.path] if layout is not None else []
    try:
        stats = [path.stat() for path in paths]
    except OSError:
        return ()
    return tuple(n for st in stats for n in (st.st_ino, st.st_mtime_ns, st.st_size))


def _read_layout(source: Path, name: str) -> SiteLayout | None:
    try:
        path = _layout_file(source, name)
        text, _ = decode(path.read_bytes())
        document = split_source(text)
    except (UnsafePathError, OSError, ContentError):
        return None
    data = document.front_matter or {}
    return SiteLayout(name, document.body, data, path, document.body_line)


def has_layout(source: Path, name: str) -> bool:
    """Return whether the site's ``_layouts/`` has the layout ``name``."""
    try:
        return _layout_file(source, name).is_file()
    except (UnsafePathError, OSError):
        return False


def _layout_file(source: Path, name: str) -> Path:
    """Return the file of the layout ``name``: Jekyll names a layout by its stem.

    ``name.html`` first; else the one file of another kind (a feed's
    ``_layouts/feed.xml``).
    """
    path = safe_join(source, f"_layouts/{name}.html")
    if path.is_file() or not path.parent.is_dir():
        return path
    stem = PurePosixPath(name).name  # a layout in a folder: ``tasks/compress``
    others = sorted(found.name for found in path.parent.iterdir() if found.stem == stem)
    return path.with_name(others[0]) if others else path

"""A folder's README as its index, as GitHub Pages shows it (jekyll-readme-index).

A repository published as it is has a README where a site has its home
page: GitHub Pages, which loads jekyll-readme-index, shows ``README.md`` at
the folder's address when the folder has no index page. The same here, so
such a site has a home page and not the theme's empty one. Pure logic on
what discovery found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

from jekyll_reader.discovery import Discovery

_README = frozenset({"readme.md", "readme.markdown"})
_INDEX = frozenset({"index.md", "index.markdown", "index.html", "index.htm"})
# The name a permalink may end in and still be its folder's index.
_INDEX_NAME = re.compile(r"(?:index\.(?:html?|xhtml|xml))?", re.IGNORECASE)


def readme_indexes(
    found: Discovery, permalink_of: Callable[[str], object] = lambda _: None
) -> dict[str, str]:
    """Return each README that is its folder's index, with the folder's URL.

    Each becomes a page (a copy of it stays, at its own address). A folder
    has an index when a file is named so, or when a page's own permalink
    (``permalink_of`` a page's path, read only when a README is there) is
    the folder's address: al-folio's ``_pages/about.md`` at ``/``.
    """
    files = [PurePosixPath(path) for path in (*found.pages, *found.static)]
    # Folders with an index, and then those given a README: one each.
    taken = {str(file.parent) for file in files if file.name.lower() in _INDEX}
    candidates = [
        file
        for file in files
        if file.name.lower() in _README
        and str(file.parent) not in taken
        and not any(part.startswith("_") for part in file.parts)
    ]
    if candidates:
        taken |= _folders_indexed(found.pages, permalink_of)
    readmes: dict[str, str] = {}
    for file in candidates:
        folder = str(file.parent)
        if folder not in taken:
            readmes[str(file)] = folder
            taken.add(folder)
    for path in readmes:
        if path not in found.pages:
            found.pages.append(path)
            found.plain_pages.append(path)
    found.pages.sort()
    return {
        path: "/" if folder == "." else f"/{folder}/"
        for path, folder in readmes.items()
    }


def _folders_indexed(
    pages: Iterable[str], permalink_of: Callable[[str], object]
) -> set[str]:
    """Return the folders (as discovery names them) a page's permalink indexes."""
    folders = set()
    for page in pages:
        permalink = permalink_of(page)
        if not isinstance(permalink, str) or ":" in permalink:
            continue  # none, or a pattern: not a folder's address
        # jekyll-readme-index's rule: ``/a/`` and ``/a/index.html`` index /a/.
        folder, _, name = permalink.rpartition("/")
        if permalink.startswith("/") and _INDEX_NAME.fullmatch(name):
            folders.add(folder.strip("/") or ".")
    return folders

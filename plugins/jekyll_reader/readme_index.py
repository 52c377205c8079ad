"""A folder's README as its index, as GitHub Pages shows it (jekyll-readme-index).

A repository published as it is has a README where a site has its home
page: GitHub Pages, which loads jekyll-readme-index, shows ``README.md`` at
the folder's address when the folder has no index page. The same here, so
such a site has a home page and not the theme's empty one. Pure logic on
what discovery found.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from jekyll_reader.discovery import Discovery

_README = frozenset({"readme.md", "readme.markdown"})
_INDEX = frozenset({"index.md", "index.markdown", "index.html", "index.htm"})


def readme_indexes(found: Discovery) -> dict[str, str]:
    """Return each README that is its folder's index, with the folder's URL.

    Each becomes a page (a copy of it stays, at its own address).
    """
    files = [PurePosixPath(path) for path in (*found.pages, *found.static)]
    # Folders with an index, and then those given a README: one each.
    taken = {str(file.parent) for file in files if file.name.lower() in _INDEX}
    readmes: dict[str, str] = {}
    for file in files:
        folder = str(file.parent)
        if (
            file.name.lower() in _README
            and folder not in taken
            and not any(part.startswith("_") for part in file.parts)
        ):
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

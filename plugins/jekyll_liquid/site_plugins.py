"""The tags and filters a site's own Ruby plugins (``_plugins/*.rb``) define.

This build runs no Ruby: a tag or filter it does not know is named in a
warning, and when the site's own plugin defines it, that file is named too,
so the author knows why (a plugin of the site, not a typo). Pure reading of
the site's files: read only when such a tag or filter is met.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

_FOLDER: Final = "_plugins"
# Liquid::Template.register_tag("name", ...), and a filter module's methods.
_TAG: Final = re.compile(r"register_tag\(\s*['\"]([\w-]+)['\"]")
_METHOD: Final = re.compile(r"^[ \t]*def[ \t]+([a-z_]\w*)", re.MULTILINE)
# A plugin file's first megabyte is read: definitions sit at its top.
_READ_AT_MOST: Final = 1 << 20


def plugin_definitions(source: Path) -> dict[str, str]:
    """Return ``tag 'x'`` / ``filter 'y'`` -> the site's plugin file defining it."""
    folder = source / _FOLDER
    found: dict[str, str] = {}
    if not folder.is_dir():
        return found
    root = source.resolve()
    for path in sorted(folder.rglob("*.rb")):
        if not path.resolve().is_relative_to(root) or not path.is_file():
            continue  # nothing outside the site is read
        with path.open("rb") as file:
            text = file.read(_READ_AT_MOST).decode("utf-8", "replace")
        shown = path.relative_to(source).as_posix()
        for name in _TAG.findall(text):
            found.setdefault(f"tag '{name}'", shown)
        for name in _METHOD.findall(text):
            found.setdefault(f"filter '{name}'", shown)
    return found

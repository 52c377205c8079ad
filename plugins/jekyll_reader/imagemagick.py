"""jekyll-imagemagick's WebP copies of the site's images, where pages name them.

al-folio's figures offer ``<image>-480.webp 480w, <image>-800.webp 800w...``
in a ``<source>``. Listed and ``enabled``, the plugin makes those copies
from the images of its ``input_directories`` and ``input_formats``, one for
each of its ``widths``. Here a copy a page names is made with Pillow when
its original is such a file of the site (``ResizedCopy`` in WebP). A copy
of an animation is not made (it would keep one frame): the page shows the
animation itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jekyll_common.site import listed_plugins
from jekyll_reader.responsive import ResizedCopy

PLUGIN = "jekyll-imagemagick"
_COPY = re.compile(r"(?P<stem>.+)-(?P<width>\d{1,5})\.webp", re.IGNORECASE)
_STILL = (".jpg", ".jpeg", ".png", ".tiff", ".tif", ".webp")


@dataclass(frozen=True, slots=True)
class WebpCopies:
    """The copies the plugin makes on this site: widths, folders, formats."""

    widths: frozenset[int]
    folders: tuple[str, ...]
    suffixes: tuple[str, ...]

    def copy_named(
        self, path: str, exists: Callable[[str], bool]
    ) -> ResizedCopy | None:
        """Return the copy at ``path`` (from the site root, no ``/``), if it is made."""
        found = _COPY.fullmatch(path)
        if found is None or int(found["width"]) not in self.widths:
            return None
        stem = found["stem"]
        if not stem.startswith(self.folders):
            return None
        for suffix in self.suffixes:
            if exists(stem + suffix):
                return ResizedCopy(stem + suffix, int(found["width"]), path, "WEBP")
        return None


def webp_copies(config: Mapping[str, Any]) -> WebpCopies | None:
    """Return what jekyll-imagemagick makes on this site (None when it is off)."""
    options = config.get("imagemagick")
    if PLUGIN not in listed_plugins(config) or not isinstance(options, Mapping):
        return None
    if options.get("enabled") is not True:
        return None
    widths = frozenset(
        int(width) for width in _listed(options, "widths") if str(width).isdigit()
    )
    folders = tuple(
        str(folder).strip("/") + "/" for folder in _listed(options, "input_directories")
    )
    suffixes = tuple(
        str(suffix).lower()
        for suffix in _listed(options, "input_formats")
        if str(suffix).lower() in _STILL
    )
    if not (widths and folders and suffixes):
        return None
    return WebpCopies(widths, folders, suffixes)


def _listed(options: Mapping[str, Any], key: str) -> list[Any]:
    value = options.get(key)
    return list(value) if isinstance(value, list) else []

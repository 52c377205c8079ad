"""Settings of the front-matter plugin, with their defaults (see the README)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

DEFAULTS: Final[Mapping[str, Any]] = {
    # Front-matter `layout` -> theme template. A layout not listed here is
    # used as a template name when the theme has it, else falls back.
    "JEKYLL_LAYOUTS": {
        "post": "article",
        "posts": "article",
        "single": "page",
        "page": "page",
        "default": "page",
        "home": "page",
        "splash": "page",
        "archive": "page",
        "talk": "page",
    },
    # Folders whose files are pages placed as if they stood at the site root.
    "JEKYLL_PAGES_DIRS": ("_pages",),
    # Markdown files without front matter become pages (Jekyll copies them).
    "JEKYLL_PLAIN_MARKDOWN_PAGES": True,
    # Where a relative `image` front-matter value is looked for, in order.
    "JEKYLL_IMAGE_DIRS": ("", "assets/img", "assets/images", "images"),
}

# Theme templates that render lists or site parts, never one document.
LISTING_TEMPLATES: Final = frozenset(
    {"base", "index", "tags", "categories", "authors", "archives", "period_archives",
     "tag", "category", "author", "redirect", "404", "search", "raw", "home"}
)  # fmt: skip

DEFAULT_TEMPLATES: Final[Mapping[str, str]] = {
    "post": "article",
    "draft": "article",
    "page": "page",
    "document": "page",
}


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """The front-matter plugin's settings, resolved."""

    layouts: Mapping[str, str]
    pages_dirs: tuple[str, ...]
    plain_markdown_pages: bool
    image_dirs: tuple[str, ...]


def load(settings: Mapping[str, Any]) -> ReaderOptions:
    """Return the plugin's settings from Pelican's, defaults filled in."""

    def get(key: str) -> Any:
        return settings.get(key, DEFAULTS[key])

    return ReaderOptions(
        layouts={**DEFAULTS["JEKYLL_LAYOUTS"], **dict(get("JEKYLL_LAYOUTS"))},
        pages_dirs=tuple(str(d).strip("/") for d in get("JEKYLL_PAGES_DIRS")),
        plain_markdown_pages=bool(get("JEKYLL_PLAIN_MARKDOWN_PAGES")),
        image_dirs=tuple(str(d).strip("/") for d in get("JEKYLL_IMAGE_DIRS")),
    )

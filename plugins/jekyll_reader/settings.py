"""Settings of the reader, with their defaults (see docs/settings.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.settings import defaults

DEFAULTS: Final = defaults(
    (
        "JEKYLL_LAYOUTS",
        "JEKYLL_PAGES_DIRS",
        "JEKYLL_PLAIN_MARKDOWN_PAGES",
        "JEKYLL_IMAGE_DIRS",
    )
)

# Theme templates that render lists or site parts, never one document.
LISTING_TEMPLATES: Final = frozenset(
    {"base", "index", "tags", "categories", "authors", "archives", "period_archives",
     "tag", "category", "author", "redirect", "404", "search", "raw", "home",
     "collection", "publications"}
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

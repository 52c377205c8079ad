"""Settings of the archives plugin, with their defaults (see the README).

Explicit settings win; then the ``jekyll-archives`` section of
``_config.yml`` (``enabled``, ``permalinks``), which ``jekyll_config`` turns
into settings; then these defaults, which are jekyll-archives' own
permalinks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.settings import defaults
from jekyll_config.sections import ARCHIVE_KINDS

KINDS: Final = ARCHIVE_KINDS

DEFAULTS: Final = defaults(
    [
        "JEKYLL_ARCHIVES_ENABLED",
        *(f"JEKYLL_ARCHIVE_{kind.upper()}_URL" for kind in KINDS),
        "JEKYLL_ARCHIVE_PAGE_URL",
        "JEKYLL_ARCHIVE_PER_PAGE",
        "JEKYLL_TAGS_INDEX_URL",
        "JEKYLL_CATEGORIES_INDEX_URL",
        "JEKYLL_RELATED_POSTS",
    ]
)

_ENABLED_NAMES: Final = {
    "tags": "tag",
    "categories": "category",
    "authors": "author",
    "year": "year",
    "month": "month",
    "day": "day",
}


@dataclass(frozen=True, slots=True)
class ArchiveOptions:
    """The archives plugin's settings, resolved."""

    enabled: frozenset[str]
    urls: Mapping[str, str]
    page_url: str
    per_page: int
    tags_index: str
    categories_index: str
    related: int


def _enabled(value: Any) -> frozenset[str]:
    names = list(_ENABLED_NAMES) if value == "all" else value
    if isinstance(names, str):
        names = [names]
    return frozenset(_ENABLED_NAMES[n] for n in names or () if n in _ENABLED_NAMES)


def load(settings: Mapping[str, Any]) -> ArchiveOptions:
    """Return the plugin's settings (``_config.yml``'s section is among them)."""

    def get(key: str) -> Any:
        return settings.get(key, DEFAULTS[key])

    urls = {kind: str(get(f"JEKYLL_ARCHIVE_{kind.upper()}_URL")) for kind in KINDS}
    return ArchiveOptions(
        enabled=_enabled(get("JEKYLL_ARCHIVES_ENABLED")),
        urls=urls,
        page_url=str(get("JEKYLL_ARCHIVE_PAGE_URL")),
        per_page=int(get("JEKYLL_ARCHIVE_PER_PAGE")),
        tags_index=str(get("JEKYLL_TAGS_INDEX_URL")),
        categories_index=str(get("JEKYLL_CATEGORIES_INDEX_URL")),
        related=int(get("JEKYLL_RELATED_POSTS")),
    )

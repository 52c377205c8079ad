"""Settings of the archives plugin, with their defaults (see the README).

Explicit settings win; then the ``jekyll-archives`` section of
``_config.yml`` (``enabled``, ``permalinks``); then these defaults, which are
jekyll-archives' own permalinks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.settings import defaults, from_config

KINDS: Final = ("tag", "category", "author", "year", "month", "day")

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
    """Return the plugin's settings, from settings, _config.yml or defaults."""
    section = (settings.get("JEKYLL_SITE") or {}).get("jekyll-archives") or {}
    permalinks = section.get("permalinks") or {}

    def get(key: str, config_value: Any = None) -> Any:
        if key in settings:
            return settings[key]
        return config_value if config_value is not None else DEFAULTS[key]

    def config(key: str, value: Any, setting: str) -> Any:
        return from_config("jekyll-archives", key, value, setting)

    urls = {}
    for kind in KINDS:
        setting = f"JEKYLL_ARCHIVE_{kind.upper()}_URL"
        given = config(f"permalinks: {kind}", permalinks.get(kind), setting)
        urls[kind] = str(get(setting, given))
    enabled = config("enabled", section.get("enabled"), "JEKYLL_ARCHIVES_ENABLED")
    return ArchiveOptions(
        enabled=_enabled(get("JEKYLL_ARCHIVES_ENABLED", enabled)),
        urls=urls,
        page_url=str(get("JEKYLL_ARCHIVE_PAGE_URL")),
        per_page=int(get("JEKYLL_ARCHIVE_PER_PAGE")),
        tags_index=str(get("JEKYLL_TAGS_INDEX_URL")),
        categories_index=str(get("JEKYLL_CATEGORIES_INDEX_URL")),
        related=int(get("JEKYLL_RELATED_POSTS")),
    )

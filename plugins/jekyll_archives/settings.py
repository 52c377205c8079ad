"""Settings of the archives plugin, with their defaults (see docs/settings.md).

Explicit settings win; then the ``jekyll-archives`` section of
``_config.yml`` (``enabled``, ``permalinks``), which ``jekyll_config`` turns
into settings; then these defaults, which are jekyll-archives' own
permalinks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.setting_kinds import ARCHIVE_KINDS as ENABLED_KINDS
from jekyll_common.setting_kinds import COUNT, TEXT, Setting, group
from jekyll_common.settings import declare, load_options, setting_field, setting_value
from jekyll_config.sections import ARCHIVE_KINDS

KINDS: Final = ARCHIVE_KINDS

ARCHIVE_ROWS: Final = declare(
    *group(
        "archives",
        Setting(
            "JEKYLL_ARCHIVES_ENABLED",
            ENABLED_KINDS,
            ("tags", "categories", "authors"),
            "which archives (or `jekyll-archives: enabled`); "
            '`"all"` adds year, month, day',
        ),
        Setting("JEKYLL_ARCHIVE_TAG_URL", TEXT, "/tag/:name/", "tag archive URLs"),
        Setting(
            "JEKYLL_ARCHIVE_CATEGORY_URL", TEXT, "/category/:name/", "category archives"
        ),
        Setting("JEKYLL_ARCHIVE_AUTHOR_URL", TEXT, "/author/:name/", "author archives"),
        Setting("JEKYLL_ARCHIVE_YEAR_URL", TEXT, "/:year/", "year archives"),
        Setting("JEKYLL_ARCHIVE_MONTH_URL", TEXT, "/:year/:month/", "month archives"),
        Setting("JEKYLL_ARCHIVE_DAY_URL", TEXT, "/:year/:month/:day/", "day archives"),
        Setting(
            "JEKYLL_ARCHIVE_PAGE_URL",
            TEXT,
            "page/:num/",
            "appended to an archive's URL for page 2 on",
        ),
        Setting(
            "JEKYLL_ARCHIVE_PER_PAGE",
            COUNT,
            20,
            "posts per archive page (`0`: one page)",
        ),
        Setting("JEKYLL_TAGS_INDEX_URL", TEXT, "/tags/", "the page listing every tag"),
        Setting(
            "JEKYLL_CATEGORIES_INDEX_URL",
            TEXT,
            "/categories/",
            "the page listing every category",
        ),
        Setting("JEKYLL_RELATED_POSTS", COUNT, 3, "related posts per post"),
    )
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
    # Whether the site asked for archives (``jekyll-archives: enabled``, or
    # the setting): otherwise they are the theme's own pages.
    asked: bool
    page_url: str = setting_field("JEKYLL_ARCHIVE_PAGE_URL")
    per_page: int = setting_field("JEKYLL_ARCHIVE_PER_PAGE")
    tags_index: str = setting_field("JEKYLL_TAGS_INDEX_URL")
    categories_index: str = setting_field("JEKYLL_CATEGORIES_INDEX_URL")
    related: int = setting_field("JEKYLL_RELATED_POSTS")


def _enabled(value: Any) -> frozenset[str]:
    names = list(_ENABLED_NAMES) if value == "all" else value
    if isinstance(names, str):
        names = [names]
    return frozenset(_ENABLED_NAMES[n] for n in names or () if n in _ENABLED_NAMES)


def _asked(settings: Mapping[str, Any], enabled: Any) -> bool:
    """Whether the site asked for archives, not the theme's default ones.

    Asked: ``jekyll-archives: enabled`` in ``_config.yml``, or a setting
    other than the default.
    """
    site = settings.get("JEKYLL_SITE")
    section = site.get("jekyll-archives") if isinstance(site, Mapping) else None
    in_config = isinstance(section, Mapping) and "enabled" in section
    return in_config or enabled != ARCHIVE_ROWS["JEKYLL_ARCHIVES_ENABLED"].default


def load(settings: Mapping[str, Any]) -> ArchiveOptions:
    """Return the plugin's settings (``_config.yml``'s section is among them)."""

    def get(name: str) -> Any:
        return setting_value(settings, ARCHIVE_ROWS[name])

    return load_options(
        ArchiveOptions,
        settings,
        enabled=_enabled(get("JEKYLL_ARCHIVES_ENABLED")),
        asked=_asked(settings, get("JEKYLL_ARCHIVES_ENABLED")),
        urls={kind: get(f"JEKYLL_ARCHIVE_{kind.upper()}_URL") for kind in KINDS},
    )

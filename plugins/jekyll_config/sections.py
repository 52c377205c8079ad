"""The plugins' sections of ``_config.yml``: ``feed:`` and ``jekyll-archives:``.

Read here with the rest of the file, as jekyll-feed and jekyll-archives
read them, and turned into the settings the feed and archives plugins take
(``docs/settings.md``). A setting given in ``pelicanconf.py`` wins; a value
of the wrong type stops the build, naming the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from jekyll_common.errors import ConfigError
from jekyll_common.settings import from_config

ARCHIVE_KINDS: Final = ("tag", "category", "author", "year", "month", "day")

# (section, key or "permalinks: kind") -> the setting it gives.
SECTION_KEYS: Final[Mapping[tuple[str, str], str]] = {
    ("feed", "path"): "JEKYLL_FEED_PATH",
    ("feed", "posts_limit"): "JEKYLL_FEED_LIMIT",
    ("jekyll-archives", "enabled"): "JEKYLL_ARCHIVES_ENABLED",
    **{
        ("jekyll-archives", f"permalinks: {kind}"): f"JEKYLL_ARCHIVE_{kind.upper()}_URL"
        for kind in ARCHIVE_KINDS
    },
}


def section_settings(
    data: Mapping[str, Any], explicit: Mapping[str, Any]
) -> dict[str, Any]:
    """Return the settings the plugins' sections give, but those set explicitly."""
    result = {}
    for (section, key), setting in SECTION_KEYS.items():
        value = _value(data, section, key)
        checked = from_config(section, key, value, setting)
        if checked is not None and setting not in explicit:
            result[setting] = checked
    return result


def _value(data: Mapping[str, Any], section: str, key: str) -> Any:
    """Return ``section: key`` (a key may go deeper: ``permalinks: tag``)."""
    parts = key.split(": ")
    found: Any = data.get(section)
    for depth, part in enumerate(parts):
        found = _mapping(found, ": ".join([section, *parts[:depth]])).get(part)
    return found


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigError(
            f"_config.yml: {where} is {value!r}; it takes keys and values (a "
            "mapping). Nothing was built: fix the file and build again."
        )
    return value

"""Settings of the feed plugin, with their defaults (see the README).

Explicit settings win; then the ``feed`` section of ``_config.yml``
(``path``, ``posts_limit``) as jekyll-feed reads it; then these defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.settings import defaults, from_config

DEFAULTS: Final = defaults(
    (
        "JEKYLL_FEED_PATH",
        "JEKYLL_FEED_LIMIT",
        "JEKYLL_FEED_TAG_PATH",
        "JEKYLL_FEED_CATEGORY_PATH",
    )
)


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """The feed plugin's settings, resolved."""

    path: str
    limit: int
    tag_path: str
    category_path: str


def load(settings: Mapping[str, Any]) -> FeedOptions:
    """Return the plugin's settings, from settings, _config.yml or defaults."""
    section = (settings.get("JEKYLL_SITE") or {}).get("feed") or {}

    def config(key: str, setting: str) -> Any:
        return from_config("feed", key, section.get(key), setting)

    def get(key: str, config_value: Any = None) -> Any:
        if key in settings:
            return settings[key]
        return config_value if config_value is not None else DEFAULTS[key]

    return FeedOptions(
        path=str(get("JEKYLL_FEED_PATH", config("path", "JEKYLL_FEED_PATH"))),
        limit=int(get("JEKYLL_FEED_LIMIT", config("posts_limit", "JEKYLL_FEED_LIMIT"))),
        tag_path=str(get("JEKYLL_FEED_TAG_PATH") or ""),
        category_path=str(get("JEKYLL_FEED_CATEGORY_PATH") or ""),
    )

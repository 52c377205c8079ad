"""Settings of the feed plugin, with their defaults (see the README).

Explicit settings win; then the ``feed`` section of ``_config.yml``
(``path``, ``posts_limit``) as jekyll-feed reads it; then these defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

DEFAULTS: Final[Mapping[str, Any]] = {
    "JEKYLL_FEED_PATH": "/feed.xml",
    "JEKYLL_FEED_LIMIT": 10,
    # Per-tag and per-category feeds, at jekyll-feed's paths; "" turns one off.
    "JEKYLL_FEED_TAG_PATH": "/feed/by_tag/:name.xml",
    "JEKYLL_FEED_CATEGORY_PATH": "/feed/:name.xml",
}


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

    def get(key: str, config_value: Any = None) -> Any:
        if key in settings:
            return settings[key]
        return config_value if config_value is not None else DEFAULTS[key]

    return FeedOptions(
        path=str(get("JEKYLL_FEED_PATH", section.get("path"))),
        limit=int(get("JEKYLL_FEED_LIMIT", section.get("posts_limit"))),
        tag_path=str(get("JEKYLL_FEED_TAG_PATH") or ""),
        category_path=str(get("JEKYLL_FEED_CATEGORY_PATH") or ""),
    )

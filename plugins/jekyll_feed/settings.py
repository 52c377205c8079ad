"""Settings of the feed plugin, with their defaults (see docs/settings.md).

Explicit settings win; then the ``feed`` section of ``_config.yml``
(``path``, ``posts_limit``), which ``jekyll_config`` turns into settings;
then these defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.setting_kinds import COUNT, TEXT, Setting, group
from jekyll_common.settings import declare, load_options, setting_field

FEED_ROWS: Final = declare(
    *group(
        "feeds",
        Setting(
            "JEKYLL_FEED_PATH", TEXT, "/feed.xml", "the site feed (or `feed: path`)"
        ),
        Setting(
            "JEKYLL_FEED_LIMIT", COUNT, 10, "entries per feed (or `feed: posts_limit`)"
        ),
        Setting(
            "JEKYLL_FEED_TAG_PATH",
            TEXT,
            "/feed/by_tag/:name.xml",
            'per-tag feeds (`""`: off)',
        ),
        Setting(
            "JEKYLL_FEED_CATEGORY_PATH",
            TEXT,
            "/feed/:name.xml",
            'per-category feeds (`""`: off)',
        ),
    )
)


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """The feed plugin's settings, resolved."""

    path: str = setting_field("JEKYLL_FEED_PATH")
    limit: int = setting_field("JEKYLL_FEED_LIMIT")
    tag_path: str = setting_field("JEKYLL_FEED_TAG_PATH")
    category_path: str = setting_field("JEKYLL_FEED_CATEGORY_PATH")


def load(settings: Mapping[str, Any]) -> FeedOptions:
    """Return the plugin's settings (``_config.yml``'s ``feed:`` is among them)."""
    return load_options(FeedOptions, settings)

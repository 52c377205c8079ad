"""Settings of the feed plugin, with their defaults (see the README).

Explicit settings win; then the ``feed`` section of ``_config.yml``
(``path``, ``posts_limit``), which ``jekyll_config`` turns into settings;
then these defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.settings import defaults

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
    """Return the plugin's settings (``_config.yml``'s ``feed:`` is among them)."""

    def get(key: str) -> Any:
        return settings.get(key, DEFAULTS[key])

    return FeedOptions(
        path=str(get("JEKYLL_FEED_PATH")),
        limit=int(get("JEKYLL_FEED_LIMIT")),
        tag_path=str(get("JEKYLL_FEED_TAG_PATH") or ""),
        category_path=str(get("JEKYLL_FEED_CATEGORY_PATH") or ""),
    )

"""Site-wide settings every Jekyll plugin reads, with Jekyll's defaults.

The ``jekyll_config`` plugin fills these from the site's ``_config.yml``;
values set in ``pelicanconf.py`` win over it. Each key is documented in the
README's settings table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jekyll_common.errors import JekyllError

DEFAULTS: Final[Mapping[str, Any]] = {
    # Jekyll's default permalink style is "date".
    "JEKYLL_PERMALINK": "date",
    "JEKYLL_FUTURE": False,
    "JEKYLL_DRAFTS": False,
    "JEKYLL_UNPUBLISHED": False,
    "JEKYLL_EXCERPT_SEPARATOR": "\n\n",
    "JEKYLL_ENV": "development",
    "JEKYLL_URL": "",
    "JEKYLL_BASEURL": "",
    "JEKYLL_EXCLUDE": (),
    "JEKYLL_INCLUDE": (),
    "JEKYLL_SITE": {},
}

DEFAULT_TIMEZONE: Final = "UTC"


@dataclass(frozen=True, slots=True)
class SiteSettings:
    """The resolved site-wide settings (see DEFAULTS for each key)."""

    permalink: str
    future: bool
    drafts: bool
    unpublished: bool
    excerpt_separator: str
    production: bool
    timezone: ZoneInfo
    url: str
    baseurl: str
    exclude: tuple[str, ...]
    include: tuple[str, ...]


def site_settings(settings: Mapping[str, Any]) -> SiteSettings:
    """Return the site settings from Pelican's settings, defaults filled in.

    Raises JekyllError for a timezone name the system does not know.
    """

    def get(key: str) -> Any:
        return settings.get(key, DEFAULTS[key])

    tz_name = settings.get("TIMEZONE") or DEFAULT_TIMEZONE
    try:
        timezone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise JekyllError(
            f"unknown timezone {tz_name!r}: use an IANA name such as "
            "'Europe/Paris' or 'UTC'"
        ) from None
    return SiteSettings(
        permalink=str(get("JEKYLL_PERMALINK")),
        future=bool(get("JEKYLL_FUTURE")),
        drafts=bool(get("JEKYLL_DRAFTS")),
        unpublished=bool(get("JEKYLL_UNPUBLISHED")),
        excerpt_separator=str(get("JEKYLL_EXCERPT_SEPARATOR")),
        production=get("JEKYLL_ENV") == "production",
        timezone=timezone,
        url=str(get("JEKYLL_URL") or "").rstrip("/"),
        baseurl=normalise_baseurl(get("JEKYLL_BASEURL")),
        exclude=tuple(str(e) for e in get("JEKYLL_EXCLUDE") or ()),
        include=tuple(str(i) for i in get("JEKYLL_INCLUDE") or ()),
    )


def normalise_baseurl(value: object) -> str:
    """Return a base path as ``/sub`` (or ``""`` for the site root)."""
    text = str(value or "").strip().strip("/")
    return f"/{text}" if text else ""

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
from jekyll_common.settings import load_options, setting_field, setting_value
from jekyll_common.settings_site import SITE_ROWS

DEFAULT_TIMEZONE: Final = "UTC"


@dataclass(frozen=True, slots=True)
class Collection:
    """A Jekyll collection: its label, whether it is written, its permalink."""

    label: str
    output: bool = False
    permalink: str | None = None
    sort_by: str | None = None

    def folder(self, collections_dir: str) -> str:
        """Return the collection's folder relative to the site source."""
        name = f"_{self.label}"
        return f"{collections_dir}/{name}" if collections_dir else name


@dataclass(frozen=True, slots=True)
class SiteSettings:
    """The resolved site-wide settings (see ``SITE_ROWS`` for each key)."""

    permalink: str = setting_field("JEKYLL_PERMALINK")
    future: bool = setting_field("JEKYLL_FUTURE")
    drafts: bool = setting_field("JEKYLL_DRAFTS")
    unpublished: bool = setting_field("JEKYLL_UNPUBLISHED")
    excerpt_separator: str = setting_field("JEKYLL_EXCERPT_SEPARATOR")
    production: bool
    timezone: ZoneInfo
    url: str
    baseurl: str
    exclude: tuple[str, ...]
    include: tuple[str, ...]
    collections: tuple[Collection, ...] = ()
    collections_dir: str = ""
    defaults: tuple[Mapping[str, Any], ...] = ()
    # ``collections: posts: permalink:``, which wins over ``permalink``.
    posts_permalink: str | None = None


def known_timezone(name: str) -> bool:
    """Return whether ``name`` is a timezone this system knows (``Europe/Paris``)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def site_settings(settings: Mapping[str, Any]) -> SiteSettings:
    """Return the site settings from Pelican's settings, defaults filled in.

    Raises JekyllError for a timezone name the system does not know.
    """

    def get(key: str) -> Any:
        return setting_value(settings, SITE_ROWS[key])

    tz_name = settings.get("TIMEZONE") or DEFAULT_TIMEZONE
    if not known_timezone(tz_name):
        raise JekyllError(
            f"unknown timezone {tz_name!r}: use an IANA name such as "
            "'Europe/Paris' or 'UTC'"
        )
    timezone = ZoneInfo(tz_name)
    return load_options(
        SiteSettings,
        settings,
        production=get("JEKYLL_ENV") == "production",
        timezone=timezone,
        url=str(get("JEKYLL_URL") or "").strip().rstrip("/"),
        baseurl=normalise_baseurl(get("JEKYLL_BASEURL")),
        exclude=tuple(str(e) for e in get("JEKYLL_EXCLUDE") or ()),
        include=tuple(str(i) for i in get("JEKYLL_INCLUDE") or ()),
        collections=collections_of(get("JEKYLL_COLLECTIONS")),
        collections_dir=str(get("JEKYLL_COLLECTIONS_DIR") or "").strip("/"),
        defaults=tuple(
            d for d in get("JEKYLL_DEFAULTS") or () if isinstance(d, Mapping)
        ),
        posts_permalink=_posts_permalink(get("JEKYLL_COLLECTIONS")),
    )


def _posts_permalink(value: Any) -> str | None:
    posts = value.get("posts") if isinstance(value, Mapping) else None
    permalink = posts.get("permalink") if isinstance(posts, Mapping) else None
    return str(permalink).strip() if permalink and str(permalink).strip() else None


def collections_of(value: Any) -> tuple[Collection, ...]:
    """Return the collections a ``collections`` value declares (posts left out).

    Jekyll accepts a mapping of labels to metadata, or a list of labels.
    """
    if isinstance(value, list | tuple):
        value = {str(label): {} for label in value}
    if not isinstance(value, Mapping):
        return ()
    found = []
    for label, metadata in value.items():
        if str(label) == "posts":
            continue
        meta = metadata if isinstance(metadata, Mapping) else {}
        permalink = meta.get("permalink")
        found.append(
            Collection(
                label=str(label),
                output=meta.get("output") is True,
                permalink=str(permalink) if permalink else None,
                sort_by=str(meta["sort_by"]) if meta.get("sort_by") else None,
            )
        )
    return tuple(found)


def normalise_baseurl(value: object) -> str:
    """Return a base path as ``/sub`` (or ``""`` for the site root)."""
    text = str(value or "").strip().strip("/")
    return f"/{text}" if text else ""


def site_address(settings: Mapping[str, Any]) -> str:
    """Return the published site's address: ``url`` + ``baseurl`` (no end slash).

    The one place it is made: production links, feeds, sitemaps and
    canonical links all use it.
    """
    url = str(settings.get("JEKYLL_URL") or "").strip().rstrip("/")
    return url + normalise_baseurl(settings.get("JEKYLL_BASEURL"))


def listed_plugins(config: Mapping[str, Any]) -> list[str]:
    """Return the Jekyll plugins ``_config.yml`` loads (``plugins:`` and ``gems:``).

    Jekyll runs a plugin such as jekyll-mentions or jemoji only when listed.
    """
    return [
        str(name)
        for key in ("plugins", "gems")
        if isinstance(config.get(key), list)
        for name in config[key]
    ]

"""Read a Jekyll site's ``_config.yml`` and turn it into Pelican settings.

Mirrors how Jekyll's ``Configuration`` feeds a build: the keys that shape
URLs and content become settings, everything else stays available to the
theme as ``site.<key>``. A value already set in ``pelicanconf.py`` wins.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from jekyll_common.errors import ConfigError, ContentError
from jekyll_common.settings import from_config, setting_value
from jekyll_common.settings_site import SITE_ROWS
from jekyll_common.site import normalise_baseurl, site_address
from jekyll_common.yamlsafe import load_yaml

# Jekyll's configuration file, the first of these the site has.
CONFIG_FILES: Final = ("_config.yml", "_config.yaml", "_config.toml")

PELICAN_DEFAULT_SITENAME: Final = "A Pelican Blog"
_TITLE_KEYS: Final = ("title", "name", "site_title", "course_name")


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value if item is not None)
    return (str(value),)


def _paginate_path(path: str) -> str:
    if ":num" not in path:
        raise ConfigError(
            f"_config.yml: paginate_path {path!r} must include ':num' (such as "
            "/page:num/). Nothing was built: fix the file and build again."
        )
    return path


def _checked(key: str, value: Any) -> Any:
    """Return a top-level value its setting takes; raises ConfigError naming it."""
    return from_config("", key, value, MAPPED_KEYS[key][0])


def _number(value: Any) -> Any:
    """Return a quoted whole number as a number, as jekyll-paginate's ``to_i``."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def _as_bool(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


# _config.yml key -> (setting, converter). Each is documented in the README.
MAPPED_KEYS: Final[Mapping[str, tuple[str, Callable[[Any], Any]]]] = {
    "permalink": ("JEKYLL_PERMALINK", str),
    "future": ("JEKYLL_FUTURE", _as_bool),
    "show_drafts": ("JEKYLL_DRAFTS", _as_bool),
    "unpublished": ("JEKYLL_UNPUBLISHED", _as_bool),
    "excerpt_separator": ("JEKYLL_EXCERPT_SEPARATOR", str),
    "url": ("JEKYLL_URL", lambda v: str(v or "").rstrip("/")),
    "baseurl": ("JEKYLL_BASEURL", normalise_baseurl),
    "exclude": ("JEKYLL_EXCLUDE", _as_list),
    "include": ("JEKYLL_INCLUDE", _as_list),
    "timezone": ("TIMEZONE", str),
    "collections": ("JEKYLL_COLLECTIONS", lambda v: v),
    "collections_dir": ("JEKYLL_COLLECTIONS_DIR", str),
    "paginate": ("JEKYLL_PAGINATE", lambda v: _checked("paginate", _number(v))),
    "paginate_path": ("JEKYLL_PAGINATE_PATH", lambda v: _paginate_path(str(v))),
    "defaults": ("JEKYLL_DEFAULTS", lambda v: tuple(v) if isinstance(v, list) else ()),
}

# Keys read by the build itself beyond MAPPED_KEYS.
READ_KEYS: Final = frozenset({"title", "author", "lang"})


def config_file(source: Path) -> Path:
    """Return the site's configuration file, as Jekyll finds it.

    ``_config.yml``, else ``_config.yaml``, else ``_config.toml``; the first
    when there is none.
    """
    found = (source / name for name in CONFIG_FILES)
    return next((path for path in found if path.is_file()), source / CONFIG_FILES[0])


def read_config_file(source: Path) -> tuple[dict[str, Any], list[tuple[str, int]]]:
    """Return the data of the site's configuration file ({} if there is none).

    Raises ContentError (with the line) when the file is not a YAML mapping
    (or, ``_config.toml``, not TOML).
    """
    path = config_file(source)
    if not path.is_file():
        return {}, []
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".toml":
        try:
            return tomllib.loads(text), []
        except tomllib.TOMLDecodeError as error:
            found = re.search(r"line (\d+)", str(error))
            line = int(found[1]) if found else 1
            raise ContentError(f"TOML error: {error}", line=line) from None
    document = load_yaml(text)
    if document.data is None:
        return {}, document.duplicate_keys
    if not isinstance(document.data, dict):
        raise ContentError("must be a YAML mapping of keys to values", line=1)
    return document.data, document.duplicate_keys


def settings_from_config(
    data: Mapping[str, Any], explicit: Mapping[str, Any], folder: str = ""
) -> dict[str, Any]:
    """Return the Pelican settings that ``_config.yml`` data gives.

    ``explicit`` holds the settings the user set in ``pelicanconf.py``; those
    are left out of the result, so they win. ``folder``: the site folder's
    name, a title of last resort.
    """
    result: dict[str, Any] = {"JEKYLL_SITE": dict(data)}
    for key, (setting, convert) in MAPPED_KEYS.items():
        if key in data and data[key] is not None and setting not in explicit:
            result[setting] = convert(data[key])
    # A site without ``title`` is named as its theme names it: jekyll-now's
    # ``name``, the documentation theme's ``site_title``, a course template's
    # ``course_name``; else by its address's host; else, as GitHub Pages
    # names a site by its repository, by its folder: never "A Pelican Blog".
    title = (
        next(
            (data[k] for k in _TITLE_KEYS if isinstance(data.get(k), str | int)),
            None,
        )
        or urlsplit(str(data.get("url") or "")).hostname
        or folder
    )
    if title == "blank":  # al-folio's word for "the author's name"
        names = (data.get(k) for k in ("first_name", "middle_name", "last_name"))
        title = " ".join(str(n) for n in names if isinstance(n, str | int) and n)
    if title and explicit.get("SITENAME", PELICAN_DEFAULT_SITENAME) == (
        PELICAN_DEFAULT_SITENAME
    ):
        result["SITENAME"] = str(title)
    author = data.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if author and "AUTHOR" not in explicit:
        result["AUTHOR"] = str(author)
    if data.get("lang") and explicit.get("DEFAULT_LANG", "en") == "en":
        result["DEFAULT_LANG"] = str(data["lang"]).lower()
    return result


def site_url(settings: Mapping[str, Any]) -> str:
    """Return SITEURL: ``url`` + ``baseurl`` in production, ``baseurl`` locally.

    This is how ``jekyll build`` and ``jekyll serve`` differ: a local build
    links within the folder it is served from.
    """
    if setting_value(settings, SITE_ROWS["JEKYLL_ENV"]) == "production":
        return site_address(settings)
    return normalise_baseurl(settings.get("JEKYLL_BASEURL"))


def unused_keys(data: Mapping[str, Any]) -> list[str]:
    """Return the ``_config.yml`` keys the build itself does not read."""
    return sorted(k for k in data if k not in MAPPED_KEYS and k not in READ_KEYS)

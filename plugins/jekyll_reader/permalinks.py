"""Jekyll permalinks: styles, placeholders and the URL they produce.

Mirrors Jekyll 4.3's ``URL`` and ``Drops::UrlDrop``: built-in styles
(``date``, ``pretty``, ``ordinal``, ``weekdate``, ``none``), ``:placeholder``
expansion with each value percent-escaped, ``/`` squeezed, and the page
template rule that adds ``/`` or ``:output_ext`` after a page's path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Final

from jekyll_common.errors import ContentError
from jekyll_common.paths import escape_url_path
from jekyll_common.slugs import slugify

STYLES: Final[Mapping[str, str]] = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_PLACEHOLDER = re.compile(r":([a-z_]+)")


def style_template(style: str) -> str:
    """Return the URL template for a style name, or ``style`` itself."""
    return STYLES.get(style, style)


def add_permalink_suffix(template: str, style: str) -> str:
    """Return ``template`` ended as the site's style ends URLs (Jekyll's rule)."""
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none", "weekdate"):
        return template + ":output_ext"
    if style.endswith("/"):
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template


def page_template(style: str, *, is_index: bool, is_html: bool) -> str:
    """Return the URL template of a page without ``permalink`` (Page#template)."""
    if not is_html:
        return "/:path/:basename:output_ext"
    if is_index:
        return "/:path/"
    return add_permalink_suffix("/:path/:basename", style)


def collection_template(collection_permalink: str | None, style: str) -> str:
    """Return the URL template of a collection document (Collection#url_template)."""
    if collection_permalink:
        return style_template(collection_permalink)
    return add_permalink_suffix("/:collection/:path", style)


def date_placeholders(date: dt.datetime) -> dict[str, str]:
    """Return the date placeholders of UrlDrop, in English whatever the locale."""
    iso_year, iso_week, iso_day = date.isocalendar()
    return {
        "year": f"{date.year:04d}",
        "month": f"{date.month:02d}",
        "day": f"{date.day:02d}",
        "hour": f"{date.hour:02d}",
        "minute": f"{date.minute:02d}",
        "second": f"{date.second:02d}",
        "i_day": str(date.day),
        "i_month": str(date.month),
        "short_year": f"{date.year % 100:02d}",
        "y_day": f"{date.timetuple().tm_yday:03d}",
        "long_month": _MONTHS[date.month - 1],
        "short_month": _MONTHS[date.month - 1][:3],
        "week": f"{iso_week:02d}",
        "w_year": str(iso_year),
        "w_day": str(iso_day),
        "long_day": _DAYS[date.weekday()],
        "short_day": _DAYS[date.weekday()][:3],
    }


def categories_placeholder(categories: Sequence[str]) -> str:
    """Return ``:categories``: lower-cased, de-duplicated, joined by ``/``."""
    seen: dict[str, None] = {}
    for category in categories:
        seen.setdefault(str(category).lower(), None)
    return "/".join(seen)


def document_placeholders(
    *,
    basename: str,
    slug: str | None,
    date: dt.datetime | None,
    categories: Sequence[str] = (),
    output_ext: str = ".html",
    collection: str = "posts",
    path: str = "",
) -> dict[str, str]:
    """Return every placeholder a post or collection document can use."""
    values = {
        "title": slugify(slug or basename, "pretty", cased=True),
        "slug": slugify(slug or basename),
        "name": slugify(basename),
        "categories": categories_placeholder(categories),
        "output_ext": output_ext,
        "collection": collection,
        "path": path,
    }
    if date is not None:
        values.update(date_placeholders(date))
    return values


def expand(template: str, placeholders: Mapping[str, str]) -> str:
    """Return the URL ``template`` gives: placeholders filled, ``/`` squeezed.

    Each value is percent-escaped as Jekyll's ``URL.escape_path`` does.
    Raises ContentError for a placeholder this document does not have.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        candidates = (name, name[:-1]) if name.endswith("_") else (name,)
        for candidate in candidates:
            if candidate in placeholders:
                value = escape_url_path(placeholders[candidate])
                return value + match.group(0)[1 + len(candidate) :]
        raise ContentError(
            f"permalink {template!r} uses ':{name}', which this document does "
            f"not have; use one of: {', '.join(sorted(placeholders))}"
        )

    url = _PLACEHOLDER.sub(fill, template)
    url = re.sub(r"/{2,}", "/", "/" + url)
    return url.replace("/./", "/")


def collection_static_path(
    collection_permalink: str | None, label: str, within: PurePosixPath
) -> str:
    """Return the output path of a collection's other file (StaticFile#url).

    The collection's URL template with that file's placeholders, its own
    extension after; ``within`` is its path in the collection's folder.
    """
    template = collection_permalink or "/:collection/:path"
    stem = within.with_suffix("") if within.suffix else within
    placeholders = {
        "collection": label,
        "path": "/" + stem.as_posix(),
        "name": stem.name,
        "title": stem.name,
        "output_ext": "",
    }
    try:
        url = expand(style_template(template), placeholders)
    except ContentError:
        url = f"/{label}/{stem.as_posix()}"
    return url.rstrip("/").lstrip("/") + within.suffix


def unknown_placeholders(template: str) -> list[str]:
    """Return the ``:names`` of a permalink template no document has."""
    sample = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    known = {
        *document_placeholders(basename="x", slug=None, date=sample),
        "basename",
        "slugified_categories",
    }
    found = _PLACEHOLDER.findall(style_template(template))
    return [
        name for name in found if name not in known and name.rstrip("_") not in known
    ]

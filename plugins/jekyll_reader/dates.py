"""Dates as Jekyll reads them, always in the site's timezone.

A front-matter date without a zone is site time; a date from a file name is
midnight site time; any other date (git, file system) is converted to the
site's zone. The machine's own zone is never used.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser

from jekyll_common.errors import ContentError

# Jekyll's Document::DATE_FILENAME_MATCHER, for the file name alone.
FILENAME_DATE = re.compile(r"^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)$")


def localise(value: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Return ``value`` in ``tz``; a naive value is taken to be in ``tz``.

    Raises ContentError for a time that leaves the calendar once moved to
    ``tz`` (9999-12-31 late in the day, west of UTC).
    """
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    try:
        return value.astimezone(tz)
    except OverflowError:
        raise ContentError(
            f"date {value.isoformat()} is past the last day a date can have "
            f"(9999-12-31) in the site's timezone, {tz.key}; use an earlier date"
        ) from None


def parse_date(value: object, tz: ZoneInfo) -> dt.datetime:
    """Return a front-matter ``date`` value as an aware datetime in ``tz``.

    Accepts what YAML gives (date, datetime) and the strings Jekyll accepts,
    such as ``2020-01-31 10:00:00 +0100``. Raises ContentError otherwise.
    """
    if isinstance(value, dt.datetime):
        return localise(value, tz)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=tz)
    if isinstance(value, str) and value.strip():
        try:
            parsed = date_parser.parse(value.strip())
        except (ValueError, OverflowError):
            pass
        else:
            return localise(parsed, tz)
    raise ContentError(
        f"date {value!r} is not a date; write it as YYYY-MM-DD or "
        "'YYYY-MM-DD HH:MM:SS +/-TTTT'"
    )


def split_dated_name(stem: str, tz: ZoneInfo) -> tuple[dt.datetime | None, str]:
    """Return the date and slug of a file name stem like ``2020-1-31-hello``.

    A stem without a date, or with an impossible one, gives ``(None, stem)``.
    """
    match = FILENAME_DATE.match(stem)
    if match is None:
        return None, stem
    year, month, day, slug = match.groups()
    try:
        date = dt.datetime(int(year), int(month), int(day), tzinfo=tz)
    except ValueError:
        return None, stem
    return date, slug

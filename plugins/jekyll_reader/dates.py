"""Dates as Jekyll reads them, always in the site's timezone.

A YAML timestamp without a zone (``date: 2017-06-27 04:00:00``) is UTC, as
Ruby's YAML reads it, then converted to the site's zone; a date written as
text is read as Ruby's ``Time.parse`` reads it, in site time when it names
no zone; a YAML date, or a date from a file name, is midnight site time; any
other date (git, file system) is converted to the site's zone. The
machine's own zone is never used.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser

from jekyll_common.errors import ContentError

# Jekyll's Document::DATE_FILENAME_MATCHER, for the file name alone.
FILENAME_DATE = re.compile(r"^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)$")
# The parts Ruby's Time.parse finds anywhere in a text it cannot read whole.
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")
_ZONE = re.compile(r"(?<![\w+-])(Z|UTC|GMT|[+-]\d{2}:?\d{2})(?!\w)")


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


def read_date(value: object, tz: ZoneInfo) -> dt.datetime | None:
    """Return a date as Jekyll reads it, an aware datetime in ``tz``, or None.

    What YAML gives (date, datetime) and the text Ruby's ``Time.parse``
    reads, such as ``2020-01-31 10:00:00 +0100``; front matter and Liquid's
    date filters read dates alike. Raises ContentError for a date past the
    calendar's end in ``tz``.
    """
    if isinstance(value, dt.datetime):
        # Ruby's YAML reads a timestamp without a zone as UTC.
        return localise(value if value.tzinfo else value.replace(tzinfo=dt.UTC), tz)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=tz)
    if isinstance(value, str) and value.strip():
        parsed = _parse_text(value.strip())
        if parsed is not None:
            return localise(parsed, tz)
    return None


def parse_date(value: object, tz: ZoneInfo) -> dt.datetime:
    """Return a front-matter ``date`` value (``read_date``); ContentError if none."""
    found = read_date(value, tz)
    if found is None:
        raise ContentError(
            f"date {value!r} is not a date; write it as YYYY-MM-DD or "
            "'YYYY-MM-DD HH:MM:SS +/-TTTT'"
        )
    return found


def _parse_text(text: str) -> dt.datetime | None:
    """Return a date written as text, or None; naive when it names no zone."""
    try:
        return date_parser.parse(text)
    except (ValueError, OverflowError):
        pass
    # Time.parse takes a day, a time and a zone from anywhere in the text
    # ("2023-01-29 18:30:22 2023 -0800" is 18:30:22 at -08:00).
    day = _ISO_DAY.search(text)
    if day is None:
        return None
    rest = text[: day.start()] + " " + text[day.end() :]
    clock = _CLOCK.search(rest)
    zone = _ZONE.search(rest[clock.end() :] if clock else rest)
    hour, minute, second = (int(p or 0) for p in clock.groups()) if clock else (0, 0, 0)
    try:
        found = dt.datetime(
            *(int(p) for p in day.groups()), hour, minute, second, tzinfo=dt.UTC
        )
    except ValueError:
        return None
    if zone is None:
        return found.replace(tzinfo=None)  # site time, as Time.parse reads it
    offset = zone[1].replace(":", "")
    if offset in ("Z", "UTC", "GMT"):
        return found.replace(tzinfo=dt.UTC)
    minutes = int(offset[1:3]) * 60 + int(offset[3:5])
    sign = -1 if offset[0] == "-" else 1
    return found.replace(tzinfo=dt.timezone(dt.timedelta(minutes=sign * minutes)))


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

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jekyll_common.errors import ContentError
from jekyll_liquid.filters import to_date
from jekyll_reader.dates import parse_date, split_dated_name

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2020, 1, 31), dt.datetime(2020, 1, 31, tzinfo=PARIS)),
        # A YAML timestamp without a zone is UTC (Ruby's YAML), then Paris.
        (
            dt.datetime(2020, 1, 31, 23, 30),
            dt.datetime(2020, 2, 1, 0, 30, tzinfo=PARIS),
        ),
        (
            dt.datetime(2020, 1, 31, 23, 30, tzinfo=dt.UTC),
            dt.datetime(2020, 2, 1, 0, 30, tzinfo=PARIS),
        ),
        ("2020-01-31 10:00:00 +0100", dt.datetime(2020, 1, 31, 10, 0, tzinfo=PARIS)),
        ("2020-01-31", dt.datetime(2020, 1, 31, tzinfo=PARIS)),
        ("31 Jan 2020", dt.datetime(2020, 1, 31, tzinfo=PARIS)),
        # Text without a zone is site time, as Time.parse reads it.
        ("2020-01-31 23:30:00", dt.datetime(2020, 1, 31, 23, 30, tzinfo=PARIS)),
        # What Ruby's Time.parse reads in text dateutil refuses (checked
        # against Ruby 3.1: the day, the time and the zone, found anywhere).
        (
            "2023-01-29 18:30:22 2023 -0800",
            dt.datetime(2023, 1, 30, 3, 30, 22, tzinfo=PARIS),
        ),
        (
            "2023-01-29T18:30:22Z garbage",
            dt.datetime(2023, 1, 29, 19, 30, 22, tzinfo=PARIS),
        ),
        ("posted on 2021-02-03", dt.datetime(2021, 2, 3, tzinfo=PARIS)),
    ],
)
def test_parse_date_in_site_timezone(value: object, expected: dt.datetime) -> None:
    parsed = parse_date(value, PARIS)
    assert parsed == expected
    assert parsed.tzinfo == PARIS


@pytest.mark.parametrize("value", ["not a date", "", 12, None, ["2020-01-01"]])
def test_parse_date_refuses_non_dates(value: object) -> None:
    with pytest.raises(ContentError):
        parse_date(value, PARIS)


@pytest.mark.parametrize(
    ("stem", "date", "slug"),
    [
        (
            "2020-01-31-hello-world",
            dt.datetime(2020, 1, 31, tzinfo=PARIS),
            "hello-world",
        ),
        ("2020-1-3-one-digit", dt.datetime(2020, 1, 3, tzinfo=PARIS), "one-digit"),
        ("2020-13-45-impossible", None, "2020-13-45-impossible"),
        ("no-date-here", None, "no-date-here"),
        ("2020-01-31", None, "2020-01-31"),
    ],
)
def test_split_dated_name(stem: str, date: dt.datetime | None, slug: str) -> None:
    assert split_dated_name(stem, PARIS) == (date, slug)


@pytest.mark.parametrize(
    "value",
    [
        dt.date(2020, 1, 31),
        dt.datetime(2020, 1, 31, 10, 0),  # YAML without a zone: UTC
        dt.datetime(2020, 1, 31, 10, 0, tzinfo=dt.UTC),
        "2020-01-31",
        "2020-01-31 10:00:00 +0100",
        "2023-01-29 18:30:22 2023 -0800",  # Time.parse picks the parts
        "January 31, 2020",
    ],
)
def test_liquid_reads_a_date_as_front_matter_does(value: object) -> None:
    assert to_date(value, PARIS) == parse_date(value, PARIS)
    assert to_date("not a date", PARIS) is None

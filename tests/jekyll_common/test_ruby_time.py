"""Dates and times printed as Jekyll's Liquid prints them (Ruby's Time#to_s)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from jekyll_common.ruby_time import RubyTime, ruby_time


def test_a_datetime_prints_as_ruby_s_time() -> None:
    when = dt.datetime(2024, 1, 2, 3, 4, 5, 678, tzinfo=ZoneInfo("America/New_York"))
    shown = ruby_time(when)
    assert isinstance(shown, RubyTime) and shown == when
    assert str(shown) == "2024-01-02 03:04:05 -0500"
    assert shown.strftime("%d %b") == "02 Jan"  # still a datetime to filters
    # A date and other values are left as they are.
    assert ruby_time(dt.date(2024, 1, 2)) == dt.date(2024, 1, 2)
    assert ruby_time("2024") == "2024"

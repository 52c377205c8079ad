"""Dates and times as Jekyll's Liquid prints them: Ruby's ``Time#to_s``.

``{{ page.date }}`` and ``{{ site.time }}`` print ``2020-01-02 00:00:00
+0000`` in Jekyll, and ``jsonify`` quotes that text; Python's own text of
a datetime reads otherwise. Filters still get a datetime (``date``,
comparisons, sorting).
"""

from __future__ import annotations

import datetime as dt
from typing import Any


class RubyTime(dt.datetime):
    """A datetime that prints as Ruby prints a Time."""

    def __str__(self) -> str:
        """Return Ruby's ``Time#to_s``: ``2020-01-02 00:00:00 +0000``."""
        return self.strftime("%Y-%m-%d %H:%M:%S %z").rstrip()


def ruby_time(value: Any) -> Any:
    """Return a datetime as a ``RubyTime``; any other value as it is."""
    if isinstance(value, dt.datetime) and not isinstance(value, RubyTime):
        return RubyTime.combine(value.date(), value.timetz(), value.tzinfo)
    return value

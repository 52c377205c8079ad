"""Jekyll's filters that turn a value into text: JSON, a number, a safe URL.

Never a Python repr (a drop prints as its data), Ruby's answer where Ruby
has one (``to_integer`` of text is 0), and a URL from text only when it may
be followed (``safe_url``, this theme's own, used by its includes).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from liquid.undefined import is_undefined

from jekyll_common.ruby_time import ruby_time
from jekyll_common.safe_urls import is_safe_url


def text(value: Any) -> str:
    """Return a value as Liquid prints it (nil and undefined are empty)."""
    if value is None or is_undefined(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def jsonify(value: Any) -> str:
    """Jekyll's ``jsonify``: compact JSON of any value Liquid holds."""
    compact = (",", ":")
    return json.dumps(value, default=json_value, ensure_ascii=False, separators=compact)


def json_value(value: Any) -> Any:
    """Return what JSON shows of a value it has no form for: never a Python repr."""
    plain = getattr(value, "plain", None)
    if callable(plain):
        return plain()
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, dt.datetime):
        return str(ruby_time(value))  # Ruby's Time#to_json: its to_s
    if isinstance(value, dt.date):
        return value.isoformat()
    return text(value)


def to_integer(value: Any) -> int:
    """Jekyll's ``to_integer``: Ruby's ``to_i``, the leading digits or 0."""
    if value is True or value is False:
        return int(value)
    if isinstance(value, int | float):
        return int(value)
    found = re.match(r"\s*([-+]?\d+)", text(value))
    return int(found[1]) if found else 0


def safe_url(value: Any, *, environment: Any) -> str:
    """Return a URL from text if it may be followed, else "" (and note it)."""
    url = text(value)
    if is_safe_url(url):
        return url
    environment.note_unknown(f"URL {url!r}", -1)
    return ""


safe_url.with_environment = True  # type: ignore[attr-defined]

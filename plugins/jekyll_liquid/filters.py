"""Liquid's and Jekyll's filters, as Python functions for the Jinja sandbox.

Each is registered as ``lq_<name>``; the translator turns ``| name: a`` into
``| lq_name(a)``. Semantics follow Liquid: nil and missing values are
empty, numbers may arrive as strings.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

from dateutil import parser as date_parser
from jinja2 import Undefined
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

from jekyll_common.slugs import slugify

_TAG = re.compile(r"<[^>]*>")


def _text(value: Any) -> str:
    if value is None or isinstance(value, Undefined):
        return ""
    return str(value)


def _number(value: Any) -> float | int:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    try:
        number = float(_text(value) or 0)
    except ValueError:
        return 0
    return int(number) if number.is_integer() else number


def _items(value: Any) -> list[Any]:
    if value is None or isinstance(value, Undefined):
        return []
    if isinstance(value, Mapping):
        return list(value.items())
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, Iterable) else [value]


def _get(item: Any, key: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(key)
    return getattr(item, key, None)


def to_date(value: Any, tz: dt.tzinfo) -> dt.datetime | None:
    """Return a Liquid date value (date, datetime, "now", text) as a datetime."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=tz)
    text = _text(value).strip()
    if text in ("now", "today"):
        return dt.datetime.now(tz)
    try:
        parsed = date_parser.parse(text)
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def highlight_block(code: str, language: str, numbered: bool = False) -> str:
    """Return code highlighted as Jekyll's ``highlight`` tag gives it.

    ``numbered`` (the tag's ``linenos``): with line numbers in a gutter, as
    Rouge's table of two cells shows them.
    """
    try:
        lexer = get_lexer_by_name(language)
    except ClassNotFound:
        lexer = TextLexer()
    formatter = HtmlFormatter(
        cssclass="highlight", linenos="table" if numbered else False
    )
    rendered = highlight(code.strip("\n"), lexer, formatter)
    return f"\n\n{rendered}\n\n"


def make_filters(
    *, url: str, baseurl: str, tz: dt.tzinfo, markdownify: Callable[[str], str]
) -> dict[str, Callable[..., Any]]:
    """Return every filter, bound to the site's URL, base path and timezone."""

    def relative_url(value: Any) -> str:
        text = _text(value)
        if re.match(r"^[a-z][a-z0-9+.-]*:", text, re.IGNORECASE):
            return text
        return f"{baseurl}/{text.lstrip('/')}" if text else baseurl or "/"

    def absolute_url(value: Any) -> str:
        text = _text(value)
        if re.match(r"^[a-z][a-z0-9+.-]*:", text, re.IGNORECASE):
            return text
        return url + relative_url(text)

    def date(value: Any, format: str = "%Y-%m-%d") -> str:
        parsed = to_date(value, tz)
        return parsed.strftime(format) if parsed else _text(value)

    def date_as(pattern: str) -> Callable[[Any], str]:
        return lambda value: date(value, pattern)

    def truncatewords(value: Any, count: Any = 15, ellipsis: str = "...") -> str:
        words = _text(value).split()
        limit = max(int(_number(count)), 1)
        return " ".join(words[:limit]) + (ellipsis if len(words) > limit else "")

    def truncate(value: Any, count: Any = 50, ellipsis: str = "...") -> str:
        text, limit = _text(value), int(_number(count))
        if len(text) <= limit:
            return text
        return text[: max(limit - len(ellipsis), 0)] + ellipsis

    def where(value: Any, key: str, expected: Any = None) -> list[Any]:
        return [i for i in _items(value) if _text(_get(i, key)) == _text(expected)]

    def sort(value: Any, key: str | None = None) -> list[Any]:
        items = _items(value)
        if key is None:
            return sorted(items, key=_text)
        return sorted(items, key=lambda i: (_get(i, key) is None, _text(_get(i, key))))

    def default(value: Any, fallback: Any = "") -> Any:
        empty = value in (None, False, "") or isinstance(value, Undefined)
        return (
            fallback
            if empty or (hasattr(value, "__len__") and not len(value))
            else value
        )

    return {
        "lq_relative_url": relative_url,
        "lq_absolute_url": absolute_url,
        "lq_date": date,
        "lq_date_to_string": date_as("%d %b %Y"),
        "lq_date_to_long_string": date_as("%d %B %Y"),
        "lq_date_to_xmlschema": lambda v: (
            to_date(v, tz) or dt.datetime.now(tz)
        ).isoformat(),
        "lq_date_to_rfc822": date_as("%a, %d %b %Y %H:%M:%S %z"),
        "lq_slugify": lambda v, mode="default": slugify(_text(v), mode),
        "lq_markdownify": lambda v: markdownify(_text(v)),
        "lq_strip_html": lambda v: _TAG.sub("", _text(v)),
        "lq_strip_newlines": lambda v: _text(v).replace("\n", ""),
        "lq_newline_to_br": lambda v: _text(v).replace("\n", "<br />\n"),
        "lq_truncatewords": truncatewords,
        "lq_truncate": truncate,
        "lq_xml_escape": lambda v: html.escape(_text(v)),
        "lq_escape": lambda v: html.escape(_text(v)),
        "lq_escape_once": lambda v: html.escape(html.unescape(_text(v))),
        "lq_cgi_escape": lambda v: quote_plus(_text(v)),
        "lq_uri_escape": lambda v: quote(_text(v), safe="/:?&=#%~+!$,;'@()*[]"),
        "lq_url_encode": lambda v: quote_plus(_text(v)),
        "lq_number_of_words": lambda v: len(_text(v).split()),
        "lq_jsonify": lambda v: json.dumps(v, default=str, ensure_ascii=False),
        "lq_where": where,
        "lq_sort": sort,
        "lq_size": lambda v: len(v) if hasattr(v, "__len__") else 0,
        "lq_first": lambda v: (_items(v) or [None])[0],
        "lq_last": lambda v: (_items(v) or [None])[-1],
        "lq_join": lambda v, sep=" ": _text(sep).join(_text(i) for i in _items(v)),
        "lq_split": lambda v, sep=" ": _text(v).split(_text(sep)),
        "lq_append": lambda v, s: _text(v) + _text(s),
        "lq_prepend": lambda v, s: _text(s) + _text(v),
        "lq_remove": lambda v, s: _text(v).replace(_text(s), ""),
        "lq_replace": lambda v, a, b="": _text(v).replace(_text(a), _text(b)),
        "lq_downcase": lambda v: _text(v).lower(),
        "lq_upcase": lambda v: _text(v).upper(),
        "lq_capitalize": lambda v: _text(v).capitalize(),
        "lq_strip": lambda v: _text(v).strip(),
        "lq_lstrip": lambda v: _text(v).lstrip(),
        "lq_rstrip": lambda v: _text(v).rstrip(),
        "lq_normalize_whitespace": lambda v: " ".join(_text(v).split()),
        "lq_default": default,
        "lq_plus": lambda v, n: _number(v) + _number(n),
        "lq_minus": lambda v, n: _number(v) - _number(n),
        "lq_times": lambda v, n: _number(v) * _number(n),
        "lq_divided_by": lambda v, n: (
            (
                _number(v) // _number(n)
                if isinstance(_number(n), int)
                else _number(v) / _number(n)
            )
            if _number(n)
            else 0
        ),
        "lq_modulo": lambda v, n: _number(v) % _number(n) if _number(n) else 0,
        "lq_abs": lambda v: abs(_number(v)),
        "lq_round": lambda v, places=0: round(_number(v), int(_number(places))),
        "lq_ceil": lambda v: math.ceil(_number(v)),
        "lq_floor": lambda v: math.floor(_number(v)),
        "lq_uniq": lambda v: list(dict.fromkeys(_items(v))),
        "lq_reverse": lambda v: list(reversed(_items(v))),
        "lq_compact": lambda v: [i for i in _items(v) if i is not None],
        "lq_map": lambda v, key: [_get(i, key) for i in _items(v)],
        "lq_concat": lambda v, other: _items(v) + _items(other),
        "lq_array_to_sentence_string": lambda v, conj="and": (
            ", ".join(map(_text, _items(v)[:-1])) + f" {conj} " + _text(_items(v)[-1])
            if len(_items(v)) > 1
            else "".join(map(_text, _items(v)))
        ),
        "lq_smartify": _text,
        "lq_inspect": lambda v: json.dumps(v, default=str),
        "lq_highlight": highlight_block,
    }


def lq_slice(items: Any, offset: Any, limit: Any, reverse: bool) -> list[Any]:
    """Return the items a Liquid ``for`` loop visits."""
    values = _items(items)
    start = int(_number(offset))
    values = (
        values[start:] if limit is None else values[start : start + int(_number(limit))]
    )
    return list(reversed(values)) if reverse else values


def lq_contains(container: Any, item: Any) -> bool:
    """Return Liquid's ``contains``: substring or membership."""
    if isinstance(container, str):
        return _text(item) in container
    return item in _items(container)


def lq_is_empty(value: Any) -> bool:
    """Return True for Liquid's ``empty``/``blank``: nil, "", [] or {}."""
    if value is None or isinstance(value, Undefined):
        return True
    return hasattr(value, "__len__") and len(value) == 0


def lq_truthy(value: Any) -> bool:
    """Return Liquid truthiness: only nil and false are false."""
    return not (value is None or value is False or isinstance(value, Undefined))

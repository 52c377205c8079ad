"""Jekyll's filters, on top of the standard ones python-liquid has.

Semantics follow Jekyll 4.3's ``Jekyll::Filters`` (and its URL and date
filters): nil is empty, a property of an item is a key of a mapping, values
are compared as text where Jekyll compares them so. ``where``, ``sort`` and
``date`` replace Liquid's own, as Jekyll's do.
"""

from __future__ import annotations

import datetime as dt
import html
import random
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

from liquid import Environment
from liquid.filter import with_context
from liquid.undefined import is_undefined

from jekyll_common.errors import ContentError
from jekyll_common.slugs import slugify
from jekyll_liquid.value_filters import jsonify, safe_url, text, to_integer
from jekyll_markdown.excerpts import safe_attributes, safe_links
from jekyll_reader.dates import read_date

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_WORD = re.compile(r"\S+")


def items(value: Any) -> list[Any]:
    """Return a value as a list: nil is empty, a hash is its pairs."""
    if value is None or is_undefined(value):
        return []
    if isinstance(value, Mapping):
        return [[k, v] for k, v in value.items()]
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, Iterable) else [value]


def property_of(item: Any, key: Any) -> Any:
    """Return an item's property as Liquid reads it (a key, never an attribute)."""
    if isinstance(item, Mapping):
        return item.get(text(key))
    return None


def to_date(value: Any, tz: Any) -> dt.datetime | None:
    """Return a Liquid date value as Liquid's ``date`` filter reads it, or None.

    ``now``/``today`` and seconds since 1970 as Liquid takes them; any other
    value as front matter's dates are read (``jekyll_reader.dates``).
    """
    raw = value if isinstance(value, dt.date) else text(value).strip()
    if raw in ("now", "today"):
        return dt.datetime.now(tz)
    if isinstance(raw, str) and raw.isdigit():
        return dt.datetime.fromtimestamp(int(raw), tz)
    try:
        return read_date(raw, tz)
    except ContentError:
        return None


def _ordinal(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def date_to_string(date: dt.datetime, long: bool, kind: Any, style: Any) -> str:
    """Return Jekyll's ``date_to_(long_)string``, with its ``ordinal``/``US`` forms."""
    month = date.strftime("%B" if long else "%b")
    if text(kind) != "ordinal":
        return f"{date.day:02d} {month} {date.year}"
    if text(style) == "US":
        return f"{month} {_ordinal(date.day)}, {date.year}"
    return f"{_ordinal(date.day)} {month} {date.year}"


def array_to_sentence(values: list[Any], connector: str) -> str:
    """Return Jekyll's ``array_to_sentence_string``."""
    words = [text(v) for v in values]
    if len(words) <= 2:
        return f" {connector} ".join(words)
    return f"{', '.join(words[:-1])}, {connector} {words[-1]}"


def _sort(value: Any, key: Any = None, nils: Any = "first") -> list[Any]:
    values = items(value)
    if key is None or is_undefined(key):
        return sorted(values, key=lambda v: (v is not None, _order(v)))
    present = [v for v in values if property_of(v, key) is not None]
    absent = [v for v in values if property_of(v, key) is None]
    present.sort(key=lambda v: _order(property_of(v, key)))
    return absent + present if text(nils) != "last" else present + absent


def _order(value: Any) -> tuple[int, Any]:
    # Numbers before text, each in its own order (Ruby compares like kinds).
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    if isinstance(value, dt.datetime | dt.date):
        return (1, value.isoformat())
    return (2, text(value))


def _where(value: Any, key: Any, expected: Any) -> list[Any]:
    wanted = text(expected)
    found = []
    for item in items(value):
        own = property_of(item, key)
        if isinstance(own, list | tuple):
            if wanted in (text(v) for v in own):
                found.append(item)
        elif text(own) == wanted:
            found.append(item)
    return found


def _group_by(value: Any, key: Any) -> list[dict[str, Any]]:
    values = items(value)
    return _groups(values, [property_of(item, key) for item in values])


def _groups(values: list[Any], keys: list[Any]) -> list[dict[str, Any]]:
    groups: dict[str, list[Any]] = {}
    for item, key in zip(values, keys, strict=True):
        groups.setdefault(text(key), []).append(item)
    return [{"name": n, "items": v, "size": len(v)} for n, v in groups.items()]


def _number_of_words(value: Any, mode: Any = None) -> int:
    del mode  # "cjk" counts alike for the alphabets research sites use
    return len(_WORD.findall(text(value)))


def _sample(value: Any, count: Any = 1) -> Any:
    # Jekyll's sample: one item, or a list of ``count``; not for secrets.
    values = items(value)
    if int(count) == 1:
        return random.choice(values) if values else None  # noqa: S311
    return random.sample(values, min(int(count), len(values)))


def register_jekyll_filters(
    env: Environment,
    *,
    url: str,
    baseurl: str,
    tz: dt.tzinfo,
    markdownify: Callable[[str], str],
    smartify: Callable[[str], str],
    evaluate: Callable[[Any, str, str, Any, bool], Any],
    sassify: Callable[[str, bool], str],
) -> None:
    """Add Jekyll's filters, bound to the site's address, timezone and Markdown.

    ``evaluate(context, variable, expression, item, condition)`` runs a
    Liquid expression with ``variable`` bound to ``item``: a condition
    (``where_exp``) is true or false, else its value is printed as text
    (``group_by_exp``).
    """

    def relative(raw: str) -> str:
        if _SCHEME.match(raw):
            return raw
        return f"{baseurl}/{raw.lstrip('/')}" if raw else baseurl or "/"

    # Of nil, nil, as in Jekyll: `{% assign i = post.image | relative_url %}`
    # then `{% if i %}` shows no image for a post without one.
    def relative_url(value: Any) -> str | None:
        if value is None or is_undefined(value):
            return None
        return relative(text(value))

    def absolute_url(value: Any) -> str | None:
        if value is None or is_undefined(value):
            return None
        raw = text(value)
        return raw if _SCHEME.match(raw) else url + relative(raw)

    def date(value: Any, pattern: Any = None) -> str:
        parsed = to_date(value, tz)
        if parsed is None or pattern is None or is_undefined(pattern):
            return text(value)
        return parsed.strftime(text(pattern))

    def dated(render: Callable[[dt.datetime], str]) -> Callable[..., str]:
        def apply(value: Any) -> str:
            parsed = to_date(value, tz)
            return render(parsed) if parsed else text(value)

        return apply

    def string_date(long: bool) -> Callable[..., str]:
        def apply(value: Any, kind: Any = None, style: Any = None) -> str:
            parsed = to_date(value, tz)
            return date_to_string(parsed, long, kind, style) if parsed else text(value)

        return apply

    def expression_filter(
        select: Callable[[list[Any], list[Any]], Any], condition: bool = True
    ) -> Any:
        @with_context
        def apply(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
            values = items(value)
            name, code = text(variable), text(expression)
            results = [evaluate(context, name, code, v, condition) for v in values]
            return select(values, results)

        return apply

    filters: dict[str, Callable[..., Any]] = {
        "relative_url": relative_url,
        "absolute_url": absolute_url,
        "date": date,
        # Ruby's Time#xmlschema: whole seconds (``site.time`` has a fraction).
        "date_to_xmlschema": dated(lambda d: d.replace(microsecond=0).isoformat()),
        "date_to_rfc822": dated(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S %z")),
        "date_to_string": string_date(long=False),
        "date_to_long_string": string_date(long=True),
        "where": _where,
        "where_exp": expression_filter(
            lambda values, hits: [v for v, hit in zip(values, hits, strict=True) if hit]
        ),
        "find": lambda v, key, expected: next(iter(_where(v, key, expected)), None),
        "find_exp": expression_filter(
            lambda values, hits: next(
                (v for v, hit in zip(values, hits, strict=True) if hit), None
            )
        ),
        "group_by": _group_by,
        "group_by_exp": expression_filter(_groups, condition=False),
        "sort": _sort,
        "push": lambda v, item: [*items(v), item],
        "pop": lambda v, n=1: items(v)[: max(len(items(v)) - int(n), 0)],
        "shift": lambda v, n=1: items(v)[int(n) :],
        "unshift": lambda v, item: [item, *items(v)],
        "sample": _sample,
        "jsonify": jsonify,
        # This theme's own: a URL from text, or nothing (its includes use it).
        "safe_url": safe_url,
        "safe_attributes": lambda value: safe_attributes(safe_links(text(value))),
        "inspect": jsonify,
        "markdownify": lambda v: markdownify(text(v)),
        "smartify": lambda v: smartify(text(v)),
        "scssify": lambda v: sassify(text(v), False),
        "sassify": lambda v: sassify(text(v), True),
        "slugify": lambda v, mode="default": slugify(text(v), text(mode)),
        "xml_escape": lambda v: html.escape(text(v)),
        "cgi_escape": lambda v: quote_plus(text(v)),
        "uri_escape": lambda v: quote(text(v), safe="/:?&=#%~+!$,;'@()*[]"),
        "number_of_words": _number_of_words,
        "normalize_whitespace": lambda v: " ".join(text(v).split()),
        "array_to_sentence_string": lambda v, connector="and": array_to_sentence(
            items(v), text(connector)
        ),
        "to_integer": to_integer,
    }
    for name, function in filters.items():
        env.add_filter(name, function)

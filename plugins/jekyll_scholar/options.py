"""What a ``{% bibliography %}`` tag and the site's ``scholar:`` settings ask for.

jekyll-scholar's options as real sites use them: ``-f``/``--file`` (a
file of ``_bibliography/``, given again for more), ``-q``/``--query``
(``@*[year=2020]*``, ``@article``, ``[selected=true]``), ``-g``/
``--group_by`` (``year`` or ``none``), ``-G``/``--group_order``,
``-m``/``--max``; and from
``_config.yml``'s ``scholar:``, ``bibliography``, ``sort_by``, ``order``,
``group_by``, ``group_order`` and ``bibliography_list_tag``. Pure logic.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Final

from jekyll_scholar.bibliography import Entry

_FLAGS: Final = {
    "-f": "file", "--file": "file", "-q": "query", "--query": "query",
    "-g": "group_by", "--group_by": "group_by", "-G": "group_order",
    "--group_order": "group_order", "-m": "most", "--max": "most",
}  # fmt: skip
_QUERY: Final = re.compile(r"@?(\*|\w+)?(?:\[([^\]]*)\])?\*?")
_CONDITION: Final = re.compile(r"\s*(\w+)\s*(!=|~=|\^=|<=|>=|=|<|>)\s*(.*?)\s*")
_LIST_TAGS: Final = frozenset({"ol", "ul", "div"})


@dataclass(frozen=True, slots=True)
class ScholarOptions:
    """How a listing is chosen and shown."""

    files: tuple[str, ...] = ()  # every file of the folder when empty
    query: str | None = None
    group_by: str = "none"
    group_order: str = "ascending"
    sort_by: tuple[str, ...] = ()
    order: str = "ascending"
    most: int | None = None
    list_tag: str = "ol"


def site_options(site: Mapping[str, Any], **given: Any) -> ScholarOptions:
    """Return the options of ``_config.yml``'s ``scholar:``, then ``given``."""
    scholar = site.get("scholar")
    scholar = scholar if isinstance(scholar, Mapping) else {}
    sort_by = str(scholar.get("sort_by") or "none")
    tag = str(scholar.get("bibliography_list_tag") or "ol")
    base = {
        "files": (str(scholar["bibliography"]),) if scholar.get("bibliography") else (),
        "group_by": str(scholar.get("group_by") or "none"),
        "group_order": str(scholar.get("group_order") or "ascending"),
        "sort_by": tuple(s.strip() for s in sort_by.split(",") if s.strip() != "none"),
        "order": str(scholar.get("order") or "ascending"),
        "list_tag": tag if tag in _LIST_TAGS else "ol",
    }
    return ScholarOptions(**{**base, **{k: v for k, v in given.items() if v}})


def tag_options(markup: str, site: Mapping[str, Any]) -> ScholarOptions:
    """Return the options of a ``{% bibliography ... %}`` tag on this site."""
    try:
        words = shlex.split(markup)
    except ValueError:
        words = markup.split()
    given: dict[str, Any] = {}
    for flag, value in pairwise(words):
        name = _FLAGS.get(flag)
        if name == "most":
            given[name] = int(value) if value.isdigit() else None
        elif name == "file":
            given["files"] = (*given.get("files", ()), value)
        elif name is not None:
            given[name] = value
    return site_options(site, **given)


def selected(entries: list[Entry], options: ScholarOptions) -> list[Entry]:
    """Return the entries the options pick, in the order they ask for."""
    found = [e for e in entries if matches(e, options.query)]
    for key in reversed(options.sort_by):
        found.sort(key=lambda e, k=key: _sortable(e, k))
    if options.order == "descending":
        found.reverse()
    return found[: options.most] if options.most else found


def _sortable(entry: Entry, key: str) -> tuple[int, float, str]:
    value = entry.fields.get(key, "")
    return (0, float(value), "") if _number(value) else (1, 0.0, value.casefold())


def _number(value: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(\.\d+)?", value))


def matches(entry: Entry, query: str | None) -> bool:
    """Return whether an entry answers a jekyll-scholar (bibtex-ruby) query."""
    if not query:
        return True
    found = _QUERY.fullmatch(query.strip())
    if found is None:
        return False
    kind, conditions = found.groups()
    if kind not in (None, "*") and entry.kind != kind.lower():
        return False
    return all(
        _holds(entry, part) for part in (conditions or "").split(",") if part.strip()
    )


def _holds(entry: Entry, condition: str) -> bool:
    found = _CONDITION.fullmatch(condition)
    if found is None:
        return False
    key, operator, wanted = found[1].lower(), found[2], found[3].strip("\"'{}")
    value = entry.key if key == "key" else entry.fields.get(key)
    if key == "type":
        value = entry.kind
    if value is None:
        return operator == "!="
    if operator in ("<", ">", "<=", ">=") and _number(value) and _number(wanted):
        a, b = float(value), float(wanted)
        return {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[operator]
    if operator == "~=":
        return wanted.casefold() in value.casefold()
    if operator == "^=":
        return value.casefold().startswith(wanted.casefold())
    same = value.casefold() == wanted.casefold()
    return not same if operator == "!=" else same

"""Tags and categories as Jekyll collects them from front matter and folders.

Mirrors ``Utils.pluralized_array_from_hash``: the singular key (``tag``,
``category``) is one name; the plural key is a list or a whitespace-separated
string. Post categories also come from the folders above ``_posts/``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def _names(value: Any, *, split: bool) -> list[str]:
    if value is None:
        return []
    if isinstance(value, bool):
        # Ruby prints YAML 1.1 booleans (`no`, `off`) as "false"/"true".
        return [str(value).lower()]
    if isinstance(value, str):
        return value.split() if split else [value.strip()]
    if isinstance(value, list | tuple):
        names: list[str] = []
        for item in value:
            names.extend(_names(item, split=False))
        return names
    return [str(value)]


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))


def pluralized(data: Mapping[str, Any], singular: str, plural: str) -> list[str]:
    """Return the names of ``singular`` if given, else of ``plural``."""
    if data.get(singular) is not None:
        return _unique(_names(data[singular], split=False))
    return _unique(_names(data.get(plural), split=True))


def tags_of(data: Mapping[str, Any]) -> list[str]:
    """Return a document's tags (``tag`` wins over ``tags``)."""
    return pluralized(data, "tag", "tags")


def categories_of(data: Mapping[str, Any], folders: Iterable[str] = ()) -> list[str]:
    """Return a document's categories: folders first, then front matter.

    As Jekyll's ``populate_categories``: ``categories`` and ``category`` are
    both read, in that order, and names are kept once each.
    """
    from_plural = _names(data.get("categories"), split=True)
    from_singular = _names(data.get("category"), split=False)
    return _unique([*folders, *from_plural, *from_singular])

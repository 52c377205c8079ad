"""Front-matter defaults from ``_config.yml``, with Jekyll's precedence.

Mirrors ``Jekyll::FrontmatterDefaults#all``: a set applies when its scope's
``path`` is a prefix of the file's path (or a glob matching it) and its
``type`` (``posts``, ``pages``, ``drafts`` or a collection label), when
given, matches. Sets with a longer path, or with a type at equal length,
take precedence; the document's own front matter always wins.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from typing import Any


def _scope(entry: Mapping[str, Any]) -> Mapping[str, Any]:
    scope = entry.get("scope")
    return scope if isinstance(scope, Mapping) else {}


def _path(scope: Mapping[str, Any]) -> str:
    return str(scope.get("path") or "").strip("/")


def applies(scope: Mapping[str, Any], relpath: str, doc_type: str) -> bool:
    """Return True when a defaults scope covers a file of this path and type."""
    path = _path(scope)
    if "*" in path:
        matches = fnmatch.fnmatchcase(relpath, path) or fnmatch.fnmatchcase(
            relpath, path.rstrip("/") + "/*"
        )
    else:
        matches = not path or relpath == path or relpath.startswith(path + "/")
    if not matches:
        return False
    wanted = scope.get("type")
    return wanted is None or str(wanted) == doc_type


def _has_precedence(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
    if old is None:
        return True
    if len(_path(new)) != len(_path(old)):
        return len(_path(new)) >= len(_path(old))
    return "type" in new or "type" not in old


def _deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def defaults_for(
    sets: Iterable[Mapping[str, Any]], relpath: str, doc_type: str
) -> dict[str, Any]:
    """Return the default front matter of a file, merged as Jekyll merges it."""
    result: dict[str, Any] = {}
    winner: Mapping[str, Any] | None = None
    for entry in sets:
        scope = _scope(entry)
        values = entry.get("values")
        if not isinstance(values, Mapping) or not applies(scope, relpath, doc_type):
            continue
        if _has_precedence(winner, scope):
            result = _deep_merge(result, values)
            winner = scope
        else:
            result = _deep_merge(values, result)
    return result

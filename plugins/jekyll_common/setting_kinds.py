"""The types a setting can take, each with its check and its words for people."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final


@dataclass(frozen=True, slots=True)
class Kind:
    """A type of setting value: what it takes, in words, and its check."""

    takes: str
    accepts: Callable[[Any], bool]
    # A value of this type, for messages, when the default shows none.
    example: str = ""


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


BOOL: Final = Kind("True or False", lambda v: isinstance(v, bool))
COUNT: Final = Kind(
    "a whole number, 0 or more",
    lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
)
SHARE: Final = Kind(
    "a number from 0 to 1",
    lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1,
)
TEXT: Final = Kind("a string", lambda v: isinstance(v, str), '"/x/"')
OPTIONAL_TEXT: Final = Kind(
    "a string, or None", lambda v: v is None or isinstance(v, str), '"old-urls.txt"'
)
TEXT_LIST: Final = Kind("a list of strings", _is_text_list, '["drafts/"]')
TEXT_MAP: Final = Kind(
    "a dict of strings to strings",
    lambda v: (
        isinstance(v, Mapping)
        and all(isinstance(k, str) and isinstance(x, str) for k, x in v.items())
    ),
    '{"post": "article"}',
)
ENVIRONMENT: Final = Kind(
    '"development" or "production"', lambda v: v in ("development", "production")
)
ARCHIVE_KINDS: Final = Kind(
    '"all", or a list of "tags", "categories", "authors", "year", "month", "day"',
    lambda v: (
        v == "all"
        or (
            _is_text_list(v)
            and set(v) <= {"tags", "categories", "authors", "year", "month", "day"}
        )
    ),
)
# _config.yml's own shapes, when set in pelicanconf.py instead.
COLLECTIONS: Final = Kind(
    "a dict of collection labels to their settings, or a list of labels",
    lambda v: isinstance(v, Mapping) or _is_text_list(v),
    '{"talks": {"output": True}}',
)
DEFAULTS_LIST: Final = Kind(
    "a list of {scope: ..., values: ...} dicts",
    lambda v: isinstance(v, list | tuple) and all(isinstance(d, Mapping) for d in v),
    '[{"scope": {"path": ""}, "values": {"layout": "page"}}]',
)


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its name, type, default and what it does."""

    name: str
    kind: Kind
    default: Any
    effect: str
    # How the default reads in docs/settings.md, where the value alone says less.
    shown: str = ""
    # The table of docs/settings.md it is listed in.
    group: str = ""


def group(name: str, *settings: Setting) -> tuple[Setting, ...]:
    """Return the settings, each marked as listed in the table ``name``."""
    return tuple(replace(setting, group=name) for setting in settings)

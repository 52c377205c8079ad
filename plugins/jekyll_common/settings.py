"""Every setting the plugins and tasks read: its type, default and effect.

Each plugin declares its own rows (``declare``, in its ``settings``
module: name, type, default, effect) and reads them with the one loader
(``load_options``), which fills a typed options object from the settings,
defaults filled in. The build checks the values given in ``pelicanconf.py``,
``publishconf.py`` or the command line against the declared rows once,
when it starts (``check_settings``); the tables of ``docs/settings.md`` are
written from them (``markdown_table``), so none of the three can drift
from the others.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import field, fields
from types import MappingProxyType
from typing import Any, Final, TypeVar

from jekyll_common.errors import ConfigError
from jekyll_common.setting_kinds import Setting

Options = TypeVar("Options")

# Every row declared by the plugins (and tasks) loaded, by name.
_DECLARED: dict[str, Setting] = {}


# Set by the build itself, never by hand.
INTERNAL: Final = frozenset(
    {
        "JEKYLL_BUILD_STATE",
        "JEKYLL_SITE",
        "JEKYLL_DATA",
        # comments: and analytics: of _config.yml, checked (jekyll_config.services).
        "JEKYLL_COMMENTS",
        "JEKYLL_ANALYTICS",
    }
)
# The prefixes whose unknown names are reported as misspellings.
_PREFIXES: Final = ("JEKYLL_", "PUBLISH_", "GITHUB_PAGES_")


def declare(*rows: Setting) -> Mapping[str, Setting]:
    """Declare a plugin's settings; return them by name, for the plugin itself."""
    for row in rows:
        known = _DECLARED.setdefault(row.name, row)
        if known != row:
            raise ValueError(f"setting {row.name} is declared twice, differently")
    return MappingProxyType({row.name: row for row in rows})


def declared() -> Mapping[str, Setting]:
    """Return every declared setting, by name, sorted."""
    return MappingProxyType(dict(sorted(_DECLARED.items())))


def setting_value(settings: Mapping[str, Any], row: Setting) -> Any:
    """Return the value given for a declared setting, or its default."""
    return settings.get(row.name, row.default)


def setting_field(name: str) -> Any:
    """Return an options field that ``load_options`` reads from setting ``name``."""
    return field(metadata={"setting": name})


def load_options(
    options: type[Options], settings: Mapping[str, Any], **derived: Any
) -> Options:
    """Return ``options`` read from Pelican's settings, defaults filled in.

    Each field made by ``setting_field`` takes its setting's value as given
    (its type was checked when the build started) or the declared default;
    ``derived`` gives the fields a plugin works out itself.
    """
    values = dict(derived)
    for item in fields(options):  # type: ignore[arg-type]
        name = item.metadata.get("setting")
        if name is not None and item.name not in values:
            values[item.name] = setting_value(settings, _DECLARED[name])
    return options(**values)


def check_settings(settings: Mapping[str, Any]) -> list[str]:
    """Check the values given for every known setting; name the unknown ones.

    Returns one warning for each name of ours that no setting has (with the
    closest known one); raises ConfigError, one line per setting, for values
    of the wrong type.
    """
    wrong, unknown = [], []
    for name, value in settings.items():
        setting = _DECLARED.get(name)
        if setting is None:
            if name.startswith(_PREFIXES) and name not in INTERNAL:
                unknown.append(_unknown(name))
            continue
        if not setting.kind.accepts(value):
            wrong.append(
                f"setting {name} is {value!r} ({type(value).__name__}); it takes "
                f"{setting.kind.takes}, such as {_example(setting)}"
            )
    if wrong:
        raise ConfigError(
            "\n".join(wrong) + "\nNothing was built: fix the settings "
            "(pelicanconf.py, publishconf.py) and build again."
        )
    return unknown


def from_config(section: str, key: str, value: Any, setting: str) -> Any:
    """Return a ``_config.yml`` value (``section: key:``) a setting takes, checked.

    None (not given) is returned as it is. Raises ConfigError naming the key
    when the value is not of the setting's type.
    """
    row = _DECLARED.get(setting)
    if row is None or value is None or row.kind.accepts(value):
        return value  # (a setting of a plugin not loaded: no one reads it)
    kind = row.kind
    where = f"{section}: {key}" if section else key
    raise ConfigError(
        f"_config.yml: {where} is {value!r}; it takes {kind.takes}, such "
        f"as {_example(row)}. Nothing was built: fix the file and "
        "build again."
    )


def _unknown(name: str) -> str:
    close = difflib.get_close_matches(name, _DECLARED, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else "; see docs/settings.md"
    return f"setting {name} is not one this build knows, and has no effect{hint}"


def _example(setting: Setting) -> str:
    default = setting.default
    if default in ("", None, (), {}) or (
        setting.kind.example and isinstance(default, dict)
    ):
        return setting.kind.example
    return repr(list(default) if isinstance(default, tuple) else default)


def shown_default(setting: Setting) -> str:
    """Return the default of a setting as docs/settings.md shows it."""
    if setting.shown:
        return setting.shown
    default = setting.default
    if isinstance(default, tuple):
        default = list(default)
    if isinstance(default, str):
        return f'`"{default}"`' if not default else f"`{default}`"
    text = repr(default).replace("'", '"')
    return f"`{text}`"


def markdown_table(group: str) -> str:
    """Return the table of one group of settings, as docs/settings.md shows it."""
    chosen = [s for s in declared().values() if s.group == group]
    rows = ["| setting | default | effect |", "|---|---|---|"]
    rows += [f"| `{s.name}` | {shown_default(s)} | {s.effect} |" for s in chosen]
    return "\n".join(rows)


_BLOCK: Final = re.compile(
    r"(<!-- settings: (\w+) -->\n)(?:[^<]|<(?!!-- /settings))*(<!-- /settings -->)"
)


def with_tables(readme: str) -> str:
    """Return a page with each ``<!-- settings: group -->`` table written anew."""
    return _BLOCK.sub(lambda m: m[1] + markdown_table(m[2]) + "\n" + m[3], readme)


def tables_in(readme: str) -> list[str]:
    """Return the groups whose tables a page holds, in order."""
    return [m[2] for m in _BLOCK.finditer(readme)]

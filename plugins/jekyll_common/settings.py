"""Every setting the plugins and tasks read: its type, default and effect.

The one table of settings (``SETTINGS``): each plugin takes its defaults
from it, the build checks the values given in ``pelicanconf.py``,
``publishconf.py`` or the command line against it once, when it starts
(``check_settings``), and the tables of ``docs/settings.md`` are written
from it (``markdown_table``), so none of the three can drift from the others.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from jekyll_common.errors import ConfigError
from jekyll_common.setting_kinds import Setting
from jekyll_common.settings_table import BY_NAME, SETTINGS

__all__ = ["BY_NAME", "SETTINGS", "check_settings", "defaults", "from_config"]


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


def defaults(names: Iterable[str]) -> dict[str, Any]:
    """Return the defaults of the named settings, for a plugin's own table."""
    return {name: BY_NAME[name].default for name in names}


def check_settings(settings: Mapping[str, Any]) -> list[str]:
    """Check the values given for every known setting; name the unknown ones.

    Returns one warning for each name of ours that no setting has (with the
    closest known one); raises ConfigError, one line per setting, for values
    of the wrong type.
    """
    wrong, unknown = [], []
    for name, value in settings.items():
        setting = BY_NAME.get(name)
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
    kind = BY_NAME[setting].kind
    if value is None or kind.accepts(value):
        return value
    where = f"{section}: {key}" if section else key
    raise ConfigError(
        f"_config.yml: {where} is {value!r}; it takes {kind.takes}, such "
        f"as {_example(BY_NAME[setting])}. Nothing was built: fix the file and "
        "build again."
    )


def _unknown(name: str) -> str:
    close = difflib.get_close_matches(name, BY_NAME, n=1, cutoff=0.6)
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
    chosen = [s for s in SETTINGS if s.group == group]
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

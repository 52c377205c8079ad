"""Every setting's row, from the plugins that declare them.

Each plugin declares its settings as it is loaded; ``docs/settings.md``
lists all of them, whatever a build loads, so every plugin in
``pelicanconf.py``'s ``PLUGINS`` is loaded here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from jekyll_common.setting_kinds import Setting
from jekyll_common.settings import declared, with_tables
from jekyll_tasks.runner import PROJECT_ROOT


def every_setting() -> Mapping[str, Setting]:
    """Return every declared setting, by name, each plugin of the site loaded."""
    from pelican.settings import read_settings  # noqa: PLC0415

    plugins = read_settings(str(PROJECT_ROOT / "pelicanconf.py"))["PLUGINS"]
    for module in plugins:
        importlib.import_module(module)
    return declared()


def settings_page(text: str) -> str:
    """Return ``docs/settings.md``'s text with every table written anew."""
    every_setting()
    return with_tables(text)

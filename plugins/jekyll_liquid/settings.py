"""Liquid's settings: the theme's includes standing in for a site's."""

from __future__ import annotations

from typing import Final

from jekyll_common.setting_kinds import BOOL, Setting, group
from jekyll_common.settings import declare

LIQUID_ROWS: Final = declare(
    *group(
        "build",
        Setting(
            "JEKYLL_THEME_INCLUDES",
            BOOL,
            True,
            "the theme's Liquid includes (`base_path`, `archive-single.html`, `toc`, "
            "`figure`...) stand in for those a site names but does not have",
        ),
    )
)

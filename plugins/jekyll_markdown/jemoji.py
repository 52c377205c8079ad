"""jemoji: ``:tada:`` in a document's text is the emoji it names.

Only on sites that list the plugin (``plugins:`` or ``gems:``), as Jekyll
loads it only then. jemoji puts an ``<img>`` from GitHub's servers in its
place; here it is the Unicode character itself: the same picture in every
browser and feed reader, read aloud by its name, and no request elsewhere.
A name no emoji has stays as written, and so does text in code and
preformatted blocks, scripts and styles, which jemoji leaves alone too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from jekyll_common.site import listed_plugins
from jekyll_markdown.text_runs import change_text, skipping

PLUGIN: Final = "jemoji"
_SHORTCODE: Final = re.compile(r":[a-z0-9_+-]+:", re.IGNORECASE)
_SKIPPED: Final = skipping("pre", "code", "tt", "script", "style")


def uses_jemoji(config: Mapping[str, Any]) -> bool:
    """Return whether the site lists jemoji."""
    return PLUGIN in listed_plugins(config)


def with_emoji(text: str) -> str:
    """Return HTML with each ``:name:`` in its text replaced by its emoji."""
    if not _SHORTCODE.search(text):
        return text
    import emoji  # noqa: PLC0415 (only sites that list jemoji pay for it)

    def named(found: re.Match[str]) -> str:
        return emoji.emojize(found[0], language="alias")

    return change_text(text, _SKIPPED, lambda run: _SHORTCODE.sub(named, run))

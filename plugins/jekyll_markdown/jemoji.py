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

PLUGIN: Final = "jemoji"
_SHORTCODE: Final = re.compile(r":[a-z0-9_+-]+:", re.IGNORECASE)
_SKIPPED: Final = re.compile(
    r"(<(pre|code|tt|script|style)\b.*?</\2\s*>|<[^>]*>)", re.IGNORECASE | re.DOTALL
)


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

    parts = _SKIPPED.split(text)
    out = []
    for index in range(0, len(parts), 3):
        out.append(_SHORTCODE.sub(named, parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])  # a skipped element or tag, as it is
    return "".join(out)

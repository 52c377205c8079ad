"""jekyll-mentions: ``@name`` in a document's text links to that GitHub user.

Only on sites that list the plugin (``plugins:`` or ``gems:``), as Jekyll
loads it only then; ``jekyll-mentions: base_url`` (or the section as a
URL) changes where names link. Names in code, links, scripts and styles
are left alone, as html-pipeline's MentionFilter leaves them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any, Final

from jekyll_common.site import listed_plugins
from jekyll_markdown.text_runs import change_text, skipping

PLUGIN: Final = "jekyll-mentions"
DEFAULT_BASE: Final = "https://github.com"
# html-pipeline's pattern: a name after a non-word, not followed by a path.
_MENTION: Final = re.compile(
    r"(?<![\w@])@([a-z0-9][a-z0-9-]*)(?![\w/@-])(?!\.\w)", re.IGNORECASE
)
_SKIPPED: Final = skipping("pre", "code", "a", "script", "style")
_SAFE_BASE: Final = re.compile(r"https?://[\w.-]+(?::\d+)?(?:/[\w./-]*)?")


def mentions_base(config: Mapping[str, Any]) -> str | None:
    """Return where ``@name`` links on this site; None without the plugin."""
    if PLUGIN not in listed_plugins(config):
        return None
    own = config.get(PLUGIN)
    base = own.get("base_url") if isinstance(own, Mapping) else own
    if isinstance(base, str) and _SAFE_BASE.fullmatch(base.strip()):
        return base.strip().rstrip("/")
    return DEFAULT_BASE


def link_mentions(text: str, base: str) -> str:
    """Return HTML with each ``@name`` in its text linked to ``base/name``."""
    if "@" not in text:
        return text
    return change_text(
        text, _SKIPPED, lambda run: _MENTION.sub(lambda m: _link(m, base), run)
    )


def _link(found: re.Match[str], base: str) -> str:
    name = found[1]
    href = html.escape(f"{base}/{name}")
    return f'<a href="{href}" class="user-mention">@{name}</a>'

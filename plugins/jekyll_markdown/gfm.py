"""GFM's rules where Python-Markdown's differ: headings, strikethrough, task lists.

kramdown-parser-gfm (Jekyll's Markdown input) makes ``#`` a heading only
when a space or tab follows it (``#word`` is text, a hashtag); writes
``~~text~~`` as ``<del>`` and ``- [ ]``/``- [x]`` items as task-list
items; and lets fenced code stand wherever a block may (in list items and
quotes). The last three are pymdown-extensions' ``tilde`` (subscripts off),
``tasklist`` and ``superfences``.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.blockprocessors import HashHeaderProcessor
from markdown.preprocessors import Preprocessor

# Python-Markdown's pattern, with GFM's space (or tab) after the hashes.
_GFM_HASH_HEADER = re.compile(
    r"(?:^|\n)(?P<level>#{1,6})(?=[ \t])"
    r"(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
)
# A fence closing inside a list item, and the next item's marker line.
_ITEM_FENCE_END = re.compile(r"^[ \t]+(?:`{3,}|~{3,})[ \t]*$")
_ITEM_START = re.compile(r"^ {0,3}(?:[*+-]|\d+[.)])[ \t]")

# Extensions GFM needs, with the options that give kramdown-parser-gfm's output.
EXTENSIONS = {
    "pymdownx.tilde": {"subscript": False},
    "pymdownx.tasklist": {"custom_checkbox": False},
    "pymdownx.superfences": {},
}


class ItemAfterFence(Preprocessor):
    """End a list item's fenced code where the next item starts, as GFM does.

    Python-Markdown would read an item marker right after an indented
    closing fence as more of the item; a blank line between tells it.
    """

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines with a blank line before such an item."""
        kept: list[str] = []
        for line in lines:
            if kept and _ITEM_START.match(line) and _ITEM_FENCE_END.match(kept[-1]):
                kept.append("")
            kept.append(line)
        return kept


class GfmHashHeader(HashHeaderProcessor):
    """A ``#`` heading only with a space or tab after the hashes."""

    RE = _GFM_HASH_HEADER


def register_gfm(md: Markdown) -> None:
    """Register GFM's heading rule on ``md`` (the extensions come by name)."""
    md.parser.blockprocessors.register(GfmHashHeader(md.parser), "hashheader", 70)
    # Before fenced code is set aside (superfences, 25).
    md.preprocessors.register(ItemAfterFence(md), "gfm_item_after_fence", 29)

"""Heading ids as kramdown's GFM parser makes them, so old ``#anchors`` work.

kramdown (GFM input, Jekyll's default) takes the heading's text, with its
typographic symbols made (``---`` an em dash, ``--`` an en dash, ``...`` an
ellipsis), lower-cases it, drops every character that is not a letter,
mark, digit, connector, hyphen, space or tab, turns spaces and tabs into
hyphens, and numbers repeats ``-1``, ``-2``... in document order.
"""

from __future__ import annotations

from collections import Counter

import regex

_NON_WORD = regex.compile(r"[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]")
# What kramdown turns into a typographic symbol: not kept in an id.
_SYMBOLS = regex.compile(r"---|--|\.\.\.|<<|>>")


class HeaderIds:
    """Hands out kramdown GFM ids for one document."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def make(self, text: str) -> str:
        """Return the id for a heading whose plain text is ``text``."""
        text = _SYMBOLS.sub("", text)  # kramdown's dashes, dropped as symbols
        base = _NON_WORD.sub("", text.strip().lower())
        base = base.replace(" ", "-").replace("\t", "-")
        count = self._seen[base]
        self._seen[base] += 1
        return f"{base}-{count}" if count else base

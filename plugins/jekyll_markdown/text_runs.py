"""A page's text between the elements a filter leaves alone.

jekyll-mentions and jemoji (html-pipeline's filters) change the words of a
rendered page but never inside code, nor inside the tags themselves: the
HTML is cut at those elements and tags, and only the text between them is
changed. Pure logic.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def skipping(*elements: str) -> re.Pattern[str]:
    """Return the pattern of the ``elements`` (whole) and of every other tag."""
    names = "|".join(elements)
    return re.compile(rf"(<({names})\b.*?</\2\s*>|<[^>]*>)", re.IGNORECASE | re.DOTALL)


def change_text(
    html: str, skipped: re.Pattern[str], change: Callable[[str], str]
) -> str:
    """Return ``html`` with ``change`` applied to its text outside ``skipped``."""
    parts = skipped.split(html)
    out = []
    for index in range(0, len(parts), 3):
        out.append(change(parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])  # a skipped element or tag, as it is
    return "".join(out)

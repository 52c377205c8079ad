"""A page's text between the elements a filter leaves alone.

jekyll-mentions and jemoji (html-pipeline's filters) change the words of a
rendered page but never inside code, nor inside the tags themselves: the
HTML is cut at those elements and tags, and only the text between them is
changed. Pure logic.

Finding where an element ends (``</code>`` after ``<code>``) is shared by
every reader of such elements (``Closings``): an element never closed must
not send each later opening to the text's end again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


class Closings:
    """The closing of each element in one text, each kind given up on once.

    A closing not found after one place is not found after any later one:
    a kind once missing is not searched for again. Openings are read left to
    right, so each search starts after the one before it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._missing: set[re.Pattern[str]] = set()

    def after(self, closing: re.Pattern[str], start: int) -> re.Match[str] | None:
        """Return the first match of ``closing`` from ``start``, or None."""
        if closing in self._missing:
            return None
        found = closing.search(self.text, start)
        if found is None:
            self._missing.add(closing)
        return found


@dataclass(frozen=True, slots=True)
class Skipped:
    """The elements left whole (``<code>...</code>``); any other tag is left too."""

    opening: re.Pattern[str]
    closing: dict[str, re.Pattern[str]]


def skipping(*elements: str) -> Skipped:
    """Return the elements (whole) and every other tag a filter leaves alone."""
    names = "|".join(elements)
    return Skipped(
        re.compile(rf"<({names})\b", re.IGNORECASE),
        {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in elements},
    )


def change_text(html: str, skipped: Skipped, change: Callable[[str], str]) -> str:
    r"""Return ``html`` with ``change`` applied to its text outside ``skipped``.

    What is left alone is what ``(<(names)\b.*?</\2\s*>|<[^>]*>)`` finds,
    read left to right: a skipped element whole when it is closed, else a tag.
    """
    out: list[str] = []
    closings = Closings(html)
    last_tag_end = html.rfind(">")
    position = 0
    start = html.find("<")
    # Past the last ">", no tag and no closing can be found.
    while 0 <= start < last_tag_end:
        element = skipped.opening.match(html, start)
        closing = element and closings.after(
            skipped.closing[element[1].lower()], element.end()
        )
        end = closing.end() if closing else html.index(">", start) + 1
        out += [change(html[position:start]), html[start:end]]
        position = end
        start = html.find("<", end)
    out.append(change(html[position:]))
    return "".join(out)

"""Lists and quotes nested past any real document's depth, read at a bound.

Python-Markdown reads a nested block again at every level it sits under, and
each level through a few calls of its own: a list or quote nested a few
hundred levels deep took time and memory growing with the cube of its depth
(3,000 levels: minutes and gigabytes), and past about 400 levels it failed.
Real documents nest a handful of levels. A line deeper than the bound (more
than ``MOST_QUOTES`` quote markers, or indented past ``MOST_COLUMNS``) is
read at the bound: the markers past it, and the indentation past it, are
left out. Fenced code is never changed. Documents within the bound are read
as written.
"""

from __future__ import annotations

import re
from typing import Final

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from jekyll_markdown.blocks import FENCE

MOST_QUOTES: Final = 32
# 32 levels of four-space lists, 64 of two-space ones.
MOST_COLUMNS: Final = 128
_QUOTES = re.compile(r"(?: {0,3}> ?)+")


def bounded_nesting(lines: list[str]) -> tuple[list[str], int | None]:
    """Return ``lines`` read at the nesting bound, and the first line changed."""
    if not _may_nest_deep("\n".join(lines)):
        return lines, None
    first: int | None = None
    fence: str | None = None
    bounded = lines
    for number, line in enumerate(lines):
        opened = FENCE.match(line)
        if fence is not None:
            if opened and line.strip().startswith(fence):
                fence = None
            continue
        if opened:
            fence = opened[1]
            continue
        kept = _bounded_line(line)
        if kept is not line:
            if first is None:
                first, bounded = number, list(lines)
            bounded[number] = kept
    return bounded, first


def _may_nest_deep(text: str) -> bool:
    # Searched in C: most documents need no look at each line.
    return " " * (MOST_COLUMNS + 1) in text or text.count(">") > MOST_QUOTES


def _bounded_line(line: str) -> str:
    quotes = _QUOTES.match(line)
    markers = quotes[0] if quotes else ""
    rest = line[len(markers) :]
    indent = len(rest) - len(rest.lstrip(" "))
    deep_quotes = markers.count(">") > MOST_QUOTES
    if not deep_quotes and indent <= MOST_COLUMNS:
        return line
    if deep_quotes:
        markers = "> " * MOST_QUOTES
    return markers + rest[max(0, indent - MOST_COLUMNS) :]


class _BoundedNesting(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return bounded_nesting(lines)[0]


def register_nesting(md: Markdown) -> None:
    """Bound the nesting before the lists are read (after tabs are expanded)."""
    md.preprocessors.register(_BoundedNesting(md), "kd_bounded_nesting", 27.5)

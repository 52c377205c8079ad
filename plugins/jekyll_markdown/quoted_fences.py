"""Fenced code in a blockquote, a block of its own as kramdown reads it.

kramdown ends a quote's paragraph at a fence (``> text`` then ``> `````)
and starts one after its closing line. pymdown-extensions' superfences
finds the fence, but Python-Markdown then reads its code into the
paragraph around it: ``<p>text <div class="highlight">...</p>``. A quoted
blank line before and after the fence parts them, as kramdown does.
(Fences outside quotes are parted with the lists, in ``blocks``.)
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from jekyll_markdown.blocks import closes_fence

# A line's quote markers, and a fence after them (up to three spaces in).
_QUOTE = re.compile(r"^ {0,3}((?:> ?)+)")
_FENCE_AFTER = re.compile(r" {0,3}(`{3,}|~{3,})")


def _quoted(line: str) -> tuple[int, str]:
    """Return how deep a line is quoted, and its text inside the quotes."""
    found = _QUOTE.match(line)
    if found is None:
        return 0, line
    return found[1].count(">"), line[found.end() :]


def part_quoted_fences(lines: list[str]) -> list[str]:
    """Return ``lines`` with a quoted blank line around each quoted fence."""
    out: list[str] = []
    fence = ""  # the open fence's characters, inside quotes
    closed = 0  # how deep the fence closed on the line before was quoted
    for line in lines:
        depth, text = _quoted(line)
        opening = _FENCE_AFTER.match(text) if depth else None
        if fence:
            if depth and closes_fence(text, fence):
                fence, closed = "", depth
            out.append(line)
            continue
        before = _quoted(out[-1]) if out else (0, "")
        if opening is not None:
            parted = before[0] == depth and bool(before[1].strip())
            fence = opening[1]
        else:
            parted = closed > 0 and closed == depth and bool(text.strip())
        if parted:
            out.append(">" * depth)
        closed = 0
        out.append(line)
    return out


class _QuotedFences(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not any(">" in line and ("```" in line or "~~~" in line) for line in lines):
            return lines
        return part_quoted_fences(lines)


def register_quoted_fences(md: Markdown) -> None:
    """Register the parting of quoted fences before superfences reads them (25)."""
    md.preprocessors.register(_QuotedFences(md), "kramdown_quoted_fences", 26)

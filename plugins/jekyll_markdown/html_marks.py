"""Which HTML blocks kramdown reads as Markdown, found in one pass.

kramdown reads an element marked ``markdown="1"`` as Markdown wherever it
stands; Python-Markdown's ``md_in_html`` only inside elements marked too.
So the elements enclosing a marked one are found here, to be marked; and
two shapes ``md_in_html`` misreads are found for the preprocessor to
mend: an element left open to the document's end (kramdown closes it
there), and a closing tag with more after it on its line (a course site's
``</div><!-- /.columns -->``), which left the rest of the page unread.
"""

from __future__ import annotations

import itertools
import re

TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)\b([^<>]*?)(/?)>")
LINE_START_TAG = re.compile(r"^ {0,3}<([A-Za-z][\w-]*)\b")
MARKDOWN_ATTRIBUTE = re.compile(r"\bmarkdown\s*=")
_VOID = frozenset({"hr", "br", "img", "input", "col", "source", "track", "wbr"})


def enclosing_marked(
    lines: list[str], blocks: list[str]
) -> tuple[set[int], list[str], dict[int, list[int]]]:
    """Return the lines opening a block element that encloses a marked one.

    One pass: a stack of the open block elements; a mark sets a flag on the
    innermost, and a flagged element passes its flag on when it closes. An
    element holding text of its own is left as it is: marked, its text
    would be read as Markdown, which kramdown does not do. Also returned:
    the names of the elements left open at the end that are marked or
    enclose a mark, innermost first; and by line, where a line should
    break after such an element's closing tag, when more follows it.
    """
    found: set[int] = set()
    breaks: dict[int, list[int]] = {}
    stack: list[_Open] = []
    for index, line in enumerate(lines):
        position = 0
        for tag in TAG.finditer(line):
            if stack and has_text(line[position : tag.start()]):
                stack[-1].has_text = True
            position = tag.end()
            closing, name, attributes, empty = tag.groups()
            name = name.lower()
            mark = MARKDOWN_ATTRIBUTE.search(attributes) and not closing
            if mark and stack:
                stack[-1].encloses_mark = True
            if name not in blocks or name in _VOID or empty:
                continue
            if not closing:
                stack.append(_Open(index, name, marked=bool(mark)))
                continue
            while stack:
                element = stack.pop()
                holds = _close(element, stack, lines, found) or element.marked
                if element.name == name:
                    if holds and line[tag.end() :].strip():
                        breaks.setdefault(index, []).append(tag.end())
                    break
        if stack and has_text(line[position:]):
            stack[-1].has_text = True
    unclosed = []
    while stack:
        element = stack.pop()
        if _close(element, stack, lines, found) or element.marked:
            unclosed.append(element.name)
    return found, unclosed, breaks


def broken(line: str, at: list[int]) -> list[str]:
    """Return a line broken at the given places, each piece without its spaces."""
    edges = [0, *at, len(line)]
    pieces = [line[start:end] for start, end in itertools.pairwise(edges)]
    return [pieces[0], *(piece.strip() for piece in pieces[1:] if piece.strip())]


def has_text(segment: str) -> bool:
    """Return whether a piece of a line holds text besides its comments."""
    at = 0
    while (start := segment.find("<!--", at)) >= 0:
        end = segment.find("-->", start + 4)
        if segment[at:start].strip() or end < 0:
            return True
        at = end + 3
    return bool(segment[at:].strip())


def _close(
    element: _Open, stack: list[_Open], lines: list[str], found: set[int]
) -> bool:
    """Close an element: mark its line if it encloses a mark; say if it does."""
    if not element.encloses_mark:
        return False
    if not element.has_text and LINE_START_TAG.match(lines[element.line]):
        found.add(element.line)
    if stack:
        stack[-1].encloses_mark = True
    return True


class _Open:
    """A block element open at some point of the lines."""

    __slots__ = ("encloses_mark", "has_text", "line", "marked", "name")

    def __init__(self, line: int, name: str, *, marked: bool = False) -> None:
        self.line, self.name, self.marked = line, name, marked
        self.encloses_mark = self.has_text = False

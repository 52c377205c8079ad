r"""kramdown's math: ``$$...$$``, found by kramdown's rules, never touched inside.

Mirrors kramdown 2.4's parser (``parser/kramdown/math.rb``) and its
``mathjax`` math engine, which Jekyll configures: ``$$...$$`` standing alone
between block boundaries (a blank line before, a blank line, a block IAL or
the end after) is a block, written ``\[...\]``; any other ``$$...$$`` is
inline, written ``\(...\)``. The TeX is stripped and HTML-escaped (``<``,
``>``, ``&``) and nothing else: no Markdown, no typography, no smart quotes
reach it, as they reach nothing kramdown has parsed as math. ``\$`` is an
escaped dollar, as in kramdown.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from typing import Final

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.inlinepatterns import InlineProcessor
from markdown.postprocessors import Postprocessor

from jekyll_markdown.ial import IAL_LINE

# kramdown's BLOCK_MATH_START (up to the first closing $$), and what may
# follow it for the formula to be a block: the end of the block, or a block
# IAL line.
_BLOCK_START = re.compile(r"^ {0,3}(\\)?\$\$(.*?)\$\$", re.DOTALL)
_OPENS_BLOCK = re.compile(r"^ {0,3}\\?\$\$")
_INLINE = r"(?<!\\)\$\$(.*?)\$\$"
# Where a block formula goes once the tree is serialised (``\x02`` and
# ``\x03`` are Python-Markdown's own placeholder marks).
_TOKEN = "\x02kdmath:{}\x03"  # noqa: S105 (a placeholder)
_TOKEN_IN_PARAGRAPH = re.compile(r"<p((?: [^>]*)?)>\x02kdmath:(\d+)\x03</p>")
_TOKEN_ALONE = re.compile(r"\x02kdmath:(\d+)\x03")


def math_html(tex: str, *, block: bool) -> str:
    """Return kramdown's ``mathjax`` form of a formula."""
    value = html.escape(tex.strip(), quote=False)
    return f"\\[{value}\\]\n" if block else f"\\({value}\\)"


class BlockMath(BlockProcessor):
    """A ``$$...$$`` that is a block of its own (across blank lines too)."""

    def __init__(self, parser: object, formulas: list[str]) -> None:
        super().__init__(parser)
        self.formulas = formulas

    def test(self, parent: etree.Element, block: str) -> bool:
        """Return whether a block starts as block math may."""
        del parent
        return _OPENS_BLOCK.match(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        """Take a formula that is a block of its own; False to leave it inline."""
        text = blocks[0]
        # The formula may hold blank lines: take the blocks up to the first
        # that holds its closing $$ (none: no block math here).
        taken = 1
        if "$$" not in text[_OPENS_BLOCK.match(text).end() :]:
            taken = next((n + 1 for n in range(1, len(blocks)) if "$$" in blocks[n]), 0)
            if not taken:
                return False
            text = "\n\n".join(blocks[:taken])
        found = _BLOCK_START.match(text)
        if found is None:
            return False
        rest = text[found.end() :]
        line_end = rest.find("\n")
        after = rest[line_end + 1 :] if line_end >= 0 else ""
        ends_line = not (rest[:line_end] if line_end >= 0 else rest).strip()
        if found.group(1):
            # "\$$...$$" on a line of its own: kramdown drops the backslash.
            if ends_line:
                blocks[0] = blocks[0].replace("\\", "", 1)
            return False
        if not ends_line or (
            after.strip() and not IAL_LINE.match(after.split("\n")[0])
        ):
            return False  # not before a block boundary: inline math
        del blocks[:taken]
        if after.strip():
            blocks.insert(0, after)
        self.formulas.append(math_html(found.group(2), block=True))
        paragraph = etree.SubElement(parent, "p")
        paragraph.text = _TOKEN.format(len(self.formulas) - 1)
        return True


class InlineMath(InlineProcessor):
    """Any other ``$$...$$``, kept away from every other inline pattern."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:
        """Stash the formula's HTML; Markdown sees only a placeholder."""
        del data
        stashed = self.md.htmlStash.store(math_html(m.group(1), block=False))
        return stashed, m.start(0), m.end(0)


class BlockMathOutput(Postprocessor):
    """Put each block formula in place of its placeholder paragraph."""

    def __init__(self, md: Markdown, formulas: list[str]) -> None:
        super().__init__(md)
        self.formulas = formulas

    def run(self, text: str) -> str:
        """Return ``text`` with the block formulas in it."""
        formulas = self.formulas
        text = _TOKEN_IN_PARAGRAPH.sub(
            lambda m: (
                f"<div{m.group(1)}>{formulas[int(m.group(2))]}</div>"
                if m.group(1)
                else formulas[int(m.group(2))]
            ),
            text,
        )
        text = _TOKEN_ALONE.sub(lambda m: formulas[int(m.group(1))].rstrip("\n"), text)
        formulas.clear()
        return text


def register_math(md: Markdown) -> None:
    """Register kramdown's math on ``md``."""
    formulas: list[str] = []
    if "$" not in md.ESCAPED_CHARS:
        md.ESCAPED_CHARS.append("$")
    # Before code blocks and paragraphs (kramdown's block parsers come first).
    md.parser.blockprocessors.register(BlockMath(md.parser, formulas), "kd_math", 95)
    # After code spans (190), before escapes (180) and everything else.
    md.inlinePatterns.register(InlineMath(_INLINE, md), "kd_inline_math", 185)
    # Before the raw HTML (30) is put back: the formulas hold none.
    md.postprocessors.register(BlockMathOutput(md, formulas), "kd_math_out", 35)


# Math in rendered HTML, in kramdown's forms, for typography to leave alone.
class _Span:
    """One formula found: what ``re.Match`` gives that the callers read."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, index: int = 0) -> str:
        del index
        return self._text[self._start : self._end]


class _Formulas:
    r"""kramdown's ``\(...\)`` and ``\[...\]`` in HTML, found in linear time.

    A pattern would try every opener to the end of the text when one is
    never closed (a code listing with ``\(`` on each line): quadratic.
    Here an opener with no closer after it ends the search for its kind.
    """

    _OPENER = re.compile(r"\\[(\[]")
    _CLOSERS: Final = {"(": "\\)", "[": "\\]"}

    def finditer(self, text: str) -> Iterator[_Span]:
        position, closed = 0, {"(": True, "[": True}
        while True:
            opener = self._OPENER.search(text, position)
            if opener is None:
                return
            kind = opener.group(0)[1]
            end = text.find(self._CLOSERS[kind], opener.end()) if closed[kind] else -1
            if end < 0:
                closed[kind] = False
                position = opener.end()
                continue
            yield _Span(text, opener.start(), end + 2)
            position = end + 2

    def search(self, text: str) -> _Span | None:
        return next(self.finditer(text), None)

    def sub(self, replace: Callable[[_Span], str], text: str) -> str:
        parts, position = [], 0
        for found in self.finditer(text):
            parts += [text[position : found._start], replace(found)]
            position = found._end
        parts.append(text[position:])
        return "".join(parts)


MATH_IN_HTML = _Formulas()
# ``$...$`` as MathJax's inlineMath reads it, where a site turns it on: a
# dollar, no space after it, text on one line, no space before the closing
# one (``$5 and $6`` is two prices: a space follows ``and``... MathJax reads
# it as math all the same, and so does this).
INLINE_DOLLARS = re.compile(r"(?<![\\$])\$[^$\n]+\$")
# ``$$...$$`` as MathJax's displayMath reads it: in an HTML document, which
# kramdown never reads (in Markdown it is kramdown's own, written as \[...\]).
DISPLAY_DOLLARS = re.compile(r"\$\$[^$]+\$\$")


def shows_math(fragment: str, *, dollars: bool = False) -> bool:
    """Return whether an HTML fragment holds math a renderer would draw.

    kramdown's formulas always; ``$...$`` and ``$$...$$`` too when the
    site's MathJax reads dollars (``dollars``).
    """
    if MATH_IN_HTML.search(fragment) is not None:
        return True
    if not dollars:
        return False
    found = INLINE_DOLLARS.search(fragment) or DISPLAY_DOLLARS.search(fragment)
    return found is not None


_ENVIRONMENT = re.compile(r"\\(begin|end)\{([^}]*)\}")


def formula_problem(tex: str) -> str | None:
    """Return why MathJax cannot draw a formula (it then shows its TeX), or None.

    MathJax finds a formula's end only outside braces, and stops at an
    environment left open: the checks that catch what it cannot read.
    """
    depth = 0
    escaped = False
    for character in tex:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == "{":
            depth += 1
        elif character == "}":
            depth -= 1
            if depth < 0:
                return "a } closes no {"
    if depth:
        return f"{depth} {{ not closed"
    open_environments: list[str] = []
    for kind, name in _ENVIRONMENT.findall(tex):
        if kind == "begin":
            open_environments.append(name)
        elif not open_environments or open_environments.pop() != name:
            return f"\\end{{{name}}} without its \\begin{{{name}}}"
    if open_environments:
        return f"\\begin{{{open_environments[-1]}}} not ended"
    return None


def formula_problems(fragment: str) -> Iterator[tuple[str, str]]:
    """Yield (formula, why) for each formula of an HTML fragment MathJax cannot draw."""
    for found in MATH_IN_HTML.finditer(fragment):
        tex = html.unescape(found.group(0)[2:-2])
        problem = formula_problem(tex)
        if problem is not None:
            yield tex, problem

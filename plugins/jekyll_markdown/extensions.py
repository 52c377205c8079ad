r"""kramdown's extensions ``{::comment}`` and ``{::nomarkdown}``, block and span.

A block extension starts with ``{::name}`` alone on a line and ends at a
line ``{:/name}`` or ``{:/}`` (up to three spaces in); a span one ends at
the first ``{:/name}`` or ``{:/}`` after it on its line (a line holding a
code span is left as it is); ``{::name .../}`` is empty.
``comment`` writes an HTML comment, ``nomarkdown`` its text as it is (for
HTML: one of another ``type``, ``latex``, writes nothing). Without its end
an extension is text, as in kramdown; ``{::options}`` is ``html_blocks``'.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from jekyll_markdown.gfm import block_end
from jekyll_markdown.text_runs import Closings

_NAMES = r"(comment|nomarkdown)"
_BLOCK_START = re.compile(r"^\{::" + _NAMES + r"(\s[^}]*?)?(/)?\}\s*$")
_TYPE = re.compile(r"""\btype\s*=\s*["']?([\w, -]*)""")


def _written(name: str, attributes: str, body: str) -> str:
    """Return what an extension writes into the HTML."""
    if name == "comment":
        return f"<!-- {body} -->"
    found = _TYPE.search(attributes or "")
    return body if found is None or "html" in found.group(1) else ""


class BlockExtensions(Preprocessor):
    """``{::comment}`` and ``{::nomarkdown}``, set aside as they write."""

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines with each closed block extension set aside."""
        if not any("{::" in line for line in lines):
            return lines
        kept: list[str] = []
        # Names with no end line after some line: none after any later one.
        unclosed: set[str] = set()
        index = 0
        while index < len(lines):
            found = _BLOCK_START.match(lines[index])
            end = None
            if found is not None and found.group(1) not in unclosed:
                end = self._end(lines, index, found)
                if end is None:
                    unclosed.add(found.group(1))
            if found is None or end is None:
                line = lines[index]
                kept.append(_spans(self.md, line) if "{::" in line else line)
                index += 1
                continue
            name, attributes = found.group(1), found.group(2) or ""
            body = "\n".join(lines[index + 1 : end]).strip()
            written = _written(name, attributes, body)
            kept += block_end(self.md, written)
            index = end + 1
        return kept

    @staticmethod
    def _end(lines: list[str], start: int, found: re.Match[str]) -> int | None:
        if found.group(3):
            return start  # {::name/}: empty
        stop = re.compile(r"^ {0,3}\{:/(?:" + found.group(1) + r")?\}\s*$")
        return next(
            (n for n in range(start + 1, len(lines)) if stop.match(lines[n])), None
        )


# The empty form first, then the opening of a body that ends at the first
# {:/name} or {:/} after it.
_SPAN_OPENING = re.compile(r"\{::" + _NAMES + r"(\s[^}]*?)?(?:(/)\}|\})")
_SPAN_END = {
    name: re.compile(r"\{:/(?:" + name + r")?\}") for name in ("comment", "nomarkdown")
}


def _spans(md: Markdown, line: str) -> str:
    """Return a line with its span extensions set aside (not in code spans).

    Each end is found through ``Closings``: each opening read to the
    line's end, and thousands never closed took seconds.
    """
    if "`" in line:
        return line  # an extension written in code is code
    parts: list[str] = []
    closings = Closings(line)
    position = searched = 0
    while (opening := _SPAN_OPENING.search(line, searched)) is not None:
        name, body, end = opening.group(1), "", opening.end()
        if not opening.group(3):  # a body, up to its end
            ending = closings.after(_SPAN_END[name], end)
            if ending is None:
                searched = opening.start() + 1
                continue
            body, end = line[opening.end() : ending.start()], ending.end()
        written = _written(name, opening.group(2) or "", body)
        parts += [line[position : opening.start()], md.htmlStash.store(written)]
        position = searched = end
    return "".join(parts) + line[position:] if parts else line


def register_extensions(md: Markdown) -> None:
    """Register kramdown's comment and nomarkdown extensions on ``md``."""
    # After fenced code is set aside (25): nothing in code is read; before
    # IALs are placed (24). Spans too: no inline pattern tried on every text.
    md.preprocessors.register(BlockExtensions(md), "kd_block_extensions", 24.5)

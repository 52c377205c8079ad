r"""kramdown's extensions ``{::comment}`` and ``{::nomarkdown}``, block and span.

A block extension starts with ``{::name}`` alone on a line and ends at a
line ``{:/name}`` or ``{:/}`` (up to three spaces in); a span one ends at
the first ``{:/name}`` or ``{:/}`` after it; ``{::name .../}`` is empty.
``comment`` writes an HTML comment, ``nomarkdown`` its text as it is (for
HTML: one of another ``type``, ``latex``, writes nothing). Without its end
an extension is text, as in kramdown; ``{::options}`` is ``html_blocks``'.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor

from jekyll_markdown.gfm import block_end

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
    """Block ``{::comment}`` and ``{::nomarkdown}``, set aside as they write."""

    def run(self, lines: list[str]) -> list[str]:
        """Return the lines with each closed block extension set aside."""
        if not any(line.startswith("{::") for line in lines):
            return lines
        kept: list[str] = []
        index = 0
        while index < len(lines):
            found = _BLOCK_START.match(lines[index])
            end = None if found is None else self._end(lines, index, found)
            if found is None or end is None:
                kept.append(lines[index])
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


class SpanExtension(InlineProcessor):
    """A span ``{::comment}...{:/}`` or ``{::nomarkdown}...{:/}``."""

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[str | etree.Element | None, int, int]:
        """Return what the extension writes, set aside."""
        del data
        name, attributes = m.group(1), m.group(2) or ""
        body = "" if m.group(3) else (m.group(4) or "")
        return (
            self.md.htmlStash.store(_written(name, attributes, body)),
            m.start(0),
            m.end(0),
        )


# The empty form first, then a body up to {:/name} or {:/}.
_SPAN = r"\{::" + _NAMES + r"(\s[^}]*?)?(?:(/)\}|\}(.*?)\{:/(?:\1)?\})"


def register_extensions(md: Markdown) -> None:
    """Register kramdown's comment and nomarkdown extensions on ``md``."""
    # After fenced code is set aside (25): nothing in code is read; before
    # IALs are placed (24).
    md.preprocessors.register(BlockExtensions(md), "kd_block_extensions", 24.5)
    # Before emphasis, after code spans (190): `{::comment}` in code is code.
    md.inlinePatterns.register(SpanExtension(_SPAN, md), "kd_span_extensions", 185)

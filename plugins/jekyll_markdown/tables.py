r"""kramdown's tables where they go beyond GFM's: bodies, footers, no header.

Mirrors kramdown's table parser for a block whose every line starts with
``|``: rows before the first separator line (``|---|``) are the header;
each later separator starts another ``<tbody>``; rows after a ``|===|``
line are the ``<tfoot>``; a table with no separator after its first row
has no header; short rows get empty cells; a pipe in a code span or
escaped (``\|``) is no cell border. The first separator's colons give each
column's alignment. A table whose lines do not all start with ``|`` is left
to Python-Markdown's ``tables`` (GFM's syntax).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor

_ROW = re.compile(r"^ {0,3}\|")
_SEPARATOR = re.compile(r"^ {0,3}\|[ \t:|+-]*-[ \t:|+-]*$")
_FOOTER = re.compile(r"^ {0,3}\|[ \t:|+=]*=[ \t:|+=]*$")
# A cell ends at a pipe that is neither escaped nor inside a code span.
_CELL_PART = re.compile(r"(`+).*?\1|\\.|[^|`\\]+|`+|\\")


def _cells(line: str) -> list[str]:
    text = line.strip()[1:]
    cells, current = [], ""
    position = 0
    while position < len(text):
        if text[position] == "|":
            cells.append(current)
            current = ""
            position += 1
            continue
        found = _CELL_PART.match(text, position)
        current += found.group(0)
        position = found.end()
    if current.strip() or not text.endswith("|"):
        cells.append(current)
    return [cell.strip() for cell in cells]


def _alignments(separator: str) -> list[str | None]:
    found = []
    for cell in _cells(separator):
        left, right = cell.startswith(":"), cell.endswith(":")
        found.append(
            "center"
            if left and right
            else "left"
            if left
            else "right"
            if right
            else None
        )
    return found


class KramdownTable(BlockProcessor):
    """A table with kramdown's bodies, footer or missing header."""

    def test(self, parent: etree.Element, block: str) -> bool:
        """Return whether every line of the block is a table row."""
        del parent
        return all(_ROW.match(line) for line in block.split("\n"))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Write the table."""
        lines = blocks.pop(0).split("\n")
        separators = [line for line in lines if _SEPARATOR.match(line)]
        align = _alignments(separators[0]) if separators else []
        groups: list[tuple[str, list[list[str]]]] = [("tbody", [])]
        for index, line in enumerate(lines):
            if _FOOTER.match(line):
                groups.append(("tfoot", []))
            elif _SEPARATOR.match(line) and groups[-1][0] != "tfoot":
                if index and groups[-1][0] == "tbody" and len(groups) == 1:
                    groups[0] = ("thead", groups[0][1])
                groups.append(("tbody", []))
            elif not _SEPARATOR.match(line):
                groups[-1][1].append(_cells(line))
        width = max((len(row) for _, rows in groups for row in rows), default=0)
        table = etree.SubElement(parent, "table")
        for kind, rows in groups:
            if not rows:
                continue
            section = etree.SubElement(table, kind)
            for row in rows:
                tr = etree.SubElement(section, "tr")
                for column in range(width):
                    cell = etree.SubElement(tr, "th" if kind == "thead" else "td")
                    cell.text = row[column] if column < len(row) else ""
                    if column < len(align) and align[column]:
                        cell.set("style", f"text-align: {align[column]}")


def register_tables(md: Markdown) -> None:
    """Register kramdown's tables on ``md`` (before Python-Markdown's, 75)."""
    md.parser.blockprocessors.register(KramdownTable(md.parser), "kd_table", 76)

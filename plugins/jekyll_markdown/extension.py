"""The Python-Markdown extension that gives kramdown's (GFM) results."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from jekyll_markdown.blocks import normalise_lists
from jekyll_markdown.gfm import register_gfm
from jekyll_markdown.headings import HeaderIds
from jekyll_markdown.ial import register_ial
from jekyll_markdown.math import register_math
from jekyll_markdown.tables import register_tables

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Python-Markdown keeps raw HTML and some entities as \x02...\x03 placeholders.
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")


class _ListPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return normalise_lists("\n".join(lines)).split("\n")


class _HeaderIdTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        ids = HeaderIds()
        for element in root.iter():
            if element.tag in _HEADINGS and "id" not in element.attrib:
                text = _PLACEHOLDER.sub("", "".join(element.itertext()))
                element.set("id", ids.make(text))


class KramdownExtension(Extension):
    """Kramdown's list structure, math and GFM heading ids for Python-Markdown."""

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the list preprocessor and the heading-id treeprocessor."""
        md.preprocessors.register(_ListPreprocessor(md), "kramdown_lists", 27)
        # After inline processing (20), so the text of links and emphasis counts.
        md.treeprocessors.register(_HeaderIdTreeprocessor(md), "kramdown_ids", 5)
        register_math(md)
        register_ial(md)
        register_gfm(md)
        register_tables(md)


def makeExtension(**kwargs: object) -> KramdownExtension:
    """Let Python-Markdown load this extension by its dotted name."""
    return KramdownExtension(**kwargs)

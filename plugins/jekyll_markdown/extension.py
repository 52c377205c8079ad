"""The Python-Markdown extension that gives kramdown's (GFM) results."""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from jekyll_markdown.blocks import normalise_lists
from jekyll_markdown.extensions import register_extensions
from jekyll_markdown.footnotes import register_footnotes
from jekyll_markdown.gfm import register_gfm
from jekyll_markdown.headings import register_headings
from jekyll_markdown.html_blocks import register_html_blocks
from jekyll_markdown.ial import register_ial
from jekyll_markdown.inline_code import register_inline_code
from jekyll_markdown.inline_triggers import register_inline_triggers
from jekyll_markdown.link_text import register_link_text
from jekyll_markdown.list_items import register_list_items
from jekyll_markdown.math import register_math
from jekyll_markdown.nesting import register_nesting
from jekyll_markdown.quoted_fences import register_quoted_fences
from jekyll_markdown.raw_blocks import register_raw_blocks
from jekyll_markdown.span_html import register_span_html
from jekyll_markdown.tables import register_tables
from jekyll_markdown.toc import register_toc


class _ListPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return normalise_lists("\n".join(lines)).split("\n")


class KramdownExtension(Extension):
    """Kramdown's list structure, math and GFM heading ids for Python-Markdown."""

    def __init__(self, **kwargs: object) -> None:
        self.config = {
            "inline_dollars": [
                False,
                "the site's MathJax reads $...$: typography leaves it as written",
            ]
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the list preprocessor and the heading-id treeprocessor."""
        md.inline_dollars = bool(self.getConfig("inline_dollars"))  # type: ignore[attr-defined]
        md.preprocessors.register(_ListPreprocessor(md), "kramdown_lists", 27)
        register_nesting(md)
        register_quoted_fences(md)
        register_list_items(md)
        register_headings(md)
        register_math(md)
        register_ial(md)
        register_inline_code(md)
        register_span_html(md)
        register_inline_triggers(md)
        register_link_text(md)
        register_gfm(md)
        register_tables(md)
        register_toc(md)
        register_footnotes(md)
        register_html_blocks(md)
        register_extensions(md)
        register_raw_blocks(md)


def makeExtension(**kwargs: object) -> KramdownExtension:
    """Let Python-Markdown load this extension by its dotted name."""
    return KramdownExtension(**kwargs)

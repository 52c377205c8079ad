"""HTML blocks as written: typography reaches Markdown's text, not theirs."""

from __future__ import annotations

import hashlib
import html
import inspect
import re

from markdown.extensions.md_in_html import MarkdownInHTMLPostprocessor
from markdown.postprocessors import RawHtmlPostprocessor

from jekyll_markdown.body_renderer import render_body
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import case_texts, site_markdown
from tests.jekyll_markdown.oracle.compare import kramdown_html

# Python-Markdown's RawHtmlPostprocessor.run, by the digest of its source.
PINNED_RUN = "2f00dbe329ee2d4e"
# A figure's caption in a raw block, Markdown around it, a block of Markdown
# inside HTML, and span-level HTML inside a paragraph.
DOCUMENT = """\
<p style="text-align:center">
<img src="f.png" alt="">
<i>Figure 1: nodes -- "aliased" by the learner's approximation...</i>
</p>

Text -- with "quotes" and it's...

<div markdown="1">
Read -- as *Markdown*.
</div>

<span>Span -- "text"</span> after -- it.
"""


def _text(fragment: str) -> str:
    """The words a reader sees: tags dropped, entities decoded, spaces as one."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", fragment))
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_text_of_each_block_is_curled_as_kramdown_curls_it() -> None:
    ours = render_body(site_markdown(), DOCUMENT, "").html
    assert _text(ours) == _text(kramdown_html({"d": DOCUMENT})["d"])
    assert 'nodes -- "aliased" by the learner\'s approximation...' in ours


def test_no_mark_leaves_the_renderer() -> None:
    rendered = render_body(site_markdown(), DOCUMENT, DOCUMENT)
    for text in (
        rendered.html,
        rendered.excerpt,
        render_markdown(site_markdown(), DOCUMENT),
    ):
        assert "\x0e" not in text and "\x0f" not in text


def test_an_html_page_is_written_as_it_is() -> None:
    page = '<p>It\'s "ACME" -- a page...</p>\n<p>Two words</p>'
    rendered = render_body(None, page, page)
    assert rendered.html == page
    assert rendered.excerpt_text == 'It\'s "ACME" -- a page... Two words'


def test_without_its_marks_the_html_is_python_markdown_s_own() -> None:
    # The restoring it replaces, on kramdown's own cases: byte for byte.
    ours, stock = site_markdown(), site_markdown()
    stock.postprocessors.register(MarkdownInHTMLPostprocessor(stock), "raw_html", 30)
    for name, text in case_texts().items():
        assert render_markdown(ours, text) == render_markdown(stock, text), name


def test_the_replaced_restoring_is_python_markdown_s_as_pinned() -> None:
    # What _MarkedRawHtml.run repeats, as in the Markdown of
    # requirements.txt; a release that changes it fails here.
    source = inspect.getsource(RawHtmlPostprocessor.run)
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == PINNED_RUN

"""Footnotes numbered and linked as kramdown numbers and links them."""

from __future__ import annotations

from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown

DOCUMENT = """First[^b], then[^a], again[^b].

[^a]: Defined first.

[^b]: Defined second.

[^c]: Never referenced.
"""


def test_notes_are_numbered_by_first_reference_and_unused_ones_left_out() -> None:
    html = render_markdown(site_markdown(), DOCUMENT)
    assert '<a class="footnote" href="#fn:b" rel="footnote">1</a>' in html
    assert '<a class="footnote" href="#fn:a" rel="footnote">2</a>' in html
    assert html.index('id="fn:b"') < html.index('id="fn:a"')
    assert "fn:c" not in html and "Never referenced" not in html


def test_a_repeated_reference_has_kramdown_s_id_and_a_numbered_backlink() -> None:
    html = render_markdown(site_markdown(), DOCUMENT)
    assert '<sup id="fnref:b:1" role="doc-noteref">' in html
    assert (
        '&#160;<a class="reversefootnote" href="#fnref:b:1" role="doc-backlink">'
        "&#8617;<sup>2</sup></a>"
    ) in html
    assert "fnref2" not in html and "footnote-backref" not in html


def test_a_document_that_references_no_note_has_no_list() -> None:
    html = render_markdown(site_markdown(), "Text.\n\n[^a]: Unused.\n")
    assert html == "<p>Text.</p>"

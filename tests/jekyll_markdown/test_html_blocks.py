"""kramdown's HTML blocks: nested markdown marks and ``{::options}``."""

from __future__ import annotations

from jekyll_markdown.body_renderer import render_body
from jekyll_markdown.html_blocks import read_options, unhonoured_options
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown


def render(text: str) -> str:
    return render_markdown(site_markdown(), text)


def test_a_marked_element_inside_a_plain_one_is_markdown() -> None:
    html = render('<div class="note">\n  <p markdown="1">Use `serve`.</p>\n</div>\n')
    assert "<code>serve</code>" in html and "markdown=" not in html


def test_a_plain_element_holding_text_of_its_own_stays_raw() -> None:
    html = render('<div class="y">\ntext *raw* <p markdown="1">x</p>\n</div>\n')
    assert "*raw*" in html


def test_markdown_0_is_raw_and_its_mark_is_dropped() -> None:
    assert render('<div markdown="0">*raw*</div>\n') == "<div>*raw*</div>"


def test_parse_block_html_reads_html_blocks_after_it_as_markdown() -> None:
    html = render(
        "<div>*before*</div>\n\n"
        '{::options parse_block_html="true" /}\n\n'
        "<details>\n\n$$x$$\n\n##### Step\n\n</details>\n"
    )
    assert "<div>*before*</div>" in html
    assert "\\[x\\]" in html and '<h5 id="step">Step</h5>' in html
    assert "{::options" not in html


def test_options_that_shape_the_output_are_applied() -> None:
    html = render(
        '{::options toc_levels="2" auto_id_prefix="p-" footnote_nr="3" /}\n\n'
        "* x\n{:toc}\n\n# One\n\n## Two[^a]\n\n[^a]: A note.\n"
    )
    assert 'href="#p-two"' in html and 'href="#p-one"' not in html
    assert 'rel="footnote">3</a>' in html and '<ol start="3">' in html


def test_only_the_first_toc_mark_makes_a_table_of_contents() -> None:
    html = render("* a\n{:toc}\n\n## H\n\n* b\n{:toc}\n")
    assert html.count("markdown-toc") == 2  # the list's id and its one entry's
    assert "<li>b</li>" in html and " toc" not in html


def test_an_options_line_ends_the_block_before_it() -> None:
    html = render('    a = 1\n\n{::options auto_ids="true" /}\n\n    b = 2\n')
    assert html.count("<pre>") == 2


def test_options_are_read_in_every_quoting_and_the_unapplied_ones_named() -> None:
    assert read_options(" a=\"1\" b='2' c=3 ") == {"a": "1", "b": "2", "c": "3"}
    body = 'x\n{::options toc_levels="2" parse_span_html="false" /}\n'
    assert list(unhonoured_options(body)) == [(2, "parse_span_html")]


def test_header_offset_and_footnote_backlink_are_applied() -> None:
    html = render(
        '{::options header_offset="1" footnote_backlink="back" /}\n\n'
        "# One[^a]\n\n[^a]: A note.\n"
    )
    assert html.startswith('<h2 id="one">') and ">back</a>" in html
    html = render('{::options footnote_backlink="" /}\n\nA[^a]\n\n[^a]: Note.\n')
    assert "reversefootnote" not in html


def test_a_document_s_own_quotes_symbols_and_footnote_prefix() -> None:
    text = (
        '{::options smart_quotes="apos,apos,quot,quot" footnote_prefix="x-" '
        'typographic_symbols="{hellip: ...\\}" /}\n\n'
        'He said "hi"... note[^a]\n\n[^a]: A note.\n'
    )
    html = render_body(site_markdown(), text, text).html
    assert "&quot;hi&quot;..." in html
    assert 'href="#fn:x-a"' in html and 'id="fnref:x-a"' in html

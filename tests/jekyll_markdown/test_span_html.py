import pytest

from jekyll_markdown.body_renderer import render_body
from jekyll_markdown.render import render_markdown
from jekyll_markdown.span_html import is_span_level
from tests.jekyll_markdown.kramdown_cases import site_markdown


def html(text: str) -> str:
    return render_markdown(site_markdown(), text)


@pytest.mark.parametrize(
    ("ancestors", "before", "expected"),
    [
        (["p"], "text ", True),  # inside a line of text
        (["p"], "text\n  ", False),  # a line's start: kramdown's HTML block
        (["li"], "", False),
        (["td"], "", True),  # a cell's and a heading's text is all span-level
        (["h2"], "", True),
    ],
)
def test_where_a_block_tag_is_text(
    ancestors: list[str], before: str, expected: bool
) -> None:
    data = before + "<div>x</div>"
    assert is_span_level(ancestors, data, len(before)) is expected


def test_a_list_in_a_table_cell_shows_its_tags_as_jekyll_does() -> None:
    shown = html("| Pros |\n|---|\n| <ul><li>fast</li></ul> <br> |\n")
    assert "<td>&lt;ul&gt;&lt;li&gt;fast&lt;/li&gt;&lt;/ul&gt; <br></td>" in shown


def test_span_tags_and_tags_that_start_a_line_stay_html() -> None:
    shown = html("A <span>b</span> c <div>d</div>\n\n- <div>item</div>\n")
    assert "<span>b</span>" in shown and "&lt;div&gt;d&lt;/div&gt;" in shown
    assert "<div>item</div>" in shown


def test_a_tag_shown_as_text_keeps_its_straight_quotes() -> None:
    # kramdown adds the tag as text, past its typography; the words around
    # it are curled as ever, and no mark leaves the renderer.
    source = 'Row <tr class="row1"> and "quoted" text.\n'
    rendered = render_body(site_markdown(), source, source).html
    assert '&lt;tr class="row1"&gt;' in rendered and "&#8220;quoted&#8221;" in rendered
    assert "\x0e" not in rendered and "\x0f" not in rendered

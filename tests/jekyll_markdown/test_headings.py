import pytest

from jekyll_markdown.headings import HeaderIds
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown


@pytest.mark.parametrize(
    ("texts", "ids"),
    [
        (["Introduction"], ["introduction"]),
        ([" Title after inline HTML"], ["-title-after-inline-html"]),
        (["To Conclude \u2026"], ["to-conclude-"]),
        (["A", "A", "A"], ["a", "a-1", "a-2"]),
        (["Über Straße"], ["über-straße"]),
        (["snake_case stays"], ["snake_case-stays"]),
        (["1. Numbers"], ["1-numbers"]),
        (["!!!"], [""]),
    ],
)
def test_gfm_ids(texts: list[str], ids: list[str]) -> None:
    maker = HeaderIds()
    assert [maker.make(text) for text in texts] == ids


@pytest.mark.parametrize(
    ("markdown", "heading"),
    [
        # Braces other than {#id} are the heading's text.
        ("## getset(key) {block}", '<h2 id="getsetkey-block">getset(key) {block}</h2>'),
        ("## Title {#own}", '<h2 id="own">Title</h2>'),
        # A leading inline HTML element leaves its space; symbols theirs.
        ('## <a name="x"></a> Why', '<h2 id="-why"><a name="x"></a> Why</h2>'),
        ("## To Conclude ...", '<h2 id="to-conclude-">To Conclude ...</h2>'),
        # Code as written (not escaped), math's TeX, entities as characters.
        (
            "## With `<details>`",
            '<h2 id="with-details">With <code>&lt;details&gt;</code></h2>',
        ),
        ("## Of $$\\beta_t$$", '<h2 id="of-beta_t">Of \\(\\beta_t\\)</h2>'),
        ("## Caf&eacute; a\\_b", '<h2 id="café-a_b">Caf&eacute; a_b</h2>'),
    ],
)
def test_ids_come_from_the_heading_as_written(markdown: str, heading: str) -> None:
    assert render_markdown(site_markdown(), markdown) == heading


def test_a_heading_written_in_html_gets_no_id_nor_an_entry() -> None:
    html = render_markdown(
        site_markdown(),
        '<div markdown="1">\n<h4 class="x">Raw</h4>\n\n## Made\n</div>\n\n* x\n{:toc}\n',
    )
    assert '<h4 class="x">Raw</h4>' in html
    assert '<h2 id="made">' in html
    assert "markdown-toc-made" in html and "Raw</a>" not in html
    assert "data-kramdown" not in html

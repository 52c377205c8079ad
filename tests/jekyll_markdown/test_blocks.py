import markdown
import pytest

from jekyll_markdown.blocks import normalise_lists

CASES = [
    ("para\n* a\n* b", "para\n\n* a\n* b"),
    ("* a\n  * b\n  * c\n* d", "* a\n    * b\n    * c\n* d"),
    ("* a\n    * b\n    * c", "* a\n    * b\n    * c"),
    ("1. a\n   1. b", "1. a\n    1. b"),
    ("# Heading\n* a", "# Heading\n* a"),
    ("```\npara\n* not a list\n```", "```\npara\n* not a list\n```"),
    ("text\n    * indented code-like", "text\n    * indented code-like"),
    ("* a\n\n  more a\n* b", "* a\n\n    more a\n* b"),
    ("* a\n\nafter", "* a\n\nafter"),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_normalise_lists(source: str, expected: str) -> None:
    assert normalise_lists(source) == expected


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["extra", "jekyll_markdown.extension"])


def test_two_space_nesting_renders_nested_lists() -> None:
    html = render("Tools:\n* Computers:\n  * Polaris\n  * Frontera\n* Other")
    assert html.count("<ul>") == 2
    assert "<li>Computers:\n<ul>" in html or "<li>Computers:<ul>" in html.replace(
        "\n", ""
    )


def test_headings_get_kramdown_gfm_ids() -> None:
    html = render("## Results/ Takeaways\n\n## Why *Me*?\n\n## Why Me\n\n## `code` & é")
    assert 'id="results-takeaways"' in html
    assert 'id="why-me"' in html
    assert 'id="why-me-1"' in html
    assert 'id="code--é"' in html

import pytest

from jekyll_frontmatter.excerpts import excerpt_source
from jekyll_frontmatter.render import balance_html

EXCERPTS = [
    ("First para.\n\nSecond.", "\n\n", "First para."),
    ("\n\nLeading blank lines.\n\nNext.", "\n\n", "Leading blank lines."),
    ("Intro\n<!--more-->\nRest", "<!--more-->", "Intro"),
    ("No separator here", "<!--more-->", "No separator here"),
    (
        "A [ref][r].\n\nB.\n\n[r]: https://x.example",
        "\n\n",
        "A [ref][r].\n\n[r]: https://x.example",
    ),
    ("Whole text", "", "Whole text"),
]


@pytest.mark.parametrize(("body", "separator", "expected"), EXCERPTS)
def test_excerpt_source(body: str, separator: str, expected: str) -> None:
    assert excerpt_source(body, separator) == expected


BALANCE = [
    ("<p>a <em>b</p>", "<p>a <em>b</em></p>"),
    ("<div><p>open", "<div><p>open</p></div>"),
    ("stray</div> text", "stray text"),
    ('<img src="x"> &amp; &#8217;', '<img src="x"> &amp; &#8217;'),
    ("<p>&lt;script&gt;</p>", "<p>&lt;script&gt;</p>"),
]


@pytest.mark.parametrize(("fragment", "expected"), BALANCE)
def test_balance_html(fragment: str, expected: str) -> None:
    assert balance_html(fragment) == expected

import xml.etree.ElementTree as etree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from jekyll_common.safe_urls import is_safe_url
from jekyll_markdown.body_renderer import excerpt_text_of, render_body
from jekyll_markdown.excerpts import (
    excerpt_in_body,
    excerpt_source,
    safe_attributes,
    safe_links,
)
from jekyll_markdown.render import (
    balance_html,
    make_markdown,
    render_markdown,
)
from jekyll_markdown.typography import typographic_html

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
    # Jekyll 4 appends only the definitions whose label the excerpt holds.
    (
        "A note[^1] and [a][r].\n\nB.\n\n[^1]: n\n[^2]: m\n[r]: /r\n[s]: /s",
        "\n\n",
        "A note[^1] and [a][r].\n\n[^1]: n\n[r]: /r",
    ),
    ("A.\n\nB[^1].\n\n[^1]: a note B refers to", "\n\n", "A."),
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


# The site's Markdown (pelicanconf.py) with the kramdown extension.
MARKDOWN = make_markdown(
    {
        "extensions": [
            "markdown.extensions.extra",
            "markdown.extensions.codehilite",
            "jekyll_markdown.extension",
        ],
        "extension_configs": {
            "markdown.extensions.codehilite": {
                "css_class": "highlight",
                "guess_lang": False,
            }
        },
    }
)


def rendered_alone(excerpt: str) -> str:
    return balance_html(
        typographic_html(render_markdown(MARKDOWN, excerpt, marked=True))
    )


def cut_from_body(body: str, separator: str = "\n\n") -> str | None:
    html = typographic_html(render_markdown(MARKDOWN, body, marked=True))
    cut = excerpt_in_body(body, excerpt_source(body, separator), html)
    assert cut is None or html.startswith(cut)
    return cut


# Pieces of lines: inline text of every kind, and the openings of blocks.
WORDS = st.sampled_from(
    ["Word", "two words", "*em*", "_em_", "**strong**", "`code`", "[a link](/u)",
     "[ref][r]", "[r]", "[^1]", "HTML", "NASA", '"quoted"', "it's", "--", "...",
     "&", "R & D", "<b>b</b>", "<p>p</p>", "<br>", "{: .c}", "![img](/i.png)", "\\*", "x"]
)  # fmt: skip
OPENINGS = st.sampled_from(
    ["", "", "", "# ", "## ", "> ", "- ", "* ", "1. ", "    ", "\t", ": ", "| ",
     "```\n", "~~~\n", "---", "===", "[r]: /target", "[^1]: a note",
     "*[HTML]: HyperText", "<div>", "Term\n: ", "  "]
)  # fmt: skip
LINES = st.tuples(OPENINGS, st.lists(WORDS, min_size=1, max_size=5)).map(
    lambda parts: parts[0] + " ".join(parts[1])
)
BODIES = st.lists(
    st.tuples(LINES, st.sampled_from(["\n", "\n\n", "\n\n\n"])),
    min_size=1,
    max_size=6,
).map(lambda blocks: "".join(line + end for line, end in blocks))


@settings(max_examples=300, deadline=None)
@given(BODIES)
def test_an_excerpt_cut_from_the_body_is_the_excerpt_rendered_alone(
    body: str,
) -> None:
    excerpt = excerpt_source(body, "\n\n")
    assert render_body(MARKDOWN, body, excerpt).excerpt == rendered_alone(excerpt)


def test_a_plain_first_paragraph_is_cut_from_the_body() -> None:
    body = 'A "plain" paragraph -- with a [link](/x).\n\n## Next\n\nMore.'
    cut = cut_from_body(body)
    assert cut is not None
    assert cut == rendered_alone(excerpt_source(body, "\n\n"))


@pytest.mark.parametrize(
    "body",
    [
        "Term\n\n: its definition",  # the next block makes it a definition list
        "A note[^1].\n\n[^1]: the note",  # the excerpt has no footnote
        "The HTML.\n\n*[HTML]: HyperText",  # nor the abbreviation
        "A [link][r].\n\n```\n[r]: /in-code\n```",  # the body has no link
        "A list:\n- one\n- two\n\nNext.",  # kramdown: a list after a line
        "Raw <p>HTML</p> ends the paragraph early.\n\nNext.",
    ],
)
def test_an_excerpt_that_may_differ_is_rendered_alone(body: str) -> None:
    assert cut_from_body(body) is None


def test_an_excerpt_by_another_separator_is_rendered_alone() -> None:
    assert cut_from_body("First words MORE the rest.\n\nNext.", "MORE") is None


def test_a_blank_first_paragraph_is_rendered_alone() -> None:
    assert cut_from_body("   \n\nThe first words.") is None


class _CountBlocks(Treeprocessor):
    """Writes into the first paragraph how many blocks the document has."""

    def run(self, root: etree.Element) -> None:
        first = root.find("p")
        if first is not None:
            first.text = f"{len(root)} blocks: {first.text}"


class _CountBlocksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_CountBlocks(md), "count_blocks", 1)


def test_an_unknown_extension_has_the_excerpt_rendered_alone() -> None:
    markdown = Markdown(extensions=["extra", _CountBlocksExtension()])
    body = "The first paragraph.\n\nThe second."
    excerpt = excerpt_source(body, "\n\n")
    alone = balance_html(typographic_html(render_markdown(markdown, excerpt)))
    assert alone.startswith("<p>1 blocks:")
    assert render_body(markdown, body, excerpt).excerpt == alone


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/x", True),
        ("http://example.org", True),
        ("mailto:a@example.org", True),
        ("/about/", True),
        ("../up.html", True),
        ("#notes", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("&#106;avascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("vbscript:x", False),
    ],
)
def test_safe_links(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe
    fragment = f'<p>See <a href="{url}" title="t">the <em>link</em></a>.</p>'
    expected = fragment if safe else "<p>See the <em>link</em>.</p>"
    assert safe_links(fragment) == expected


def test_a_front_matter_excerpt_never_carries_a_live_script_link() -> None:
    markdown = make_markdown({})
    data = {
        "excerpt": "Read [this](javascript:alert(1)) and [that][x].\n\n[x]: jAvAsCrIpT:y"
    }
    source = excerpt_text_of(data, "Body.", "\n\n")
    rendered = render_body(markdown, "Body.", source)
    assert "javascript" not in rendered.excerpt.lower()
    assert "<a" not in rendered.excerpt
    assert "Read this and that." in rendered.excerpt_text


def test_an_excerpt_keeps_only_attributes_that_place_or_describe() -> None:
    html = (
        '<p onclick="alert(1)" style="position:fixed" class="lead" id="a">'
        '<a href="/x" onmouseover=\'y\' title="T">x</a><img src="i.png" alt="A" '
        "onerror=alert(1)/></p>"
    )
    assert safe_attributes(html) == (
        '<p class="lead" id="a"><a href="/x" title="T">x</a>'
        '<img src="i.png" alt="A"/></p>'
    )

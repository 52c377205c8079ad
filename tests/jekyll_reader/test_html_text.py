"""Front-matter text written in HTML, read into words and safe links."""

from __future__ import annotations

import pytest

from jekyll_reader.html_text import linked_text, plain_text


def test_names_keep_their_links_and_other_tags_give_their_text() -> None:
    line = linked_text(
        '<a href="https://a.org/">Ann  A</a>, <a href="javascript:alert(1)">Bob</a>,'
        "<br>\n<a href=https://c.org>C&eacute; D</a>$^*$ and Eve<sup>1</sup>"
        "<script>steal()</script> "
    )
    assert line is not None
    assert line.parts == (
        ("Ann A", "https://a.org/"),
        (", Bob, ", None),  # a script's address is no link
        ("Cé D", "https://c.org"),
        ("$^*$ and Eve1", None),
    )
    assert line.text == "Ann A, Bob, Cé D$^*$ and Eve1"


@pytest.mark.parametrize(
    ("author", "text"),
    [("A &amp; B", "A & B"), ("<em>Solo</em>", "Solo"), ("a < b", None)],
)
def test_markup_without_links_gives_plain_text(author: str, text: str | None) -> None:
    line = linked_text(author)
    assert (line.text if line else None) == text
    assert line is None or all(href is None for _, href in line.parts)


def test_plain_text_and_empty_markup_are_no_byline() -> None:
    assert linked_text("Jane Doe") is None
    assert linked_text("<b> </b>") is None


def test_plain_text_is_the_words_of_html_and_plain_text_itself() -> None:
    assert plain_text("<strong>Al</strong> Folio") == "Al Folio"
    assert plain_text("Using <code>x < y</code>") == "Using x < y"
    assert plain_text("a < b, c > d") == "a < b, c > d"


@pytest.mark.parametrize(
    "value",
    [
        "<script>alert('x')</script> & notes",
        "<img src=x onerror=alert(1)> title",
        "<b>bold</b> and <form>a form</form>",
        "<!-- a comment --> title",
    ],
)
def test_a_value_with_more_than_formatting_is_shown_as_written(value: str) -> None:
    assert plain_text(value) == value

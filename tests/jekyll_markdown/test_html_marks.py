"""Which HTML blocks kramdown reads as Markdown: found in one pass."""

from __future__ import annotations

from jekyll_markdown.html_marks import broken, enclosing_marked

BLOCKS = ["div", "p", "section"]


def test_an_element_enclosing_a_mark_is_found_and_one_left_open_is_named() -> None:
    lines = [
        '<div class="grid">',
        '<div class="side" markdown="1">',
        "*x*",
        "</div><!-- /.side -->",
        '<div class="main" markdown="1">',
        "*y*",
    ]
    found, unclosed, breaks = enclosing_marked(lines, BLOCKS)
    assert found == {0}  # the comment after a closing tag is no text of the grid
    assert unclosed == ["div", "div"]  # the main column, then the grid
    assert breaks == {3: [6]}
    assert broken(lines[3], breaks[3]) == ["</div>", "<!-- /.side -->"]


def test_an_element_with_text_of_its_own_is_left_as_it_is() -> None:
    lines = ["<div>", "words <!-- c -->", '<p markdown="1">*x*</p>', "</div>"]
    found, unclosed, breaks = enclosing_marked(lines, BLOCKS)
    assert (found, unclosed, breaks) == (set(), [], {})


def test_a_line_of_unclosed_comments_is_read_once() -> None:
    # Each "<!--" looks for its end once (no timing here: a run that
    # completes is the proof).
    lines = ["<div>", "<!--" * 200_000, '<p markdown="1">x</p>', "</div>"]
    found, _, _ = enclosing_marked(lines, BLOCKS)
    assert found == set()  # an unclosed comment is text

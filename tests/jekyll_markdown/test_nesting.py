"""Lists and quotes nested past any real document's depth are read at a bound."""

from __future__ import annotations

import logging

import pytest
from markdown import Markdown
from markdown.blockprocessors import OListProcessor, UListProcessor

from jekyll_markdown.gfm import GfmBulletList, GfmOrderedList
from jekyll_markdown.nesting import MOST_COLUMNS, MOST_QUOTES, bounded_nesting
from jekyll_markdown.render import render_markdown
from jekyll_reader.body_warnings import warn_deep_nesting
from tests.jekyll_markdown.kramdown_cases import site_markdown


def test_a_document_within_the_bound_is_read_as_written() -> None:
    lines = ["> > quoted", "- a", "  - b", " " * MOST_COLUMNS + "deep", "```", "x"]
    assert bounded_nesting(lines) == (lines, None)


def test_lines_past_the_bound_are_read_at_it_and_fenced_code_is_not() -> None:
    deep = " " * (MOST_COLUMNS + 10) + "- item"
    quoted = "> " * (MOST_QUOTES + 5) + "text"
    fenced = ["```", deep, "```"]
    bounded, first = bounded_nesting(["a", deep, quoted, *fenced])
    assert first == 1
    assert bounded[1] == " " * MOST_COLUMNS + "- item"
    assert bounded[2] == "> " * MOST_QUOTES + "text"
    assert bounded[3:] == fenced


def test_a_list_nested_thousands_deep_renders_every_item() -> None:
    # It took minutes and gigabytes, or failed past about 400 levels.
    depth = 3000
    text = "".join("  " * level + f"- item{level}\n" for level in range(depth))
    html = render_markdown(site_markdown(), text)
    assert all(f"item{level}<" in html for level in (0, 64, depth - 1))
    assert html.count("<li>") == depth
    assert html.count("<ul>") <= MOST_COLUMNS // 2 + 1


def test_a_quote_nested_thousands_deep_renders_its_text() -> None:
    text = "".join("> " * level + f"line{level}\n\n" for level in range(1, 2000))
    html = render_markdown(site_markdown(), text)
    assert "line1999" in html
    # Each line its own quote, at most MOST_QUOTES deep (the page stays
    # linear in its lines, not in the square of them).
    assert html.count("<blockquote>") <= MOST_QUOTES * 1999


def test_deep_nesting_is_named_at_its_line(caplog: pytest.LogCaptureFixture) -> None:
    source = "Text.\n\n" + "".join("\t" * level + "- x\n" for level in range(40))
    with caplog.at_level(logging.WARNING):
        warn_deep_nesting(source, 5, "post.md")
    # A tab is four columns, as Markdown reads it: level 33 is past 128.
    (said,) = caplog.messages
    assert said.startswith("post.md:40: lists or quotes nest deeper here")


BLOCKS = [
    "1. one\n2. two\n    nested\n3. three",
    "7. seven\n   lazy line\n8. eight",
    "- a\n- b\n    - c\n        - d\n    - e\n- f",
    "- a\n    indented\n    more\ncontinued\n- b",
    "* x\n\n    para\n* y",
]


@pytest.mark.parametrize("block", BLOCKS)
def test_list_items_are_python_markdown_s_own(block: str) -> None:
    # The items of each list, as Python-Markdown's own get_items gives them.
    parser = Markdown().parser
    for ours, stock in (
        (GfmOrderedList(parser), OListProcessor(parser)),
        (GfmBulletList(parser), UListProcessor(parser)),
    ):
        if stock.RE.match(block):
            assert ours.get_items(block) == stock.get_items(block)
            assert getattr(ours, "STARTSWITH", "1") == getattr(stock, "STARTSWITH", "1")

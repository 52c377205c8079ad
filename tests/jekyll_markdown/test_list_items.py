"""Items that continue a list after an item's paragraph, shown as kramdown shows them."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import pytest
from bs4 import BeautifulSoup

from jekyll_markdown.blocks import ITEMS_MARK
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown


def _items(html: str) -> list[str]:
    """Return each item's opening: its bare text, or "<p>" when a paragraph."""
    shown = []
    for item in BeautifulSoup(html, "html.parser").find_all("li"):
        first = next(c for c in item.children if str(c).strip())
        shown.append("<p>" if getattr(first, "name", None) == "p" else first.strip())
    return shown


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        # The next item follows: kramdown keeps it bare.
        ("* a\n\n  more a\n* b\n* c\n", ["<p>", "b", "c"]),
        # A blank line after it, and the list goes on: a paragraph.
        ("* a\n\n  more a\n* b\n\n* c\n", ["<p>", "<p>", "<p>"]),
        # Last, and no item before it bare: a paragraph.
        ("* a\n\n  more a\n* b\n\nafter\n", ["<p>", "<p>"]),
        # Last, after a bare item: bare.
        ("* z\n* a\n\n  more a\n* b\n\nafter\n", ["z", "<p>", "b"]),
        # The item before keeps its bare text when a list followed it.
        ("- a\n  - b\n\n    more b\n- c\n", ["a", "<p>", "c"]),
        # A loose nested list right after an item's text: the text stays bare.
        ("- a\n  - b\n\n  - c\n- d\n", ["a", "<p>", "<p>", "d"]),
        # A blank line after the text: a paragraph.
        ("- a\n\n  - b\n- c\n", ["<p>", "b", "<p>"]),
    ],
)
def test_the_items_of_a_continued_list_are_bare_or_paragraphs_as_in_kramdown(
    source: str, shown: list[str]
) -> None:
    html = render_markdown(site_markdown(), source)
    assert _items(html) == shown
    assert "kramdown-items" not in html


def test_a_mark_in_raw_html_is_dropped() -> None:
    html = render_markdown(site_markdown(), "<div>\n* a\n\n  more\n* b\n* c\n</div>\n")
    assert "kramdown-items" not in html and "\x02" not in html
    assert "* b" in html  # raw HTML is kept as written


def test_a_mark_without_its_list_leaves_the_items_to_python_markdown() -> None:
    markdown = site_markdown()
    tree = markdown.parser.parseDocument([ITEMS_MARK.format("tight"), "* b", "* c"])
    text = etree.tostring(tree.getroot(), encoding="unicode")
    assert text == "<div><ul><li>b</li><li>c</li></ul></div>"

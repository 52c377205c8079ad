"""Links whose text is never closed are given up on at once, as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markdown import Markdown
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

from jekyll_markdown.link_text import register_link_text
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown

PIECES = st.sampled_from(["[", "]", "![", "a", " ", "(u)", "[x]", "\\]", "]("])


@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 40))
def test_link_text_is_python_markdown_s_own(data: str, index: int) -> None:
    stock = LinkInlineProcessor(LINK_RE, Markdown())
    md = Markdown()
    md.inlinePatterns.register(stock, "link", 160)
    register_link_text(md)
    ours = md.inlinePatterns["link"]
    assert type(ours) is not LinkInlineProcessor
    index = min(index, len(data))
    assert ours.getText(data, index) == stock.getText(data, index)


def test_every_link_processor_of_the_site_gives_up_at_once() -> None:
    md = site_markdown()
    links = [p for p in md.inlinePatterns if isinstance(p, LinkInlineProcessor)]
    assert len(links) == 6
    assert all(hasattr(p, "_last_close") for p in links)


def test_brackets_never_closed_render_as_text() -> None:
    # Each read to the paragraph's end, six times over: 8,000 took 9.5 s, and
    # 100,000 would take about 25 minutes.
    text = "Before [" + "[" * 100_000 + " after ![ x"
    html = render_markdown(site_markdown(), text)
    assert html.count("[") == 100_002
    assert "after" in html

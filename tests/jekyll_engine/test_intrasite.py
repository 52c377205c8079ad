"""The cheap test that spares most documents Pelican's intrasite-link scan."""

import pytest
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine.intrasite import may_link_intrasite

ARTICLE = Article("", metadata={"title": "t"}, settings=dict(DEFAULT_CONFIG))


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("<p>plain text</p>", False),
        ('<a href="{filename}/post.md">x</a>', True),
        ("<a href='|static|/a.png'>x</a>", True),
        ("<p>a {brace} and a | bar, not after a quote</p>", False),
    ],
)
def test_only_a_text_with_an_opening_after_a_quote_may_link(
    text: str, may: bool
) -> None:
    assert may_link_intrasite(ARTICLE, text) is may


def test_another_link_pattern_is_always_scanned() -> None:
    settings = {**DEFAULT_CONFIG, "INTRASITE_LINK_REGEX": "@(?P<what>.*?)@"}
    article = Article("", metadata={"title": "t"}, settings=settings)
    assert may_link_intrasite(article, "<p>plain</p>")

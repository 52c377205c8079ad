"""Pelican's intrasite links are not Jekyll's: shown as written, nothing copied."""

from __future__ import annotations

import datetime as dt

import pytest
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine import pelican_overrides


def _article(content: str, **settings: object) -> Article:
    # The document lies in its content folder, as every document read does.
    config = {**DEFAULT_CONFIG, "PATH": "/site", **settings}
    return Article(
        content,
        metadata={"title": "T", "date": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)},
        settings=config,
        source_path="/site/_posts/2020-01-01-t.md",
    )


@pytest.fixture(autouse=True)
def _jekyll_links() -> None:
    pelican_overrides.replace_pelican_methods()


@pytest.mark.parametrize(
    "content",
    [
        '<p><a href="{static}/files/a.pdf">a</a></p>',
        "<p><img src='{attach}pic.png'></p>",
        '<p><a href="|static|/files/b.pdf">b</a></p>',
        '<p><a href="{filename}/_posts/other.md">c</a></p>',
        '<p><a href="{static}../../etc/passwd">out</a></p>',
        "<p>No link at all, only {braces} and a | bar.</p>",
        # The character the pattern looks for first, and a link after it.
        '<p>\x00<a href="{static}/files/a.pdf">\x00\x00</a></p>',
    ],
)
def test_a_pelican_link_is_shown_as_written_and_names_no_file(content: str) -> None:
    article = _article(content)
    assert article.get_static_links() == set()
    assert article.get_content("https://example.org") == content


def test_a_tag_left_open_is_kept_as_it_is() -> None:
    # Pelican's own pattern takes time quadratic in such a text.
    content = "<div>" + "<a href=x " * 2000 + "</div>"
    article = _article(content)
    assert article.get_content("") == content
    assert article.get_static_links() == set()

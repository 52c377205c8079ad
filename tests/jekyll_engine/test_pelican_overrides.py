"""Static links are found as Pelican finds them, without its scan of link-less text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine import pelican_overrides
from jekyll_engine.intrasite import may_link_intrasite
from jekyll_engine.pelican_overrides import _PELICAN_STATIC_LINKS, _static_links


def _article(content: str, **settings: object) -> Article:
    # The document lies in its content folder, as every document read does.
    config = {**DEFAULT_CONFIG, "PATH": "/site", **settings}
    return Article(
        content,
        metadata={"title": "T", "date": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)},
        settings=config,
        source_path="/site/_posts/2020-01-01-t.md",
    )


@pytest.mark.parametrize(
    "content",
    [
        '<p><a href="{static}/files/a.pdf">a</a></p>',
        "<p><img src='{attach}pic.png'></p>",
        '<p><a href="|static|/files/b.pdf">b</a></p>',
        "<p>No link at all, only {braces} and a | bar.</p>",
        '<p><a href="/files/a.pdf">plain</a></p>',
    ],
)
def test_the_same_links_as_pelican(content: str) -> None:
    article = _article(content)
    assert _static_links(article) == _PELICAN_STATIC_LINKS(article)


def test_a_custom_link_pattern_is_always_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned: list[str] = []

    def pelican(content: Article) -> set[str]:
        scanned.append(content._content)
        return {"x"}

    monkeypatch.setattr(pelican_overrides, "_PELICAN_STATIC_LINKS", pelican)
    plain = "<p>No quote-brace here.</p>"
    assert _static_links(_article(plain)) == set()
    assert scanned == []
    custom = _article(plain, INTRASITE_LINK_REGEX="<<(?P<what>.*?)>>")
    assert _static_links(custom) == {"x"}
    assert scanned == [plain]


def test_a_static_link_is_found() -> None:
    article = _article('<p><a href="{static}/files/a.pdf">a</a></p>')
    assert _static_links(article) == {"files/a.pdf"}


@pytest.mark.parametrize(
    "link", ["{static}../../etc/passwd", "{attach}/../x.png", "{static}../../../y"]
)
def test_a_link_out_of_the_content_folder_is_refused(
    link: str, caplog: pytest.LogCaptureFixture
) -> None:
    article = _article(
        f'<p><a href="{link}">a</a> <a href="{{static}}/in.pdf">b</a></p>'
    )
    assert _PELICAN_STATIC_LINKS(article) - {"in.pdf"}  # Pelican would copy it
    assert _static_links(article) == {"in.pdf"}
    (record,) = caplog.records
    assert "leads outside the content folder" in record.getMessage()


PLAIN_ARTICLE = _article("")


VALUE = st.lists(
    st.sampled_from(["{static}", "|static|", "{", "|", "}", "f.pdf", '"', "'", " "]),
    max_size=5,
).map("".join)
TAGS = st.tuples(
    st.sampled_from(["<a href=", "<img src=", "<p title="]),
    st.sampled_from(['"', "'"]),
    VALUE,
    st.sampled_from(['"', "'"]),
).map(lambda parts: "".join(parts) + ">")


@given(st.lists(TAGS, max_size=3).map("".join))
def test_no_text_pelican_finds_a_link_in_is_skipped(text: str) -> None:
    if PLAIN_ARTICLE._get_intrasite_link_regex().search(text):
        assert may_link_intrasite(PLAIN_ARTICLE, text)

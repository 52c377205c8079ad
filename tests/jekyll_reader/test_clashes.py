"""Two documents on one URL: one is kept, every file is named."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest

from jekyll_reader.clashes import resolve_clashes


@dataclass(eq=False)
class _Document:
    source_path: str
    save_as: str


def test_the_first_document_by_path_is_kept_and_all_are_named(
    caplog: pytest.LogCaptureFixture,
) -> None:
    b, a = _Document("b.md", "x/index.html"), _Document("a.md", "x/index.html")
    alone = _Document("c.md", "c/index.html")
    context = {"pages": [b, alone], "articles": [a]}
    with caplog.at_level(logging.ERROR):
        clashes = resolve_clashes(context)
    assert clashes == [["a.md", "b.md"]]
    assert context == {"pages": [alone], "articles": [a]}
    assert "a.md, b.md all have the URL of x/index.html; only a.md is written" in (
        caplog.text
    )


def test_a_document_in_a_folder_the_build_writes_is_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    inside = _Document("css.md", "theme/css/site.css")
    index = _Document("search.md", "pagefind/pagefind.js")
    kept = _Document("themes.md", "themes/index.html")
    context = {"pages": [inside, index, kept]}
    with caplog.at_level(logging.ERROR):
        assert resolve_clashes(context, ("theme", "pagefind")) == []
    assert context["pages"] == [kept]
    assert "css.md: its URL theme/css/site.css is in theme/" in caplog.text
    assert "search.md: its URL pagefind/pagefind.js is in pagefind/" in caplog.text

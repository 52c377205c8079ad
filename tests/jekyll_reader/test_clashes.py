"""Two documents on one URL: one is kept, every file is named."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import pytest

from jekyll_reader.clashes import resolve_clashes


@dataclass(eq=False)
class _Document:
    source_path: str
    save_as: str
    source_kind: str = "page"
    metadata: dict[str, Any] = field(default_factory=dict)


def test_the_document_jekyll_writes_last_is_kept_and_all_are_named(
    caplog: pytest.LogCaptureFixture,
) -> None:
    b, a = _Document("b.md", "x/index.html"), _Document("a.md", "x/index.html")
    alone = _Document("c.md", "c/index.html")
    context = {"pages": [b, alone], "articles": [a]}
    with caplog.at_level(logging.WARNING):
        clashes = resolve_clashes(context)
    assert clashes == [["a.md", "b.md"]]
    assert context == {"pages": [b, alone], "articles": []}
    assert "a.md, b.md all have the URL of x/index.html; b.md is written, as " in (
        caplog.text
    )


def test_pages_by_file_name_then_documents() -> None:
    # Jekyll sorts pages by name (z/a.md before b.md), then writes documents.
    deep = _Document("z/a.md", "x.html")
    page = _Document("b.md", "x.html")
    post = _Document("_posts/2020-01-01-x.md", "x.html", "post")
    assert resolve_clashes({"pages": [page, deep], "articles": [post]}) == [
        ["z/a.md", "b.md", "_posts/2020-01-01-x.md"]
    ]


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


def test_a_readme_index_gives_way_silently(caplog: pytest.LogCaptureFixture) -> None:
    readme = _Document("README.md", "index.html", metadata={"readme_index": True})
    home = _Document("_pages/about.md", "index.html")
    lone = _Document(
        "docs/README.md", "docs/index.html", metadata={"readme_index": True}
    )
    context = {"pages": [readme, home, lone]}
    with caplog.at_level(logging.WARNING):
        assert resolve_clashes(context) == []
    assert context["pages"] == [home, lone]
    assert caplog.text == ""

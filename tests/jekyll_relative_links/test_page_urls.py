"""The pages' URLs a build's links lead to: made once a build, not once a document."""

from __future__ import annotations

from types import SimpleNamespace

from jekyll_reader.catalogue import Catalogue
from jekyll_relative_links import _page_urls


def _entry(relpath: str, url: str) -> SimpleNamespace:
    return SimpleNamespace(
        relpath=relpath, placed=SimpleNamespace(fields=SimpleNamespace(url=url))
    )


def test_the_urls_are_made_once_for_a_build_s_catalogue() -> None:
    made = Catalogue(
        posts=(_entry("_posts/2024-01-01-a.md", "/a/"),),
        pages=(_entry("docs/setup.md", "/setup/"),),
        collections={"posts": (), "notes": (_entry("_notes/n.md", "/notes/n/"),)},
        static_files=(),
    )  # type: ignore[arg-type]
    urls = _page_urls(made, collections=False)
    assert urls == {"_posts/2024-01-01-a.md": "/a/", "docs/setup.md": "/setup/"}
    assert _page_urls(made, collections=False) is urls  # every other document
    assert _page_urls(made, collections=True)["_notes/n.md"] == "/notes/n/"
    # Another build's catalogue: its own URLs.
    other = Catalogue(posts=(), pages=(), collections={"posts": ()}, static_files=())
    assert _page_urls(other, collections=False) == {}

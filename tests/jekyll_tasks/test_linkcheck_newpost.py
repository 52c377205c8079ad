import datetime as dt
from pathlib import Path

import pytest

from jekyll_common.errors import JekyllError
from jekyll_tasks.linkcheck import check_site, page_path
from jekyll_tasks.newpost import new_post_file
from jekyll_tasks.runner import run_build
from tests.helpers import write_files


def test_check_site_finds_broken_links_and_assets(tmp_path: Path) -> None:
    write_files(
        tmp_path,
        {
            "index.html": (
                '<a href="/about">ok</a> <a href="docs/">ok</a> <a href="/gone/">x</a>'
                '<img src="/img/missing.png"> <a href="https://other.example/">ext</a>'
                '<a href="mailto:a@b">m</a> <a href="#top">t</a>'
                '<link rel="canonical" href="/not-fetched/">'
                '<a href="https://site.example/blog/about">abs ok</a>'
                '<a href="https://site.example/blog/lost">abs x</a>'
            ),
            "about.html": '<link rel="stylesheet" href="/css/site.css">',
            "docs/index.html": '<a href="../about.html">up</a>',
        },
    )
    broken = check_site(tmp_path, "/blog", "https://site.example/blog")
    # Links must carry the base path: "/about" is outside the site at /blog.
    assert sorted((b.page, b.target) for b in broken) == [
        ("/blog/", "/about"),
        ("/blog/", "/blog/lost"),
        ("/blog/", "/gone/"),
        ("/blog/", "/img/missing.png"),
        ("/blog/about.html", "/css/site.css"),
    ]


def test_page_path(tmp_path: Path) -> None:
    assert page_path(tmp_path, tmp_path / "a" / "index.html") == "/a/"
    assert page_path(tmp_path, tmp_path / "b.html") == "/b.html"


def test_bundled_site_has_no_broken_link_nor_image(tmp_path: Path) -> None:
    result = run_build(output=tmp_path / "out", search=True)
    assert check_site(result.output, "", "https://example.github.io") == []
    # The file the home page embeds was never part of the content: its alt
    # text stands in its place.
    home = (result.output / "index.html").read_text(encoding="utf-8")
    assert "galgif.gif" not in home
    assert '<span class="image-missing">Early Cosmological Simulations</span>' in home


def test_new_post(tmp_path: Path) -> None:
    path = new_post_file(
        tmp_path, 'My "First" Post', draft=False, today=dt.date(2026, 1, 2)
    )
    assert path == tmp_path / "_posts" / "2026-01-02-my-first-post.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "My \\"First\\" Post"\ndate: 2026-01-02\n')
    assert "excerpt" not in text.split("---")[1]  # the first paragraph is
    result = run_build(source=tmp_path, output=tmp_path.parent / "out")
    assert result.errors == 0
    assert result.documents == 1
    html = (tmp_path.parent / "out" / "blog" / "index.html").read_text()
    assert "Write the post here." in html  # the automatic excerpt, listed
    with pytest.raises(JekyllError, match="already exists"):
        new_post_file(
            tmp_path, 'My "First" Post', draft=False, today=dt.date(2026, 1, 2)
        )
    draft = new_post_file(
        tmp_path, "Idea", draft=True, today=dt.date(2026, 1, 2), excerpt='A "hook"'
    )
    assert draft == tmp_path / "_drafts" / "idea.md"
    assert 'excerpt: "A \\"hook\\""\n---' in draft.read_text(encoding="utf-8")
    with pytest.raises(JekyllError, match="empty"):
        new_post_file(tmp_path, "!!!", draft=False, today=dt.date(2026, 1, 2))

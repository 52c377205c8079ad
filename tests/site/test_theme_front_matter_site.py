"""Front-matter keys of other themes and plugins are theirs, never this build's."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

ALFOLIO_POST = """\
---
layout: distill
title: A distill post
authors:
  - name: Albert Einstein
    url: "https://en.wikipedia.org/wiki/Albert_Einstein"
    affiliations:
      name: IAS, Princeton
  - name: Boris Podolsky
toc:
  - name: Equations
  - name: Citations
redirect: true
---
Text.
"""
PROJECT = "---\nlayout: page\ntitle: Project\nredirect: https://example.org\npermalink: /proj/\n---\nAbout.\n"


def test_al_folio_keys_build_and_stay_the_site_s(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: T\n",
            "_posts/2024-01-01-distill.md": ALFOLIO_POST,
            "_pages/proj.md": PROJECT,
            "404.html": "---\nlayout: page\npermalink: /404.html\nredirect: true\n---\nSorry.\n",
        }
    )
    assert result.errors == 0
    post = (output / "2024/01/01/distill.html").read_text(encoding="utf-8")
    assert "Text." in post and "A distill post" in post
    # al-folio's `redirect:` is its own: the page is the page, not a redirect.
    project = (output / "proj/index.html").read_text(encoding="utf-8")
    assert "About." in project and 'http-equiv="refresh"' not in project
    assert "Sorry." in (output / "404.html").read_text(encoding="utf-8")


BYLINE_POST = """\
---
title: A group post
author: <a href="https://a.org/">Ann Lee</a>, <a href="javascript:x()">Bo Li</a>,<br>
  and <a href="https://c.org/">Cy Ng</a><sup>1</sup>
---
Text.
"""


def test_an_author_or_title_written_in_html_is_shown_as_words_and_safe_links(
    build_site: SiteBuilder,
) -> None:
    # The BAIR blog's shape: every post's authors, linked, in one string.
    result, output = build_site(
        {
            "_config.yml": "title: T\nauthor: Site Owner\n",
            "_posts/2024-01-01-group.md": BYLINE_POST,
            "_posts/2024-01-02-solo.md": "---\ntitle: Solo\nauthor: Dee Roe\n---\nB.\n",
            # al-folio's home page title.
            "about.md": "---\ntitle: <strong>Al</strong> Folio\n---\nHi.\n",
        }
    )
    assert result.errors == 0
    post = BeautifulSoup(
        (output / "2024/01/01/group.html").read_text(encoding="utf-8"), "html.parser"
    )
    byline = post.select_one(".meta .byline")
    assert byline.get_text() == "Ann Lee, Bo Li, and Cy Ng1"
    assert [(a.get_text(), a["href"]) for a in byline.find_all("a")] == [
        ("Ann Lee", "https://a.org/"),
        ("Cy Ng", "https://c.org/"),
    ]
    assert "javascript" not in str(post) and "&lt;a" not in str(post)
    # A title written in HTML is shown as its words, wherever it is shown.
    about = BeautifulSoup(
        (output / "about.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert about.h1.get_text() == "Al Folio"
    assert about.title.get_text().startswith("Al Folio ·")
    assert [a.get_text() for a in about.select("nav a[href$='about.html']")] == [
        "Al Folio"
    ]
    assert "&lt;strong" not in str(about)
    # A byline names several people: no archive page of its own; a name has one.
    authors = sorted(p.name for p in (output / "author").iterdir())
    assert authors == ["dee-roe"]

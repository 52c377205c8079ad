"""An al-folio site's home page: its profile, news and selected papers.

The shapes of al-folio's settings and front matter (its names, places,
``profile:``, ``news: true``, ``selected_papers: true``), written here.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

BIB = """\
@article{chosen2024,
  title = {The Chosen Paper},
  author = {Lovelace, Ada},
  journal = {Journal of Engines},
  year = {2024},
  selected = {true},
}

@article{other2023,
  title = {Another Paper},
  author = {Lovelace, Ada},
  journal = {Journal of Engines},
  year = {2023},
}
"""
ABOUT = """\
---
layout: about
title: about
permalink: /
subtitle: Engines and numbers
profile:
  align: right
  image: prof_pic.jpg
  address: >
    <p>1 Main Street</p>
    <p>London</p>
news: true
selected_papers: true
social: true
---
I study engines.

<div id="c" class="carousel slide"><ol class="carousel-indicators"><li class="active"></li><li></li></ol>
<div class="carousel-inner"><div class="carousel-item active">First slide</div>
<div class="carousel-item">Second slide</div></div></div>
"""
SITE = {
    "_config.yml": (
        "title: blank\nfirst_name: Ada\nlast_name: Lovelace\n"
        "github_username: ada\nannouncements:\n  enabled: true\n  limit: 2\n"
        "collections:\n  news:\n    output: true\n"
    ),
    "_pages/about.md": ABOUT,
    "_news/announcement_1.md": "---\ndate: 2024-01-01\ninline: true\n---\nOld news.\n",
    "_news/announcement_2.md": "---\ndate: 2024-02-01\ninline: true\n---\nA *new* grant.\n",
    "_news/announcement_3.md": "---\ndate: 2024-03-01\ntitle: A long story\n---\nTold.\n",
    "_bibliography/papers.bib": BIB,
    "assets/img/prof_pic.jpg": "not really a jpeg",
}


def test_the_home_page_shows_what_al_folio_s_about_page_asks_for(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site(SITE)
    assert result.errors == 0
    home = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    assert home.h1.get_text() == "Ada Lovelace"  # not "about"
    news = home.select(".news-list > li")
    assert [li.time.get_text() for li in news] == ["1 March 2024", "1 February 2024"]
    assert news[0].a.get_text() == "A long story"  # a link to its page
    assert news[1].select_one(".news-text em").get_text() == "new"  # inline
    papers = home.select_one(".selected-papers")
    assert "The Chosen Paper" in papers.get_text()
    assert "Another Paper" not in papers.get_text()
    aside = home.select_one("aside.author-profile")
    assert aside.select_one(".author-name").get_text() == "Ada Lovelace"
    assert aside.img["src"].endswith("assets/img/prof_pic.jpg")
    assert aside.select_one(".author-location").get_text() == "1 Main Street London"
    assert "https://github.com/ada" in [a["href"] for a in aside.select("a")]


def test_no_section_where_a_page_does_not_ask(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    quiet = ABOUT.replace("news: true", "news: false").replace(
        "selected_papers: true", ""
    )
    _, output = build_site({**SITE, "_pages/about.md": quiet})
    home = (output / "index.html").read_text("utf-8")
    assert 'class="news"' not in home and "selected-papers" not in home
    del tmp_path

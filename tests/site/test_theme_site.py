"""Theme features on small inline sites: author profile, navigation, home list."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

CONFIG = """
title: Lab notes
author:
  name: Ada Lovelace
  bio: Engines & numbers
  github: ada
  googlescholar: https://scholar.example/ada
  orcid: https://orcid.org/0000-0000-0000-0001
  email: ada@example.org
"""


def soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_author_profile_and_navigation_order(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": CONFIG,
            "about.md": "---\ntitle: About\nnav_order: 2\nauthor_profile: true\n---\nHi.\n",
            "cv.md": "---\ntitle: CV\nsidebar_sort_order: 1\n---\nCV.\n",
            "misc.md": "---\ntitle: Misc\n---\nNot in the main menu.\n",
            "_posts/2020-01-01-a.md": "---\ntitle: A\n---\nPost.\n",
        }
    )
    assert result.errors == 0
    about = soup(output / "about.html")
    profile = about.select_one(".author-profile")
    assert profile.select_one(".author-name").get_text() == "Ada Lovelace"
    assert profile.select_one(".author-bio").get_text() == "Engines & numbers"
    links = {a.get_text(): a["href"] for a in profile.select("a")}
    assert links == {
        "Email": "mailto:ada@example.org",
        "GitHub": "https://github.com/ada",
        "Google Scholar": "https://scholar.example/ada",
        "ORCID": "https://orcid.org/0000-0000-0000-0001",
    }
    nav = [a.get_text() for a in about.select(".site-nav a")]
    assert nav == ["CV", "About", "Blog", "Feed"]  # no tags, so no Tags link
    assert about.select_one('.site-nav a[aria-current="page"]').get_text() == "About"
    assert [a.get_text() for a in about.select(".site-footer nav a")] == ["Misc"]
    cv = soup(output / "cv.html")
    assert cv.select_one(".author-profile") is None


def test_home_is_the_post_list_without_a_home_document(build_site: SiteBuilder) -> None:
    _, output = build_site(
        {
            "_config.yml": "title: Lab notes\n",
            "_posts/2020-01-01-first.md": "---\ntitle: First\n---\nOne.\n",
            "_posts/2020-02-01-second.md": "---\ntitle: Second\n---\nTwo.\n",
        }
    )
    home = soup(output / "index.html")
    assert [a.get_text() for a in home.select(".post-list h2 a")] == ["Second", "First"]


def test_a_site_404_page_wins_over_the_theme(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {"404.md": "---\ntitle: Lost\npermalink: /404.html\n---\nCustom.\n"}
    )
    assert result.errors == 0
    assert "Custom." in (output / "404.html").read_text(encoding="utf-8")

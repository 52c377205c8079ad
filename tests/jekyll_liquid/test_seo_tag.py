"""jekyll-seo-tag's ``{% seo %}``: its tags, as jekyll-seo-tag 2.8 writes them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.jekyll_liquid.test_renderer import make_renderer


def _seo(tmp_path: Path, page: dict, markup: str = "", **settings: object) -> str:
    renderer = make_renderer(tmp_path, settings=settings)
    return renderer.render("{% seo " + markup + "%}", page, "p.html").text


def _meta(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    found = {m.get("property") or m.get("name"): m["content"] for m in soup("meta")}
    for link in soup("link"):
        found[link["rel"][0]] = link["href"]
    return found


def test_a_page_s_title_then_the_site_s_and_what_describes_it(tmp_path: Path) -> None:
    page = {
        "title": "Engines",
        "url": "/notes/index.html",
        "description": "On <b>engines</b>.",
    }
    html = _seo(tmp_path, page, author={"name": "Ada"})
    assert "<title>Engines | Lab</title>" in html
    assert _meta(html) == {
        "og:title": "Engines",
        "author": "Ada",
        "og:locale": "en_US",
        "description": "On engines.",
        "og:description": "On engines.",
        "canonical": "https://lab.example/base/notes/",
        "og:url": "https://lab.example/base/notes/",
        "og:site_name": "Lab",
        "og:type": "website",
        "twitter:card": "summary",
        "twitter:title": "Engines",
    }
    record = json.loads(re.search(r"ld\+json\">\n(.*)</script>", html)[1])
    assert record == {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "author": {"@type": "Person", "name": "Ada"},
        "description": "On engines.",
        "headline": "Engines",
        "url": "https://lab.example/base/notes/",
    }


def test_the_home_page_is_the_site_s_title_and_tagline(tmp_path: Path) -> None:
    html = _seo(tmp_path, {"url": "/"}, description="Notes on engines")
    assert "<title>Lab | Notes on engines</title>" in html
    assert "<title>" not in _seo(tmp_path, {"url": "/"}, "title=false ")


def test_a_post_is_an_article_with_its_date_and_image(tmp_path: Path) -> None:
    page = {
        "title": "P",
        "url": "/p/",
        "date": "2024-01-02 03:04:05 +0000",
        "image": "/i.png",
    }
    found = _meta(_seo(tmp_path, page))
    assert found["og:type"] == "article"
    assert found["article:published_time"] == "2024-01-02T03:04:05+00:00"
    assert found["og:image"] == "https://lab.example/base/i.png"
    assert found["twitter:card"] == "summary_large_image"


def test_the_site_s_twitter_account(tmp_path: Path) -> None:
    for twitter in ({"username": "@lab"}, "lab"):
        found = _meta(_seo(tmp_path, {"title": "T", "url": "/t/"}, twitter=twitter))
        assert found["twitter:site"] == "@lab"


def test_no_canonical_address_without_the_site_s_url(tmp_path: Path) -> None:
    found = _meta(_seo(tmp_path, {"title": "T", "url": "/t/"}, url=""))
    assert "canonical" not in found and "og:url" not in found


def test_front_matter_stays_text_and_addresses_pass_the_allowlist(
    tmp_path: Path,
) -> None:
    page = {
        "title": 'A "quote" </title><script>alert(1)</script>',
        "url": "/a/",
        "canonical_url": "javascript:alert(1)",
        "image": "javascript:alert(2)",
    }
    html = _seo(tmp_path, page)
    assert "<script>alert" not in html and "javascript:" not in html
    assert "</script>" not in html.split("ld+json")[1].removesuffix(
        "</script>\n<!-- End Jekyll SEO tag -->\n"
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text() == 'A "quote" alert(1) | Lab'
    assert _meta(html)["canonical"] == "https://lab.example/base/a/"

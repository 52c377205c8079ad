"""The popular themes' layouts, shown by this theme's own pages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from jekyll_common.errors import ConfigError
from tests.conftest import SiteBuilder

POSTS = {
    "_posts/2024-01-01-a.md": "---\ntitle: Alpha\ntags: [markup, Math]\ncategories: [Edge Case]\n---\nA.\n",
    "_posts/2024-01-02-b.md": "---\ntitle: Beta\ntags: [markup]\n---\nB.\n",
}
PAGES = {
    # Hydeout
    "tags.html": "---\nlayout: tags\ntitle: Tags\n---\n",
    "search.html": "---\nlayout: search\ntitle: Search\n---\nFind it.\n",
    "category/edge-case.md": "---\nlayout: category\ntitle: Edge Case\n---\nBelow.\n",
    # Minimal Mistakes
    "_pages/markup.md": "---\nlayout: tag\ntitle: Markup\npermalink: /tags/markup/\ntaxonomy: markup\n---\n",
    "_pages/pets.md": "---\nlayout: collection\ntitle: Pets\npermalink: /pets/\ncollection: pets\n---\nOur pets.\n",
    "_pages/year-archive.md": "---\nlayout: posts\ntitle: By year\npermalink: /year-archive/\n---\n",
    "_pets/rex.md": "---\ntitle: Rex\n---\nA dog.\n",
    "_pets/tom.md": "---\ntitle: Tom\n---\nA cat.\n",
    # TeXt: a page whose layout is the post layout
    "about.md": "---\nlayout: article\ntitle: About\n---\nAbout us.\n",
    "odd.md": "---\nlayout: tagpage\ntitle: Odd\n---\nOdd.\n",
    # So Simple: the frame; the page's own Liquid lists the posts
    "posts/index.html": (
        "---\nlayout: post-index\ntitle: All\n---\n"
        "{% for post in site.posts %}<p class=own>{{ post.title }}</p>{% endfor %}\n"
    ),
}
CONFIG = "title: T\ncollections:\n  pets:\n    output: true\n"


def soup(output, path: str) -> BeautifulSoup:
    text = (output / path).read_text(encoding="utf-8").replace("&nbsp;", " ")
    return BeautifulSoup(text, "html.parser")


@pytest.fixture
def built(build_site: SiteBuilder):
    return build_site({"_config.yml": CONFIG, **POSTS, **PAGES})


def test_each_layout_shows_its_page_then_its_list(built) -> None:
    result, output = built
    assert result.errors == 0
    tags = soup(output, "tags.html")
    assert tags.h1.get_text() == "Tags"
    names = [li.a.get_text() for li in tags.select("ul.taxonomy li")]
    assert names == ["markup", "Math"]
    assert "(2)" in tags.select("ul.taxonomy li")[0].get_text()
    assert len(tags.select("section.listing ul.post-titles li")) == 3

    search = soup(output, "search.html")
    assert "Find it." in search.get_text()
    assert search.select_one("#search") is not None

    edge = soup(output, "category/edge-case.html")
    assert [a.get_text() for a in edge.select("ol.post-list h2 a")] == ["Alpha"]
    markup = soup(output, "tags/markup/index.html")
    assert [a.get_text() for a in markup.select("ol.post-list h2 a")] == [
        "Beta",
        "Alpha",
    ]

    pets = soup(output, "pets/index.html")
    assert pets.h1.get_text() == "Pets"
    assert "Our pets." in pets.get_text()
    assert [a.get_text() for a in pets.select(".archive-item__title a")] == [
        "Rex",
        "Tom",
    ]

    years = soup(output, "year-archive/index.html")
    assert len(years.select("ol.post-list li")) == 2

    about = soup(output, "about.html")
    assert about.h1.get_text() == "About" and "About us." in about.get_text()

    listed = soup(output, "posts/index.html")
    assert [p.get_text() for p in listed.select("p.own")] == ["Beta", "Alpha"]


def test_an_unknown_layout_says_what_was_used_and_how_to_choose(built) -> None:
    result, output = built
    warnings = [text for level, text in result.messages if level == "WARNING"]
    odd = [w for w in warnings if "'tagpage'" in w]
    assert len(odd) == 1
    assert "shown with the theme's 'page' template" in odd[0]
    assert "JEKYLL_LAYOUTS = {'tagpage': \"<template>\"}" in odd[0]
    assert "Odd." in soup(output, "odd.html").get_text()
    # The layouts the themes use are known: no other layout is named.
    assert [w for w in warnings if "layout" in w] == odd


def test_a_mapping_to_a_template_that_shows_no_page_is_refused(
    build_site: SiteBuilder,
) -> None:
    with pytest.raises(ConfigError, match="layout 'category' is mapped to 'archive'"):
        build_site(
            {"_config.yml": CONFIG, **POSTS, **PAGES},
            JEKYLL_LAYOUTS={"category": "archive"},
        )

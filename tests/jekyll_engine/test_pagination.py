"""The pages of a paginated list, with Pelican's own names and files."""

from __future__ import annotations

from pelican.settings import read_settings

from jekyll_engine.pagination import list_pages

SETTINGS = read_settings(override={"PAGINATED_TEMPLATES": {"index": 2, "tag": None}})


def test_a_list_is_cut_into_pages_linked_both_ways() -> None:
    pages = list_pages(
        "blog/index.html",
        {"template_name": "index", "url": "blog/"},
        {"articles": list("abcde"), "title": "Blog"},
        SETTINGS,
    )
    assert pages is not None
    assert [name for name, _ in pages] == [
        "blog/index.html",
        "blog/index2.html",
        "blog/index3.html",
    ]
    first, second, last = (variables for _, variables in pages)
    assert first["articles_page"].object_list == ["a", "b"]
    assert first["articles_previous_page"] is None
    assert first["articles_next_page"] is second["articles_page"]
    assert last["articles_page"].object_list == ["e"]
    assert last["articles_next_page"] is None
    assert second["title"] == "Blog"


def test_a_template_without_pagination_is_not_a_list() -> None:
    variables = {"articles": list("abc")}
    assert list_pages("x.html", {"template_name": "page"}, variables, SETTINGS) is None
    assert list_pages("x.html", {"template_name": "index"}, {}, SETTINGS) is None


def test_a_paginated_template_without_a_size_takes_the_default() -> None:
    settings = {**SETTINGS, "DEFAULT_PAGINATION": 3}
    pages = list_pages(
        "t.html", {"template_name": "tag"}, {"articles": [1] * 7}, settings
    )
    assert pages is not None and len(pages) == 3

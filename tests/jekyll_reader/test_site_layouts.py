"""What a layout or page's text loops over: the site's posts, or other things."""

from __future__ import annotations

import pytest

from jekyll_reader.site_layouts import lists_documents, lists_posts


@pytest.mark.parametrize(
    "text",
    [
        "{% for post in paginator.posts %}",
        "{%- for p in site.posts limit: 3 -%}",
        "{% for p in site.categories['news'] %}",
        "{% assign ps = site.posts | where: 'lang', 'en' %}{% for p in ps %}",
        "{% assign a = site.posts %}{% assign b = a | sort: 'title' %}{% for p in b %}",
    ],
)
def test_a_text_that_loops_over_the_posts_lists_them(text: str) -> None:
    assert lists_posts(text)
    assert lists_posts("<p>Intro.</p>", text)  # in any of the texts


@pytest.mark.parametrize(
    "text",
    [
        "{% for item in site.data.news %}",  # the site's data, not its posts
        "{% for t in page.tags %}",
        "{% for p in page.paginator.posts %}",
        "{% assign p = site.posts %}",  # assigned, never looped over
        "for post in site.posts",  # words, not a tag
    ],
)
def test_a_text_that_loops_over_something_else_does_not(text: str) -> None:
    assert not lists_posts(text)


def test_documents_are_the_site_s_posts_and_more() -> None:
    assert lists_documents("{% for item in site.data.news %}")
    assert lists_documents("{% assign all = site.lectures | sort %}{% for e in all %}")
    assert not lists_documents("{% for t in page.tags %}")

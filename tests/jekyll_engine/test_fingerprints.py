"""Page fingerprints: what changes a page's fingerprint, and what does not."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import pytest
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Tag

from jekyll_engine.environment import environment_digest
from jekyll_engine.fingerprints import Fingerprints, Unfingerprintable
from jekyll_engine.page_records import PageRecords

TEMPLATES = {
    "base.html": "<nav>{% for p in pages %}{{ p.title }}{% endfor %}</nav>"
    "{% block content %}{% endblock %}",
    "article.html": '{% extends "base.html" %}{% block content %}{{ article.title }}'
    "{{ article.previous.title if article.previous }}{% endblock %}",
    "list.html": "{% include '_item.html' %}",
    "_item.html": "{% for a in articles %}{{ a.title }}{% endfor %}",
    "dynamic.html": "{% include chosen %}",
}


def _environment(templates: dict[str, str] = TEMPLATES) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.DictLoader(dict(templates)), autoescape=True
    )


def _article(title: str, body: str = "<p>Body</p>", **metadata: Any) -> Article:
    settings = dict(DEFAULT_CONFIG)
    metadata = {"title": title, "date": dt.datetime(2020, 1, 1), **metadata}
    return Article(body, metadata=metadata, settings=settings)


def _page(template: str, environment: jinja2.Environment, **context: Any) -> str | None:
    return Fingerprints("env").page(environment.get_template(template), context)


def test_a_page_changes_with_what_its_templates_name() -> None:
    env = _environment()
    older, post = _article("Older"), _article("Post")
    post.previous = older
    pages = [_article("About")]
    first = _page("article.html", env, article=post, pages=pages, articles=[post])
    assert first is not None
    # Same values again: same fingerprint.
    assert first == _page("article.html", env, article=post, pages=pages)
    # A variable the templates do not name does not count.
    assert first == _page(
        "article.html", env, article=post, pages=pages, articles=[_article("Other")]
    )
    # The page's own document, a linked document, a page of the navigation.
    assert first != _page("article.html", env, article=_article("Post!"), pages=pages)
    post.previous = _article("Renamed")
    assert first != _page("article.html", env, article=post, pages=pages)
    post.previous = older
    assert first != _page("article.html", env, article=post, pages=[_article("X")])


def test_included_templates_and_their_sources_count() -> None:
    env = _environment()
    listing = [_article("A"), _article("B")]
    first = _page("list.html", env, articles=listing)
    assert first != _page("list.html", env, articles=[*listing, _article("C")])
    edited = _environment({**TEMPLATES, "_item.html": "{{ articles | length }}"})
    assert first != _page("list.html", edited, articles=listing)


def test_documents_in_lists_are_digested_without_their_links() -> None:
    env = _environment()
    post = _article("Post")
    first = _page("list.html", env, articles=[post])
    post.next = _article("Newer")
    assert first == _page("list.html", env, articles=[post])


def test_the_settings_an_object_holds_are_left_to_the_environment() -> None:
    env = _environment({"tags.html": "{% for t in tags %}{{ t }}{% endfor %}"})
    settings = {**DEFAULT_CONFIG, "STATE": threading.Lock()}
    first = _page("tags.html", env, tags=[Tag("physics", settings)])
    # The settings hold what cannot be digested, and are not digested here.
    assert first is not None
    assert first == _page(
        "tags.html", env, tags=[Tag("physics", {**settings, "SITENAME": "Other"})]
    )
    assert first != _page("tags.html", env, tags=[Tag("maths", settings)])


@dataclass(slots=True)
class Archive:
    """An object holding a long list of documents, as an archive does."""

    name: str
    posts: list[Any]


def test_an_object_with_a_long_list_is_digested_whole() -> None:
    env = _environment({"tag.html": "{{ archive.name }}"})
    posts = [_article(f"Post {n}") for n in range(40)]
    first = _page("tag.html", env, archive=Archive("physics", posts))
    assert first == _page("tag.html", env, archive=Archive("physics", list(posts)))
    edited = [*posts[:-1], _article("Post 39, edited")]
    assert first != _page("tag.html", env, archive=Archive("physics", edited))
    # Jinja's Undefined raises on any attribute it lacks; it is a value too.
    assert _page("tag.html", env, archive=jinja2.Undefined()) is not None


def test_unknowable_pages_have_no_fingerprint() -> None:
    env = _environment()
    assert _page("dynamic.html", env, chosen="base.html") is None

    # State Python cannot see (a lock's) cannot be digested.
    assert _page("list.html", env, articles=[threading.Lock()]) is None
    assert _page("list.html", env, articles=[object()]) is not None
    with pytest.raises(Unfingerprintable):
        Fingerprints("").value(threading.Lock())


def test_environment_digest_covers_settings_and_files(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "style.css").write_text("a {}", encoding="utf-8")
    settings = {"SITENAME": "Blog", "STATE": threading.Lock()}
    first = environment_digest(settings, [theme], ["1.0"], ignored=["STATE"])
    assert first == environment_digest(
        {**settings, "STATE": threading.Lock()}, [theme], ["1.0"], ignored=["STATE"]
    )
    assert first != environment_digest(
        {**settings, "SITENAME": "Other"}, [theme], ["1.0"], ignored=["STATE"]
    )
    assert first != environment_digest(settings, [theme], ["1.1"], ignored=["STATE"])
    (theme / "style.css").write_text("a { color: red }", encoding="utf-8")
    assert first != environment_digest(settings, [theme], ["1.0"], ignored=["STATE"])
    with pytest.raises(Unfingerprintable):
        environment_digest(settings, [theme], ["1.0"])


def test_page_records_trust_only_the_file_they_wrote(tmp_path: Path) -> None:
    output, store = tmp_path / "out", tmp_path / "cache" / "pages.pickle"
    output.mkdir()
    page = output / "a.html"
    page.write_text("one", encoding="utf-8")
    records = PageRecords(output, store, Fingerprints("env"))
    records.record("a.html", "fp", page)
    records.record("b.html", None, page)  # no fingerprint: never trusted
    records.save()

    later = PageRecords(output, store, Fingerprints("env"))
    assert later.unchanged("a.html", "fp")
    assert not later.unchanged("a.html", "other")
    assert not later.unchanged("b.html", "fp")
    page.write_text("edited by hand", encoding="utf-8")
    assert not later.unchanged("a.html", "fp")
    page.unlink()
    assert not later.unchanged("a.html", "fp")

from types import SimpleNamespace

import pytest
from jinja2 import DictLoader, Environment

from jekyll_engine.template_guard import GuardedTemplate

TEMPLATES = {
    "fussy.html": "{{ page.authors.name.upper() }}",
    "page.html": "<h1>{{ page.title }}</h1>",
    "broken_page.html": "{{ page.nothing.more() }}",
}


def page(**values: object) -> SimpleNamespace:
    base = {"title": "T <b>", "content": "<p>Body</p>", "source_path": "a.md"}
    return SimpleNamespace(**{**base, **values})


def test_a_failing_template_gives_way_to_the_plain_one(caplog) -> None:
    environment = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    guarded = GuardedTemplate(environment.get_template("fussy.html"))
    shown = guarded.render({"page": page(authors=[{"name": "A"}])})
    assert shown == "<h1>T &lt;b&gt;</h1>"
    assert "a.md: the theme's 'fussy.html' template could not show this page" in (
        caplog.text
    )
    assert "shown with 'page.html'" in caplog.text


def test_when_the_plain_one_fails_too_the_text_is_still_shown() -> None:
    templates = {**TEMPLATES, "page.html": TEMPLATES["broken_page.html"]}
    environment = Environment(loader=DictLoader(templates), autoescape=True)
    guarded = GuardedTemplate(environment.get_template("page.html"))
    shown = guarded.render({"page": page()})
    assert "<h1>T &lt;b&gt;</h1>" in shown and "<p>Body</p>" in shown


def test_a_site_page_of_the_theme_s_own_still_fails_loudly() -> None:
    environment = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    guarded = GuardedTemplate(environment.get_template("fussy.html"))
    with pytest.raises(Exception, match="undefined"):
        guarded.render({})

"""The templates a template uses and the names they read."""

import jinja2

from jekyll_engine.template_closure import template_closure

TEMPLATES = {
    "base.html": "{{ SITENAME }}{% block body %}{% endblock %}",
    "page.html": '{% extends "base.html" %}{% block body %}'
    '{% include "_meta.html" %}{% for t in page.tags %}{{ t }}{% endfor %}'
    "{% endblock %}",
    "_meta.html": "{{ page.date }}{% import '_macros.html' as m %}",
    "_macros.html": "{% macro x() %}{{ WIDGETS }}{% endmacro %}",
    "chosen.html": "{% include page.layout %}",
}


def _environment(templates: dict[str, str]) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True)


def test_every_template_reached_is_followed_and_its_names_read() -> None:
    environment = _environment(TEMPLATES)
    names, digest = template_closure(environment.get_template("page.html"))
    assert {"SITENAME", "page", "WIDGETS", "t"} <= names
    edited = _environment({**TEMPLATES, "_macros.html": "{{ OTHER }}"})
    other_names, other_digest = template_closure(edited.get_template("page.html"))
    assert "OTHER" in other_names and other_digest != digest


def test_a_template_chosen_at_render_time_cannot_be_followed() -> None:
    environment = _environment(TEMPLATES)
    assert template_closure(environment.get_template("chosen.html")) is None


def test_a_missing_template_cannot_be_followed() -> None:
    environment = _environment({"a.html": '{% include "gone.html" %}'})
    assert template_closure(environment.get_template("a.html")) is None

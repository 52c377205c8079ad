"""python-liquid's operators with Ruby's meaning, and the patch that gives it."""

from __future__ import annotations

import inspect
from pathlib import Path

from liquid.builtin.expressions import logical

from tests.jekyll_liquid.test_lax import ruby_render
from tests.jekyll_liquid.test_renderer import make_renderer

TEMPLATE = (
    '{% if page.url contains "x" %}a{% endif %}|'
    '{% assign t = true %}{% if t contains "." %}b{% else %}c{% endif %}|'
    "{% assign n = 5 %}{% if n contains 5 %}d{% else %}e{% endif %}|"
    '{% if page contains "url" %}f{% endif %}|{% if page.tags contains "ml" %}g{% endif %}'
)
PAGE = {"url": "/x/", "tags": ["ml"]}


def test_contains_of_a_value_that_holds_nothing_is_false_as_in_ruby(
    tmp_path: Path,
) -> None:
    rendered = make_renderer(tmp_path).render(TEMPLATE, PAGE, "p.md")
    assert rendered.problems == []
    assert rendered.text == ruby_render([TEMPLATE], PAGE)[0] == "a|c|e|f|g"


def test_the_patched_function_is_the_one_contains_calls() -> None:
    # Pinned: ContainsExpression evaluates through the module's _contains.
    source = inspect.getsource(logical.ContainsExpression.evaluate)
    assert "_contains(" in source
    assert list(inspect.signature(logical._contains).parameters) == [
        "token",
        "left",
        "right",
    ]

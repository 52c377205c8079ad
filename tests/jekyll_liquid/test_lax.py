"""Liquid as Jekyll reads it by default (``error_mode: warn``), against Ruby's Liquid.

Each template below is markup the strict parser refuses and Ruby's lax
parser reads; Debian's ruby-liquid renders it here as Jekyll would, and
this build must give the same text. ``error_mode: strict`` is honoured.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from jekyll_liquid.lax import lax_markup, lax_variable
from tests.jekyll_liquid.test_renderer import make_renderer

VARIABLES = {"names": ["b", "a"], "x": "hi", "a": 1, "words": 200, "limit": 1}
TEMPLATES = [
    "{% for name in page.names | sort %}[{{ name }}]{% endfor %}",
    '{{ page.x | "text" }}',
    "{% if page.a == 1 junk %}yes{% endif %}",
    "{% assign y = page.x | upcase junk %}{{ y }}",
    "{{ page.x | nosuch }}",
    "{{ page.x | upcase | }}",
    "{{ page.x | append: 'a' 'b' }}",
    "{{ page.x junk }}",
    "{% for name in page.names limit:1 | sort %}[{{ name }}]{% endfor %}",
    "{{ page.x | default 'z' }}",
    "{% unless page.a == 2 junk %}u{% endunless %}",
    "{% if page.a == 1 and page.words > 100 junk %}both{% endif %}",
    "{% if page.a == 2 or page.words < 180 page.x %}either{% endif %}",
    "{{ page.x | slice: 0, }}",
    "{% assign z = 'q' | %}{{ z }}",
    "{{ page.x | upcase: }}",
    "{{ page.words | divided_by:100 | plus: 1 }}",
    "{% capture c junk %}cap{% endcapture %}{{ c }}",
    # An output written where a name belongs: the names in it are looked up.
    "{% if {{page.x}} %}yes{% endif %}",
    "{% if {{page.nope}} %}yes{% else %}no{% endif %}",
    "{% if {{page.a}} == 1 %}one{% endif %}",
    "{% for name in {{page.names}} %}[{{ name }}]{% endfor %}",
    "{% assign y = {{page.x}} %}{{ y }}",
    "{{ {{page.x}} }}",
    # Empty outputs print nothing; their dashes trim (a whitespace trimmer).
    "a  \n  {{--}}  <b>{{}}|{{ }}|{{-}}  |{{ page.x }}",
    "{% if page['x'] == {{page.x}} and {{ 2 }} > 1 %}same{% endif %}",
    # Words after an end tag's name; a property named like a keyword.
    "{% if page.a == 1 %}a{% endif junk %}|{% capture c %}b{% endcapture c %}{{ c }}",
    "{%- if page.a -%} z {%- endif x -%}|",
    "{{ page.limit }}|{% for n in page.names limit: page.limit %}[{{ n }}]{% endfor %}",
    "{{ 'page.limit' }}|{{ page.with | default: 'w' }}",
    # Variables named like the loops' keywords (a course schedule's offset).
    "{% assign offset = 1 %}{{ offset }}|{% for n in page.names offset: offset %}[{{ n }}]{% endfor %}",
    "{% capture limit %}1{% endcapture %}{{ limit | plus: 1 }}|{% if limit == '1' %}one{% endif %}",
    "{% for cols in page.names %}{{ cols }}{% endfor %}|{{ 5 | minus: page.limit }}",
    "{% assign limit = 2 %}{% for n in page.names limit: limit %}[{{ n }}]{% endfor %}",
    # Another language's syntax in a post (Azure Pipelines): keywords first.
    "${{ if ne(parameters.vmImage, '') }}|${{ else }}|{{ not x }}|{{ in }}",
]
RUBY = """
require "liquid"
require "json"
cases = JSON.parse(STDIN.read)
out = cases["templates"].map do |t|
  Liquid::Template.parse(t, error_mode: :warn).render("page" => cases["variables"])
end
puts JSON.generate(out)
"""


def ruby_render(templates: list[str], variables: dict) -> list[str]:
    """Return each template as Debian's ruby-liquid renders it, with ``page``."""
    done = subprocess.run(
        ["ruby", "-e", RUBY],
        input=json.dumps({"templates": templates, "variables": variables}),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def ruby_liquid() -> list[str]:
    return ruby_render(TEMPLATES, VARIABLES)


@pytest.mark.parametrize("index", range(len(TEMPLATES)))
def test_renders_as_ruby_liquid_under_error_mode_warn(
    index: int, ruby_liquid: list[str], tmp_path: Path
) -> None:
    rendered = make_renderer(tmp_path).render(TEMPLATES[index], VARIABLES, "p.md")
    assert rendered.text == ruby_liquid[index], TEMPLATES[index]
    assert "{" not in rendered.text


def test_what_is_read_laxly_is_named_at_its_line(tmp_path: Path) -> None:
    text = "one\n{% for name in page.names | sort %}{{ name }}{% endfor %}"
    rendered = make_renderer(tmp_path).render(text, VARIABLES, "p.md")
    ((line, problem),) = rendered.problems
    assert line == 2
    assert "read as '{% for name in page.names %}', as Jekyll reads it" in problem


def test_a_keyword_read_as_a_name_is_one_problem(tmp_path: Path) -> None:
    text = "${{ if ne(parameters.vmImage, '') }}; done"
    rendered = make_renderer(tmp_path).render(text, VARIABLES, "p.md")
    assert rendered.text == "$; done"
    ((_, problem),) = rendered.problems
    assert "read as '{{ nil }}', as Jekyll reads it" in problem


def test_an_empty_output_is_no_problem_and_raw_text_keeps_it(tmp_path: Path) -> None:
    text = "a \n {{--}} b{% raw %}{{ }}{% endif x %}{% endraw %}"
    rendered = make_renderer(tmp_path).render(text, VARIABLES, "p.md")
    assert (rendered.text, rendered.problems) == ("ab{{ }}{% endif x %}", [])


def test_error_mode_strict_reads_nothing_laxly(tmp_path: Path) -> None:
    renderer = make_renderer(tmp_path)
    strict = make_renderer(tmp_path, settings={"liquid": {"error_mode": "strict"}})
    text = "{% for name in page.names | sort %}[{{ name }}]{% endfor %}"
    assert renderer.render(text, VARIABLES, "p.md").text == "[b][a]"
    rendered = strict.render(text, VARIABLES, "p.md")
    assert rendered.text == "[]"
    assert "renders nothing" in rendered.problems[0][1]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("{%- include figure.html %}", None),
        ("{% if a %}", None),
        ("{{ a | b: 1, 2 | c }}", None),
        ("{{- a | b: 1 2 -}}", "{{- a | b: 1 -}}"),
        ("{% for x in y | sort reversed %}", "{% for x in y %}"),
        ("{% for x in y reversed | sort %}", "{% for x in y reversed %}"),
    ],
)
def test_lax_markup(markup: str, expected: str | None) -> None:
    assert lax_markup(markup) == expected


def test_lax_variable_keeps_keyword_arguments() -> None:
    assert lax_variable("x | f: a, key: 'v' junk") == "x | f: a, key: 'v'"

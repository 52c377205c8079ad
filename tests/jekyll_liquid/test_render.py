import datetime as dt
from pathlib import Path

import pytest
from jinja2 import TemplateError

from jekyll_config.data import load_site_data
from jekyll_liquid.render import LiquidRenderer
from tests.helpers import write_files

UTC = dt.UTC


@pytest.fixture
def renderer(tmp_path: Path) -> LiquidRenderer:
    write_files(
        tmp_path,
        {
            "_includes/card.html": "<b>{{ include.name }}</b>{% include inner.html %}",
            "_includes/inner.html": "[{{ site.title }}]",
            "_data/team.yml": "lead: Ada\nmembers: [Ada, Grace]\n",
            "_data/nested/more.json": '{"x": 1}',
            "docs/part.md": "Part {{ page.title }}",
        },
    )
    return LiquidRenderer(
        source=tmp_path,
        site={"title": "Lab"},
        url="https://lab.example",
        baseurl="/base",
        timezone=UTC,
        posts={},
        markdownify=lambda text: f"<p>{text}</p>",
        data=load_site_data(tmp_path),
    )


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            "{{ site.title }} {{ site.url }}{{ site.baseurl }}",
            "Lab https://lab.example/base",
        ),
        (
            "{{ '/a/' | relative_url }} {{ 'a' | absolute_url }}",
            "/base/a/ https://lab.example/base/a",
        ),
        ("{{ site.data.team.lead }} {{ site.data.nested.more.x }}", "Ada 1"),
        (
            "{% for m in site.data.team.members %}{{ forloop.index }}{{ m }} {% endfor %}",
            "1Ada 2Grace ",
        ),
        ("{{ missing.deeply.nested }}|{{ nil }}", "|"),
        ("{% include card.html name='Z' %}", "<b>Z</b>[Lab]"),
        ("{% include_relative part.md %}", "Part T"),
        (
            "{{ '2020-01-31' | date: '%d %b %Y' }} {{ page.d | date_to_string }}",
            "31 Jan 2020 02 Feb 2021",
        ),
        ("{{ page.d | date_to_xmlschema }}", "2021-02-02T00:00:00+00:00"),
        (
            "{{ 'Hello World!' | slugify }} {{ '<i>x</i>' | strip_html }}",
            "hello-world x",
        ),
        (
            "{{ 'a b c d' | truncatewords: 2 }} {{ '<&>' | xml_escape }}",
            "a b... &lt;&amp;&gt;",
        ),
        ("{{ '*x*' | markdownify }}", "<p>*x*</p>"),
        ("{{ page.items | where: 'k', 'b' | map: 'v' | join: ',' }}", "2"),
        ("{{ page.items | sort: 'v' | map: 'k' | join }}", "a b"),
        ("{% if 'abc' contains 'b' and page.items.size == 2 %}yes{% endif %}", "yes"),
        ("{% assign n = 10 | divided_by: 3 %}{{ n }} {{ 10 | modulo: 3 }}", "3 1"),
        (
            "{{ '' | default: 'd' }} {{ false | default: 'f' }} {{ 'x' | default: 'd' }}",
            "d f x",
        ),
    ],
)
def test_liquid(renderer: LiquidRenderer, template: str, expected: str) -> None:
    page = {
        "title": "T",
        "d": dt.date(2021, 2, 2),
        "items": [{"k": "b", "v": 2}, {"k": "a", "v": 1}],
    }
    output, notes, _ = renderer.render(template, page, "docs")
    assert notes == []
    assert output == expected


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.environ }}",
        "{{ lipsum.__globals__ }}",
        "{{ page.__class__ }}",
        "{% for x in ''.__class__.__mro__ %}{{ x }}{% endfor %}",
    ],
)
def test_python_internals_are_refused(renderer: LiquidRenderer, template: str) -> None:
    try:
        output, _, _ = renderer.render(template, {}, "docs")
    except TemplateError:
        return
    assert "class" not in output and "environ" not in output and output.strip() == ""


def test_includes_cannot_leave_the_source(
    renderer: LiquidRenderer, tmp_path: Path
) -> None:
    (tmp_path.parent / "outside.html").write_text("SECRET", encoding="utf-8")
    output, notes, missing = renderer.render(
        "{% include ../../outside.html %}{% include_relative ../../outside.html %}",
        {},
        "docs",
    )
    assert "SECRET" not in output
    # Not found inside the source: missing, rendering nothing (the build
    # names each missing include once, with the files naming it).
    assert (output, notes) == ("", [])
    assert missing == ["../../outside.html", "../../outside.html"]


def test_highlight_with_linenos_numbers_the_lines(renderer: LiquidRenderer) -> None:
    code = "{% highlight python linenos %}\na = 1\nb = 2\n{% endhighlight %}"
    numbered, notes, _ = renderer.render(code, {}, "docs")
    plain, _, _ = renderer.render(code.replace(" linenos", ""), {}, "docs")
    assert notes == []
    assert 'class="linenos"' in numbered and ">2<" in numbered.split("linenos")[1]
    assert "linenos" not in plain

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from jekyll_config.data import load_site_data
from jekyll_liquid.renderer import LiquidRenderer, SiteFacts
from jekyll_reader.catalogue import Catalogue, Entry, Placed
from jekyll_reader.document import DocumentFields, SourceFile
from tests.helpers import write_files

UTC = dt.UTC
NOW = dt.datetime(2024, 5, 6, 7, 8, tzinfo=UTC)
EMPTY = Catalogue(posts=(), pages=(), collections={"posts": ()}, static_files=())


def make_renderer(
    source: Path,
    catalogue: Catalogue = EMPTY,
    collections: object = None,
    settings: dict | None = None,
) -> LiquidRenderer:
    return LiquidRenderer(
        SiteFacts(
            source=source,
            theme_includes=source / "theme-includes",
            settings={
                "title": "Lab",
                "url": "https://lab.example",
                "baseurl": "/base",
                "data": load_site_data(source),
                "collections": collections or {},
                **(settings or {}),
            },
            url="https://lab.example",
            baseurl="/base",
            timezone=UTC,
            now=NOW,
        ),
        catalogue=lambda: catalogue,
        convert=lambda _, text: (f"<p>{text}</p>", ""),
        markdownify=lambda text: f"<p>{text}</p>",
        smartify=lambda text: text.replace("'", "\u2019"),
    )


@pytest.fixture
def renderer(tmp_path: Path) -> LiquidRenderer:
    write_files(
        tmp_path,
        {
            "_includes/card.html": "<b>{{ include.name }}</b>{% include inner.html %}",
            "_includes/inner.html": "[{{ site.title }}]",
            "_includes/broken.html": "ok\n{% if %}",
            "_includes/self.html": "x{% include self.html %}",
            "_includes/sets.html": "{% assign shared = 'from include' %}",
            "_includes/cols.html": "{{ include.offset }}|{{ include.n }}",
            "theme-includes/inner.html": "THEME",
            "theme-includes/only-theme.html": "theme's own",
            "_data/team.yml": "lead: Ada\nmembers: [Ada, Grace]\n",
            "_data/nested/more.json": '{"x": 1}',
            "docs/part.md": "Part {{ page.title }}",
        },
    )
    return make_renderer(tmp_path)


PAGE = {
    "title": "T",
    "d": dt.date(2021, 2, 2),
    "items": [{"k": "b", "v": 2, "tags": ["x"]}, {"k": "a", "v": 1, "tags": []}],
}

CASES = [
    (
        "{{ site.title }} {{ site.url }}{{ site.baseurl }}",
        "Lab https://lab.example/base",
    ),
    (
        "{{ '/a/' | relative_url }} {{ 'a' | absolute_url }}",
        "/base/a/ https://lab.example/base/a",
    ),
    # Of nil, nil (a post without an image shows none), as in Jekyll.
    (
        "{% assign i = page.nope | relative_url %}{% if i %}img{% endif %}"
        "{% assign j = nil | absolute_url %}{% if j %}img{% endif %}|{{ i }}",
        "|",
    ),
    ("{{ site.data.team.lead }} {{ site.data.nested.more.x }}", "Ada 1"),
    (
        "{% for m in site.data.team.members %}{{ forloop.index }}{{ m }} {% endfor %}",
        "1Ada 2Grace ",
    ),
    ("{{ missing.deeply.nested }}|{{ nil }}", "|"),
    ("{% include card.html name='Z' %}", "<b>Z</b>[Lab]"),
    ("{% include card.html name=page.title %}", "<b>T</b>[Lab]"),
    ("{% assign n = 'card' %}{% include {{ n }}.html name=\"Q\" %}", "<b>Q</b>[Lab]"),
    ("{% include only-theme.html %}", "theme's own"),
    ("{% include sets.html %}{{ shared }}", "from include"),
    # Named like the loops' keywords: a file, an argument, a variable.
    ("{% assign offset = 4 %}{% include cols.html offset=3 n=offset %}", "3|4"),
    # A literal value is its value, as Jekyll evaluates it (width=300).
    (
        "{% include cols.html offset=2.5 n=true %}|{% include cols.html n=nil %}",
        "2.5|true||",
    ),
    ("{% include_relative part.md %}", "Part T"),
    # jekyll-include-cache's tag (Minimal Mistakes, Chulapa) is an include.
    ("{% include_cached card.html name=page.title %}", "<b>T</b>[Lab]"),
    (
        "{{ '2020-01-31' | date: '%d %b %Y' }} {{ page.d | date_to_string }}",
        "31 Jan 2020 02 Feb 2021",
    ),
    ("{{ page.d | date_to_long_string: 'ordinal', 'US' }}", "February 2nd, 2021"),
    ("{{ page.d | date_to_xmlschema }}", "2021-02-02T00:00:00+00:00"),
    (
        "{{ '2020-01-02 03:04:05.678' | date_to_xmlschema }}",
        "2020-01-02T03:04:05+00:00",
    ),
    ("{{ 'Hello World!' | slugify }} {{ '<i>x</i>' | strip_html }}", "hello-world x"),
    (
        "{{ 'a b c d' | truncatewords: 2 }} {{ '<&>' | xml_escape }}",
        "a b... &lt;&amp;&gt;",
    ),
    ("{{ '*x*' | markdownify }} {{ \"it's\" | smartify }}", "<p>*x*</p> it\u2019s"),
    ("{{ page.items | where: 'k', 'b' | map: 'v' | join: ',' }}", "2"),
    ("{{ page.items | where: 'tags', 'x' | map: 'k' | join }}", "b"),
    ("{{ page.items | where_exp: 'i', 'i.v > 1' | map: 'k' | join }}", "b"),
    ("{% assign f = page.items | find_exp: 'i', 'i.v < 2' %}{{ f.k }}", "a"),
    ("{% assign f = page.items | find: 'k', 'a' %}{{ f.v }}", "1"),
    ("{{ page.items | sort: 'v' | map: 'k' | join }}", "a b"),
    (
        "{% assign g = page.items | group_by: 'v' %}{{ g | map: 'name' | join: ',' }}",
        "2,1",
    ),
    (
        "{% assign g = page.items | group_by_exp: 'i', 'i.k | upcase' %}"
        "{{ g[0].name }}{{ g[0].size }}",
        "B1",
    ),
    (
        "{% assign a = page.items | map: 'k' | push: 'c' | unshift: 'z' %}{{ a | join }}",
        "z b a c",
    ),
    (
        "{% assign a = page.items | map: 'k' %}{{ a | pop | join }}|{{ a | shift | join }}",
        "b|a",
    ),
    ("{{ page.items | map: 'k' | array_to_sentence_string }}", "b and a"),
    ("{{ 'a b c' | split: ' ' | array_to_sentence_string: 'or' }}", "a, b, or c"),
    ("{{ page.items | map: 'k' | jsonify }}", '["b","a"]'),
    ("{{ 'a b' | cgi_escape }} {{ 'a b/é' | uri_escape }}", "a+b a%20b/%C3%A9"),
    (
        "{{ 'one  two three' | number_of_words }} {{ ' a \n b ' | normalize_whitespace }}",
        "3 a b",
    ),
    ("{% assign s = page.items | sample: 2 %}{{ s | size }}", "2"),
    ("{% if 'abc' contains 'b' and page.items.size == 2 %}yes{% endif %}", "yes"),
    ("{% assign n = 10 | divided_by: 3 %}{{ n }} {{ 10 | modulo: 3 }}", "3 1"),
    (
        "{{ '' | default: 'd' }} {{ false | default: 'f' }} {{ 'x' | default: 'd' }}",
        "d f x",
    ),
    (
        "{% capture notice-2 %}**x**{% endcapture %}{{ notice-2 | markdownify }}",
        "<p>**x**</p>",
    ),
    ("{% raw %}{{ kept }}{% endraw %}", "{{ kept }}"),
    ("{{ site.time | date: '%Y' }}", "2024"),
    (
        "{% gist 5555251 gist.md %}",
        '<p class="gist"><a href="https://gist.github.com/5555251#file-gist-md">'
        "Gist 5555251 (gist.md)</a>, on GitHub</p>",
    ),
]


@pytest.mark.parametrize(("template", "expected"), CASES)
def test_liquid(renderer: LiquidRenderer, template: str, expected: str) -> None:
    rendered = renderer.render(template, PAGE, "docs/page.md")
    assert rendered.problems == []
    assert rendered.text == expected


def test_one_bad_tag_renders_nothing_and_the_rest_renders(
    renderer: LiquidRenderer,
) -> None:
    text = (
        "{{ page.title }}\n\n{% nosuch x %} {{ 'a' | nofilter }}\n"
        "{% for i in %}{{ i }}{% endfor %}{{ page.title }}"
    )
    rendered = renderer.render(text, PAGE, "docs/page.md")
    # As Jekyll: an unknown filter passes its input on; no Liquid is shown.
    assert rendered.text == "T\n\n a\nT"
    assert [line for line, _ in rendered.problems] == [4, 3, 3]
    assert "'{% for i in %}' renders nothing" in rendered.problems[0][1]
    assert "tag 'nosuch' is not one this build knows" in rendered.problems[1][1]
    assert "filter 'nofilter' is not one this build knows" in rendered.problems[2][1]


@pytest.mark.parametrize(
    "template",
    [
        "{% for i in (1..100000000) %}{{ i }}{% endfor %}",
        "{% for i in (1..10000) %}{% for j in (1..10000) %}x{% endfor %}{% endfor %}",
        "{% assign s = 'xx' %}{% for i in (1..60) %}"
        "{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}",
        "{% include self.html %}",
    ],
)
def test_hostile_templates_stop_fast_with_a_note(
    renderer: LiquidRenderer, template: str
) -> None:
    # Stopped before it ran (limits are checked as a loop starts, a
    # variable grows, an include nests), not after: no timing needed.
    rendered = renderer.render(template, {}, "docs/page.md")
    assert rendered.problems
    # The tag at fault is kept as written; what it held runs once at most.
    assert len(rendered.text) < 100_000


def test_includes_cannot_leave_their_folder(
    renderer: LiquidRenderer, tmp_path: Path
) -> None:
    (tmp_path.parent / "outside.html").write_text("SECRET", encoding="utf-8")
    rendered = renderer.render(
        "{% include ../../outside.html %}|{% include_relative ../../outside.html %}|"
        "{% include /etc/passwd %}",
        {},
        "docs/page.md",
    )
    assert "SECRET" not in rendered.text and "root:" not in rendered.text
    assert len(rendered.problems) == 2
    assert all("leaves its folder" in p for _, p in rendered.problems)
    # A name from the root is joined to _includes/, as Jekyll's File.join
    # does: /etc/passwd is looked for there, and is not.
    assert renderer.missing == [("etc/passwd", None)]


def test_an_include_named_from_the_root_is_the_one_in_includes(
    renderer: LiquidRenderer,
) -> None:
    # al-folio sites write {% include {{ site.baseurl }}/x.html %}: with no
    # baseurl, "/x.html", which Jekyll finds in _includes/.
    rendered = renderer.render("{% include /card.html name='A' %}", {}, "p.md")
    assert rendered.text == "<b>A</b>[Lab]"
    assert not rendered.problems and not renderer.missing


def test_an_include_name_jekyll_refuses_is_named_at_its_line(
    renderer: LiquidRenderer,
) -> None:
    rendered = renderer.render(
        "{% include 'card.html' %}\n{% include card.html, name: 'A' %}", {}, "p.md"
    )
    assert rendered.text == "\n"
    said = dict(rendered.problems)
    assert "write it without quotes: {% include card.html %}" in said[1]
    assert "its parameters are key=value, without commas" in said[2]
    assert not renderer.missing


def test_an_error_inside_an_include_is_named_at_the_include_s_line(
    renderer: LiquidRenderer, caplog: pytest.LogCaptureFixture
) -> None:
    rendered = renderer.render("a\n{% include broken.html %}", {}, "docs/page.md")
    assert rendered.problems == []
    assert "Liquid" not in rendered.text and "{%" not in rendered.text
    assert "broken.html:2: missing expression; '{% if %}' renders nothing" in (
        caplog.text
    )


def test_a_missing_include_renders_nothing_and_is_listed(
    renderer: LiquidRenderer,
) -> None:
    rendered = renderer.render("a{% include gone.html %}b", {}, "docs/page.md")
    assert (rendered.text, rendered.problems) == ("ab", [])
    assert renderer.missing == [("gone.html", None)]


def test_the_site_includes_come_before_the_theme(renderer: LiquidRenderer) -> None:
    assert renderer.render("{% include inner.html %}", {}, "x.md").text == "[Lab]"


def test_highlight_with_linenos_numbers_the_lines(renderer: LiquidRenderer) -> None:
    code = (
        "{% highlight python linenos %}\na = {{ 1 | plus: 1 }}\nb = 2\n"
        "{% endhighlight %}"
    )
    numbered = renderer.render(code, {}, "x.md")
    plain = renderer.render(code.replace(" linenos", ""), {}, "x.md")
    assert numbered.problems == [] == plain.problems
    assert 'class="linenos"' in numbered.text
    assert ">2<" in numbered.text.split("linenos")[1]
    assert "linenos" not in plain.text
    assert '<span class="mi">2</span>' in plain.text


def entry(relpath: str, url: str, kind: str = "post", **data: object) -> Entry:
    date = data.pop("date", None)
    fields = DocumentFields(
        title=data.get("title"),  # type: ignore[arg-type]
        date=date,  # type: ignore[arg-type]
        date_source="front matter",
        modified=NOW,
        slug=Path(relpath).stem,
        tags=list(data.get("tags", [])),  # type: ignore[call-overload]
        categories=[],
        url=url,
        save_as=url.lstrip("/"),
        layout=None,
    )
    source = SourceFile(relpath=relpath, kind=kind, mtime=NOW)
    return Entry(Placed(dict(data), source, fields), body=f"Body of {relpath}")


@pytest.fixture
def site_renderer(tmp_path: Path) -> LiquidRenderer:
    new = entry(
        "_posts/2021-03-04-new.md",
        "/2021/03/04/new/",
        date=dt.datetime(2021, 3, 4, tzinfo=UTC),
        title="New",
        tags=["ml"],
    )
    old = entry(
        "blog/_posts/2020-01-02-old.md",
        "/2020/01/02/old/",
        date=dt.datetime(2020, 1, 2, tzinfo=UTC),
        title="Old",
        tags=["ml", "sim"],
    )
    talk = entry("_talks/keynote.md", "/talks/keynote/", "document", venue="Conf")
    about = entry("about.md", "/about/", "page", title="About")
    catalogue = Catalogue(
        posts=(new, old),
        pages=(about,),
        collections={"posts": (old, new), "talks": (talk,)},
        static_files=("files/cv.pdf",),
    )
    return make_renderer(tmp_path, catalogue, {"talks": {"output": True}})


SITE_CASES = [
    (
        "{% for p in site.posts %}{{ p.title }}{{ p.url }} {% endfor %}",
        "New/2021/03/04/new/ Old/2020/01/02/old/ ",
    ),
    ("{{ site.posts.first.next.title }}|{{ site.posts.first.previous.title }}", "|Old"),
    (
        "{% for t in site.tags %}{{ t[0] }}={{ t[1] | size }} {% endfor %}",
        "ml=2 sim=1 ",
    ),
    (
        "{% for d in site.talks %}{{ d.title }} at {{ d.venue }}{% endfor %}",
        "Keynote at Conf",
    ),
    ("{{ site.collections | map: 'label' | join: ',' }}", "posts,talks"),
    # An undated document of a collection is dated when the site is built.
    ("{{ site.talks[0].date | date: '%Y-%m-%d' }}", "2024-05-06"),
    (
        "{{ site.pages | map: 'title' | join }} {{ site.static_files[0].extname }}",
        "About .pdf",
    ),
    ("{{ site.posts[1].content }}", "<p>Body of blog/_posts/2020-01-02-old.md</p>"),
    (
        "{% post_url 2020-01-02-old %} {% post_url blog/2020-01-02-old %}",
        "/base/2020/01/02/old/ /base/2020/01/02/old/",
    ),
    ("{{ site.baseurl }}{% post_url 2021-03-04-new %}", "/base/2021/03/04/new/"),
    ("{% link about.md %} {% link /files/cv.pdf %}", "/base/about/ /base/files/cv.pdf"),
    ("{% assign f = 'about' %}{% link {{ f }}.md %}", "/base/about/"),
]


@pytest.mark.parametrize(("template", "expected"), SITE_CASES)
def test_content_sees_the_sites_documents(
    site_renderer: LiquidRenderer, template: str, expected: str
) -> None:
    rendered = site_renderer.render(template, {}, "x.md")
    assert rendered.problems == []
    assert rendered.text == expected


def test_a_link_to_nothing_is_named(site_renderer: LiquidRenderer) -> None:
    rendered = site_renderer.render("{% post_url 1999-01-01-gone %}", {}, "x.md")
    assert rendered.text == ""
    assert "no document '1999-01-01-gone'" in rendered.problems[0][1]


def test_a_tag_that_fails_as_an_include_renders_is_mended_in_the_include(
    tmp_path: Path,
) -> None:
    write_files(
        tmp_path,
        {"_includes/loop.html": "x\n{% for i in (1..100000000) %}{{ i }}{% endfor %}y"},
    )
    rendered = make_renderer(tmp_path).render(
        "a {% include loop.html %} b {% include loop.html %}", {}, "p.md"
    )
    assert rendered.text == "a x\ny b x\ny"
    ((line, problem),) = rendered.problems
    assert line == 1
    assert problem.startswith("in ") and "loop.html, line 2: " in problem
    assert "'{% for i in (1..100000000) %}' renders nothing" in problem


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            "{{ 'abc' | to_integer }}|{{ '12ab' | to_integer }}|{{ true | to_integer }}",
            "0|12|1",
        ),
        ("a{{ 99999999999999 | date: '%Y' }}b", "ab"),
        ("a{{ 'abc' | divided_by: 0 }}b", "ab"),
    ],
)
def test_a_value_a_filter_cannot_take_costs_only_its_output(
    tmp_path: Path, template: str, expected: str
) -> None:
    rendered = make_renderer(tmp_path).render(f"x\n{template}", {}, "p.md")
    assert rendered.text == f"x\n{expected}"
    assert all(line == 2 for line, _ in rendered.problems)


def test_the_site_prints_as_data_never_as_a_python_object(tmp_path: Path) -> None:
    rendered = make_renderer(tmp_path).render(
        "{{ site }}|{{ site | jsonify }}", {}, "p.md"
    )
    assert "object at 0x" not in rendered.text and "<" not in rendered.text
    printed, as_json = rendered.text.split("|", 1)
    assert json.loads(printed)["title"] == json.loads(as_json)["title"] == "Lab"


@pytest.mark.parametrize(
    "text",
    [
        "a" + "{" * 300_000 + " b",  # quadratic in the lexer: hours at this size
        "a" + "{{" * 150_000 + " b",
        "a {{ 'x' }}" + "{%" * 150_000,
        "a" + "{{" * 150_000 + "{% endraw %}",  # an end of raw with no raw
    ],
    ids=["braces", "outputs", "tags", "stray endraw"],
)
def test_an_opener_never_closed_is_text_in_linear_time(
    tmp_path: Path, text: str
) -> None:
    rendered = make_renderer(tmp_path).render(text, {}, "p.md")
    assert rendered.text.startswith("a")
    assert any("never closed" in problem for _, problem in rendered.problems)


def test_an_include_not_in_utf8_is_read_as_content_files_are(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "old.html").write_bytes(
        "Caf\xe9 {{ 1 }}".encode("latin-1")
    )
    rendered = make_renderer(tmp_path).render("[{% include old.html %}]", {}, "p.md")
    assert rendered.text == "[Café 1]"
    assert "old.html: line 1 is not valid UTF-8" in caplog.text


def test_a_malformed_where_exp_is_named_and_the_rest_renders(tmp_path: Path) -> None:
    text = "{{ page.title }}\n{{ page.items | where_exp: 'p', 'p.a ==' | size }}\n{{ page.title }}"
    page = {"title": "T", "items": [{"a": 1}, {"a": 2}]}
    rendered = make_renderer(tmp_path).render(text, page, "p.md")
    assert rendered.text == "T\n\nT"
    ((line, problem),) = rendered.problems
    assert line == 2 and "renders nothing" in problem


def test_scssify_and_sassify_compile_as_the_site_s_sass(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "_sass").mkdir()
    (tmp_path / "_sass" / "_colors.scss").write_text("$ink: #123;\n")
    renderer = make_renderer(tmp_path)
    text = (
        "{% capture s %}@import 'colors';\na { b { color: $ink; } }{% endcapture %}"
        "{{ s | scssify }}|{{ 'p\n  margin: 0' | sassify }}"
    )
    rendered = renderer.render(text, {}, "style.css")
    assert rendered.text == "a b {\n  color: #123;\n}\n|p {\n  margin: 0;\n}\n"
    with caplog.at_level(logging.WARNING):
        broken = renderer.render("{{ 'a {' | scssify }}", {}, "style.css").text
    assert broken.startswith("/* This stylesheet could not be compiled:")
    assert "scssify: Sass could not compile it" in caplog.text

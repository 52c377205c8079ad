"""Liquid in content on a whole build (fixtures/liquid/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_tasks.runner import BuildResult
from tests.conftest import SiteBuilder
from tests.helpers import build_fixture

FIXTURE = Path(__file__).parent / "fixtures" / "liquid"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    return build_fixture("liquid", tmp_path_factory.mktemp("liquid"))  # type: ignore[return-value]


def content(output: Path, path: str) -> BeautifulSoup:
    soup = BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")
    return soup.select_one(".content")


def test_liquid_renders_before_markdown(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    body = content(output, "2020/01/03/liquid.html")
    text = body.get_text().replace("\xa0", " ")
    assert "Site: Liquid site at https://lq.example/base; page liquid test." in text
    assert body.select_one("aside.note").get_text() == "HELLO on Liquid site"
    assert "has-a no-missing" in text
    assert "1:Ada 2:Grace" in text
    assert body.find("a", string="Other post")["href"] == "/base/2020/01/02/other.html"
    assert "{{ kept as written }}" in text
    assert body.select_one("div.highlight .nf").get_text() == "answer"


def test_a_missing_include_and_an_unknown_tag_render_nothing_and_are_named(
    built: tuple[BuildResult, Path],
) -> None:
    result, output = built
    text = content(output, "2020/01/03/liquid.html").get_text().replace("\xa0", " ")
    assert "missing.html" not in text
    assert "mystery" not in text and "{%" not in text
    warnings = [m for level, m in result.messages if level == "WARNING"]
    (missing,) = [w for w in warnings if "'missing.html'" in w]
    assert missing.startswith(
        "include 'missing.html' is not in _includes/ nor among the theme's includes "
        "(named by "
    )
    assert "2020-01-03-liquid.md:13); it renders nothing." in missing
    assert any(
        "2020-01-03-liquid.md" in w and "tag 'mystery' is not one this build knows" in w
        for w in warnings
    )


def test_python_internals_are_refused_and_only_that_tag_kept(
    built: tuple[BuildResult, Path],
) -> None:
    result, output = built
    text = content(output, "2020/01/04/reaches-for-python.html").get_text()
    text = text.replace("\xa0", " ")
    # The engine has no attribute access: a statement it cannot parse
    # renders nothing, one that names what the site does not have (cycler)
    # is nil; neither is evaluated in Python, and the rest of the
    # document's Liquid still runs.
    assert text.startswith("Liquid site ")
    assert "{{ site.title }}" not in text
    assert "mro" not in text and "globals" not in text
    assert "class 'object'" not in text
    warnings = [m for level, m in result.messages if level == "WARNING"]
    (kept,) = [w for w in warnings if "reaches-for-python.md" in w]
    # Read as Ruby's lax parser reads it: the string before the dot.
    assert "reaches-for-python.md:4: " in kept and "as Jekyll reads it" in kept
    assert result.errors == 0


def test_pages_of_any_extension_are_rendered_without_layout(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: X & Y\n",
            "atom.xml": "---\nlayout: null\n---\n<feed><title>{{ site.title | xml_escape }}</title></feed>\n",
            "notes.txt": "---\n---\nplain {{ site.title }}\n",
            "data.json": '---\npermalink: /api/data.json\n---\n{"title": {{ site.title | jsonify }}}\n',
        }
    )
    assert result.errors == 0
    assert (
        output / "atom.xml"
    ).read_text() == "<feed><title>X &amp; Y</title></feed>\n"
    assert (output / "notes.txt").read_text() == "plain X & Y\n"
    assert (output / "api/data.json").read_text() == '{"title": "X & Y"}\n'


def test_a_page_that_is_not_html_is_written_in_the_sites_own_layouts(
    build_site: SiteBuilder,
) -> None:
    # whiteglass's feed.xml names the layout _layouts/feed.xml (a layout is
    # named by its stem), which lays out every post, inside another layout.
    result, output = build_site(
        {
            "_config.yml": "title: Feeds\ndefaults:\n  - scope: {path: assets}\n"
            "    values: {layout: frame}\n",
            # Stylesheets are never laid out (Jekyll's asset_file?), whatever
            # layout they are given, and so nothing is said of it.
            "assets/site.scss": "---\n---\nb { color: red; }\n",
            "assets/more.scss": "---\nlayout: gone\n---\ni { color: red; }\n",
            "_layouts/feed.xml": (
                "---\nlayout: frame\n---\n<feed>{{ content | strip }}"
                "{% for post in site.posts %}<entry>{{ post.title }}</entry>"
                "{% endfor %}</feed>"
            ),
            "_layouts/frame.txt": "<?xml?>{{ content }}\n",
            "_posts/2024-01-01-a.md": "---\ntitle: A\n---\nText.\n",
            "feed.xml": "---\nlayout: feed\n---\n<title>{{ site.title }}</title>\n",
            "lost.txt": "---\nlayout: gone\n---\nas written\n",
            # The site's HTML frame, which the theme replaces, is left out.
            "_layouts/default.html": "<html><body>{{ content }}</body></html>",
            "robots.txt": "---\nlayout: default\n---\nUser-agent: *\n",
            "search.json": "---\nlayout: none\n---\n[]\n",  # Jekyll's no layout
            # HTML written as XML is written as it is, not in the theme; the
            # sitemap the build would add is not listed beside the site's own.
            "sitemap.html": (
                "---\nlayout: null\npermalink: /sitemap.xml\n---\n<urlset>"
                "{% for p in site.pages %}{% if p.url contains 'sitemap' %}<u>"
                "{{ p.url }}</u>{% endif %}{% endfor %}</urlset>\n"
            ),
            # A layout in a folder, not HTML (a docs theme's), by its name
            # tasks/compress; the file is the one the permalink names.
            "_layouts/tasks/compress.liquid": "---\n---\n{{ content | strip }}!\n",
            "assets/data.liquid": (
                "---\nlayout: tasks/compress\npermalink: /data.json\n---\n  [1]\n"
            ),
        }
    )
    assert result.errors == 0
    assert (output / "robots.txt").read_text() == "User-agent: *\n"
    assert (output / "search.json").read_text() == "[]\n"
    assert (output / "data.json").read_text() == "[1]!\n"
    assert (output / "sitemap.xml").read_text() == (
        "<urlset><u>/sitemap.xml</u></urlset>\n"
    )
    assert not [m for _, m in result.messages if "robots.txt" in m or ".json" in m]
    assert not [m for _, m in result.messages if ".scss" in m]
    for sheet in ("site.css", "more.css"):
        assert (output / "assets" / sheet).read_text().startswith(("b", "i"))
    assert (output / "feed.xml").read_text() == (
        "<?xml?><feed><title>Feeds</title><entry>A</entry></feed>\n"
    )
    assert (output / "lost.txt").read_text() == "as written\n"
    (said,) = [m for _, m in result.messages if "lost.txt" in m]
    assert "layout 'gone' is not in the site's _layouts" in said


@pytest.mark.parametrize("production", [False, True])
def test_references_through_the_baseurl_find_the_files_there(
    build_site: SiteBuilder, production: bool
) -> None:
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x03"
        b"\x08\x02\x00\x00\x00"
    )
    result, _ = build_site(
        {
            "_config.yml": "url: https://lab.example\nbaseurl: /base\n",
            "assets/x.png": png,
            "page.md": """\
                ---
                title: Images
                ---
                ![a]({{ site.baseurl }}/assets/x.png)
                ![b]({{ "/assets/x.png" | relative_url }})
                ![c]({{ "/assets/x.png" | absolute_url }})
                ![d]({{ site.url }}{{ site.baseurl }}/assets/x.png)
                ![e](/assets/x.png)
                ![f](https://elsewhere.example/base/gone.png)
                ![g]({{ site.baseurl }}/assets/gone.png)
                ![h]({{ site.baseurl }}/{{ "/assets/x.png" }})
                ---
                """,
        },
        production=production,
    )
    assert result.missing_files == [("page.md", "/base/assets/gone.png")]
    missing = [m for _, m in result.messages if "which is not in the site" in m]
    assert len(missing) == 1 and "'/base/assets/gone.png'" in missing[0]


def test_site_baseurl_is_as_the_config_spells_it(build_site: SiteBuilder) -> None:
    # Templates join it as their authors wrote it; the filters normalise it.
    result, output = build_site(
        {
            "_config.yml": "baseurl: /blog/\n",
            "assets/x.css": "a {}\n",
            "page.md": """\
                ---
                title: Links
                ---
                [a]({{ site.baseurl }}assets/x.css)
                [b]({{ "/assets/x.css" | relative_url }})
                """,
        }
    )
    links = [a["href"] for a in content(output, "page.html").select("a")]
    assert links == ["/blog/assets/x.css", "/blog/assets/x.css"]
    assert not [m for _, m in result.messages if "not in the site" in m]


def test_dates_print_as_jekyll_prints_them(build_site: SiteBuilder) -> None:
    # Checked against Jekyll 4.3.1: Ruby's Time#to_s, in the site's zone.
    result, output = build_site(
        {
            "_config.yml": "timezone: America/New_York\n",
            "_posts/2024-01-02-a.md": (
                "---\ntitle: A\nwhen: 2020-05-06 07:08:09 +02:00\n---\n"
                "[{{ page.date }}] [{{ page.date | jsonify }}] [{{ page.when }}]\n"
            ),
        }
    )
    assert result.errors == 0
    text = (output / "2024/01/02/a.html").read_text(encoding="utf-8")
    assert (
        "[2024-01-02 00:00:00 -0500] [\u201c2024-01-02 00:00:00 -0500\u201d] "
        "[2020-05-06 07:08:09 +0200]" in text
    )


def test_a_missing_include_named_in_another_is_named_at_that_include_s_line(
    build_site: SiteBuilder,
) -> None:
    result, _ = build_site(
        {
            "_config.yml": "title: T\n",
            "_includes/card.html": "<div>\n  {{ include.name }}\n  {% include gone.html %}\n</div>\n",
            "people.md": "---\ntitle: People\n---\n\n{% include card.html name='Ada' %}\n",
        }
    )
    warnings = [m for level, m in result.messages if level == "WARNING"]
    (missing,) = [w for w in warnings if "'gone.html'" in w]
    assert "(named by _includes/card.html:3)" in missing

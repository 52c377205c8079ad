"""The site's own layouts that add to a page, rendered around it as in Jekyll.

Each case is a small site of the shapes course and lab sites have: a
layout the theme does not know that adds a list after the page's text.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from jekyll_tasks.runner import run_build
from tests.conftest import SiteBuilder

LAYOUTS = {
    "_layouts/default.html": (
        "<!DOCTYPE html>\n<html><body>{{ content }}</body></html>\n"
    ),
    # A course template's: the page's text, then every lecture.
    "_layouts/lectures.html": (
        "---\nlayout: page\nbadge: Course\n---\n"
        '<header class="post-header"><h1>{{ page.title }}</h1></header>\n'
        "<p class=badge>{{ layout.badge }}</p>\n{{ content }}\n<ul>\n"
        "{% for lecture in site.lectures %}<li class=lecture>{{ lecture.title }}: "
        "{{ lecture.content }}</li>{% endfor %}\n</ul>\n"
    ),
    # A course schedule's: the lectures and exams joined, sorted, then listed.
    "_layouts/schedule.html": (
        "---\nlayout: page\n---\n{{ content }}\n"
        "{% assign all = site.lectures | concat: site.exams %}\n"
        "{%- assign sorted = all | sort: 'title' -%}\n"
        "{% for event in sorted %}<li class=event>{{ event.title }}</li>{% endfor %}"
    ),
    # A loop over the page's own tags: the page's look, which the theme has.
    "_layouts/tagged.html": (
        "---\nlayout: page\n---\n{{ content }}"
        "{% assign mine = page.tags %}{% for t in mine %}<b class=tag>{{ t }}</b>"
        "{% endfor %}"
    ),
    # A lecture's: the video its front matter names, then its text.
    "_layouts/lecture.html": (
        "---\nlayout: page\n---\n<h1>{{ page.title }}</h1><p>{{ page.date }}</p>\n"
        "{% if page.video %}<div class=video-box><iframe src='https://www.youtube"
        "-nocookie.com/embed/{{ page.video.id }}'></iframe></div>{% endif %}\n"
        "{{ content }}"
    ),
    # A tutorial step's: its number in a heading, its menu's anchor: look.
    "_layouts/step.html": (
        "---\nlayout: page\n---\n<h2>{{ page.position }}. {{ page.title }}</h2>"
        "<a href='/docs/#{{ page.part }}'>{{ page.part }}</a>{{ content }}"
    ),
    # A frame that sends the reader on: the page is that redirect.
    "_layouts/redirect.html": (
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" '
        'content="0; url={{ page.redirect }}"></head>'
        '<body><a href="{{ page.redirect }}">{{ page.title }}</a></body></html>\n'
    ),
    # al-folio's frame: a refresh only for a page that asks for it.
    "_layouts/framed.html": (
        "<!DOCTYPE html><html><head>{%- if page.redirect -%}<meta http-equiv="
        '"refresh" content="3; url=/">{%- endif -%}</head>'
        "<body>{{ content }}</body></html>\n"
    ),
    # Two of the site's own, one inside the other: a list in the site's look
    # (a sidebar), which the theme replaces.
    "_layouts/inner.html": (
        "---\nlayout: middle\n---\n<div class=inner>{{ content }}"
        "{% for l in site.lectures %}<s>{{ l.title }}</s>{% endfor %}</div>"
    ),
    "_layouts/middle.html": (
        "---\nlayout: default\n---\n<aside class=sidebar>Menu</aside>"
        "<div class=middle>{{ content }}</div>"
    ),
    # A whole page: the site's frame, which the theme replaces.
    "_layouts/landing.html": "<html><body><div class=landing>{{ content }}</div></body></html>",
    # Layouts in a loop.
    "_layouts/ping.html": (
        "---\nlayout: pong\n---\n<i class=ping>{{ content }}</i>"
        "{%- for p in site.pages %}{% endfor %}"
    ),
    "_layouts/pong.html": "---\nlayout: ping\n---\n<i class=pong>{{ content }}</i>",
    "_layouts/broken.html": (
        "---\nlayout: page\n---\n{{ content }}\n"
        "{% for p in site.pages %}{% endfor %}\n{% if %}oops\n"
    ),
}
PAGES = {
    "_config.yml": (
        "title: Magic 101\ncollections:\n  lectures:\n    output: true\n  exams: {}\n"
    ),
    "_exams/final.md": "---\ntitle: Final exam\n---\nGood luck.\n",
    "schedule.md": "---\nlayout: schedule\ntitle: Schedule\n---\nWhat is when.\n",
    "owls.md": ("---\ntitle: Owls\nlayout: lecture\nvideo: {id: abc123}\n---\nHoot.\n"),
    "notes.md": "---\nlayout: lecture\ntitle: Notes\n---\nNo video.\n",
    "old.html": "---\nlayout: redirect\ntitle: Moved\nredirect: /lectures.html\n---\n",
    "step.md": (
        "---\nlayout: step\ntitle: Step\nposition: 3\npart: intro\n---\nDo it.\n"
    ),
    "framed.md": "---\nlayout: framed\ntitle: Framed\n---\nStays.\n",
    "gone.md": "---\nlayout: framed\ntitle: Gone\nredirect: true\n---\nBye.\n",
    "tagged.md": "---\nlayout: tagged\ntitle: Tagged\ntags: [owls]\n---\nHoot.\n",
    "_lectures/01-wands.md": "---\ntitle: Wands\n---\nHold it *firmly*.\n",
    "_lectures/02-brooms.md": "---\ntitle: Brooms\n---\nSit on it.\n",
    "lectures.md": "---\nlayout: lectures\ntitle: Lectures\n---\nDownload them here.\n",
    "nested.md": "---\nlayout: inner\ntitle: Nested\n---\nDeep.\n",
    "landing.md": "---\nlayout: landing\ntitle: Landing\n---\nWelcome.\n",
    "loop.md": "---\nlayout: ping\ntitle: Loop\n---\nRound.\n",
    "broken.md": "---\nlayout: broken\ntitle: Broken\n---\nStill here.\n",
}


def soup(output: Path, path: str) -> BeautifulSoup:
    # Typography binds a paragraph's last two words: compare plain spaces.
    text = (output / path).read_text(encoding="utf-8").replace("&nbsp;", " ")
    return BeautifulSoup(text.replace("\xa0", " "), "html.parser")


def test_a_layout_that_adds_a_list_is_rendered_around_the_page(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({**LAYOUTS, **PAGES})
    assert result.errors == 0
    page = soup(output, "lectures.html")
    content = page.select_one("div.content")
    assert "Download them here." in content.get_text()
    assert [li.get_text(" ", strip=True) for li in content.select("li.lecture")] == [
        "Wands: Hold it firmly .",
        "Brooms: Sit on it.",
    ]
    assert content.select_one("p.badge").get_text() == "Course"  # {{ layout.* }}
    # The layout's own heading of the title is not shown twice.
    assert [h.get_text() for h in page.select("h1")] == ["Lectures"]
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert not [w for w in warnings if "'lectures'" in w]


def test_a_layout_that_lists_what_it_assigned_from_the_site_is_rendered_too(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({**LAYOUTS, **PAGES})
    content = soup(output, "schedule.html").select_one("div.content")
    assert "What is when." in content.get_text()
    assert [li.get_text() for li in content.select("li.event")] == [
        "Brooms",
        "Final exam",
        "Wands",
    ]
    # A loop over the page's own fields is its look: the theme shows tags.
    tagged = soup(output, "tagged.html").select_one("div.content")
    assert tagged.get_text().strip() == "Hoot."
    assert tagged.select_one("b.tag") is None
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert not [w for w in warnings if "'schedule'" in w]


def test_a_layout_that_shows_the_page_s_own_fields_is_rendered_where_they_are_set(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({**LAYOUTS, **PAGES})
    owls = soup(output, "owls.html").select_one("div.content")
    frame = owls.select_one("div.video-box iframe")
    assert frame["src"] == "https://www.youtube-nocookie.com/embed/abc123"
    assert "Hoot." in owls.get_text()
    # Without a video the layout shows only what the theme shows already.
    notes = soup(output, "notes.html").select_one("div.content")
    assert notes.get_text().strip() == "No video."
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert [w for w in warnings if "notes.md" in w and "'lecture'" in w]
    assert not [w for w in warnings if "owls.md" in w]
    # A field in a heading, or in an anchor of the site's menu, is its look.
    step = soup(output, "step.html").select_one("div.content")
    assert step.get_text().strip() == "Do it."


def test_a_page_whose_frame_redirects_is_that_redirect(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({**LAYOUTS, **PAGES})
    assert (output / "old.html").read_text() == (
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" '
        'content="0; url=/lectures.html"></head>'
        '<body><a href="/lectures.html">Moved</a></body></html>\n'
    )
    assert not [m for _, m in result.messages if "old.html" in m]
    # A refresh under a condition: only the page that sets what it tests.
    assert "Stays." in soup(output, "framed.html").select_one("div.content").get_text()
    gone = (output / "gone.html").read_text()
    assert gone.startswith(
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="3; url=/">'
        "</head><body><p>Bye.</p>"
    )
    assert "site.css" not in gone


def test_layouts_within_layouts_stop_at_the_frame_and_at_a_loop(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({**LAYOUTS, **PAGES})
    nested = soup(output, "nested.html").select_one("div.content")
    assert nested.select_one("div.inner").get_text(" ", strip=True) == (
        "Deep. Wands Brooms"
    )
    assert nested.select_one("aside, div.middle") is None
    landing = soup(output, "landing.html")
    assert landing.select_one("div.landing") is None
    assert "Welcome." in landing.select_one("div.content").get_text()
    loop = soup(output, "loop.html").select_one("div.content")
    assert loop.select_one("i.ping").get_text().strip() == "Round."
    assert loop.select_one("i.pong") is None
    warnings = [m for level, m in result.messages if level == "WARNING"]
    (frame,) = [w for w in warnings if "landing.md" in w]
    assert "layout 'landing' is not one this theme knows" in frame
    # A tag that fails in a layout is named at its line; the page builds.
    (broken,) = [w for w in warnings if "_layouts/broken.html:6:" in w]
    assert "Still here." in soup(output, "broken.html").get_text()
    del broken


def test_a_laid_out_page_follows_the_documents_it_lists(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    build_site({**LAYOUTS, **PAGES})
    source, output = tmp_path / "site", tmp_path / "output"
    (source / "_lectures/03-potions.md").write_text(
        "---\ntitle: Potions\n---\nStir.\n", encoding="utf-8"
    )
    run_build(source=source, output=output)
    listed = soup(output, "lectures.html").select("li.lecture")
    assert [li.get_text().split(":")[0] for li in listed] == [
        "Wands",
        "Brooms",
        "Potions",
    ]


def test_the_site_s_layouts_can_be_left_to_the_theme(build_site: SiteBuilder) -> None:
    result, output = build_site({**LAYOUTS, **PAGES}, JEKYLL_SITE_LAYOUTS=False)
    content = soup(output, "lectures.html").select_one("div.content")
    assert content.get_text().strip() == "Download them here."
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert [w for w in warnings if "layout 'lectures' is not one" in w]


def test_a_page_that_is_a_whole_document_of_its_own_is_written_as_it_is(
    build_site: SiteBuilder,
) -> None:
    # A theme's standalone 404 page: no layout, its own <html> and <head>,
    # where jekyll-seo-tag's {% seo %} writes the title. Jekyll writes it
    # as it is; a page with a layout, or a fragment, is in the theme.
    whole = (
        "---\ntitle: Lost\n---\n<!-- standalone -->\n<!DOCTYPE html>\n<html><head>"
        "{% seo %}<style>body { display: flex; }</style></head>"
        "<body><h2>404</h2></body></html>\n"
    )
    result, output = build_site(
        {
            "_config.yml": "title: Lab\nurl: https://lab.example\n",
            "404.html": whole,
            "framed.html": whole.replace("title: Lost", "title: Framed\nlayout: page"),
            "fragment.html": "---\ntitle: Part\n---\n<h2>Part</h2>\n",
        }
    )
    assert (result.errors, result.warnings) == (0, 0), result.messages
    written = (output / "404.html").read_text(encoding="utf-8")
    assert written.startswith("<!-- standalone -->\n<!DOCTYPE html>\n<html><head>")
    assert "<title>Lost | Lab</title>" in written
    assert '<link rel="canonical" href="https://lab.example/404.html" />' in written
    assert 'class="site-header"' not in written
    for themed in ("framed.html", "fragment.html"):
        page = (output / themed).read_text(encoding="utf-8")
        assert 'class="site-header"' in page, themed

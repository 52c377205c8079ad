import pytest

from jekyll_reader.metadata import nav_position
from jekyll_theme_pages.filters import (
    has_code,
    heading_anchors,
    inline_markdown,
    opens_with_title,
    reading_minutes,
    shows_profile,
    subtitle,
    table_of_contents,
    without_leading_heading,
)
from jekyll_theme_pages.pygments_css import pygments_css


def test_heading_anchors_link_headings_with_ids() -> None:
    html = '<h2 id="intro">Intro <em>x</em></h2><h1 id="t">T</h1><h3>No id</h3>'
    assert heading_anchors(html) == (
        '<h2 id="intro">Intro <em>x</em> <a class="heading-anchor" href="#intro" '
        'aria-label="Link to this section" data-pagefind-ignore>#</a></h2>'
        '<h1 id="t">T</h1><h3>No id</h3>'
    )


def test_table_of_contents_lists_h2_to_h4_with_ids() -> None:
    html = (
        '<h2 id="a">A &amp; <em>b</em></h2><h3 id="c">C</h3><h5 id="deep">D</h5>'
        '<h4 id="e">E</h4><h2>No id</h2>'
    )
    assert table_of_contents(html) == [
        {"level": 2, "id": "a", "text": "A & b"},
        {"level": 3, "id": "c", "text": "C"},
        {"level": 4, "id": "e", "text": "E"},
    ]


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (200, 1), (201, 2), (1000, 5)])
def test_reading_minutes(words: int, minutes: int) -> None:
    assert reading_minutes(words) == minutes


def test_has_code() -> None:
    assert has_code('<div class="highlight"><pre>x</pre></div>')
    assert not has_code("<p>text</p>")


@pytest.mark.parametrize(
    ("data", "position"),
    [
        ({"sidebar_sort_order": 1}, 1.0),
        ({"nav_order": 2, "sidebar_sort_order": 1}, 2.0),
        ({"nav_order": "first"}, None),
        ({"nav_order": True}, None),
        ({}, None),
    ],
)
def test_nav_position(data: dict, position: float | None) -> None:
    assert nav_position(data) == position


def test_pygments_css_covers_both_schemes() -> None:
    css = pygments_css()
    assert ".highlight .k " in css
    assert ':root[data-theme="dark"] .highlight .k ' in css
    assert "@media (prefers-color-scheme: dark)" in css
    assert ':root:not([data-theme="light"]) .highlight .k ' in css


class _Page:
    def __init__(self, url: str, **metadata: object) -> None:
        self.url = url
        self.__dict__.update(metadata)


def test_the_home_and_about_pages_show_the_profile_unless_they_say_not() -> None:
    assert shows_profile(_Page(""))
    assert shows_profile(_Page("about/"))
    assert shows_profile(_Page("en/about.html"))
    assert not shows_profile(_Page("about/", author_profile=False))
    assert not shows_profile(_Page("", author_profile="false"))
    assert not shows_profile(_Page("2020/01/01/post.html"))
    assert shows_profile(_Page("2020/01/01/post.html", author_profile=True))


@pytest.mark.parametrize(
    ("html", "title", "shown"),
    [
        ("<h1>Schedule</h1>\n<p>Text</p>", "schedule", "<p>Text</p>"),
        # Inside the boxes a site's layout opens first: they stay, emptied.
        (
            '<header class="post-header">\n  <h1 class="t">Schedule</h1>\n</header>'
            "<p>Text</p>",
            "schedule",
            '<header class="post-header">\n  </header><p>Text</p>',
        ),
        # Another heading, or text before it, stays.
        ("<h1>Other</h1><p>Text</p>", "schedule", "<h1>Other</h1><p>Text</p>"),
        (
            "<p>Intro</p><h1>Schedule</h1>",
            "schedule",
            "<p>Intro</p><h1>Schedule</h1>",
        ),
        # Typography kept a widow off with a no-break space: the same words.
        (
            '<h1 id="s">Hydejack&nbsp;<em>9.2</em></h1><p>T</p>',
            "Hydejack 9.2",
            "<p>T</p>",
        ),
    ],
)
def test_a_leading_heading_of_the_title_is_shown_once(
    html: str, title: str, shown: str
) -> None:
    assert str(without_leading_heading(html, title)) == shown


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "Just another *boring*, **bold** `code` _thing_.",
            "Just another <em>boring</em>, <strong>bold</strong> <code>code</code>"
            " <em>thing</em>.",
        ),
        ("a*b*c and snake_case_name", "a*b*c and snake_case_name"),
        ("See [my lab](https://lab.example/?a=1&b=2).",
         'See <a href="https://lab.example/?a=1&amp;b=2">my lab</a>.'),
        ("[click](javascript:alert(1))", "click)"),  # no live link, text kept
        ("<script>x</script> & *y*", "&lt;script&gt;x&lt;/script&gt; &amp; <em>y</em>"),
        (None, ""),
    ],
)  # fmt: skip
def test_inline_markdown_formats_escaped_text(text: str | None, html: str) -> None:
    assert str(inline_markdown(text)) == html


def test_a_text_opens_with_its_title_only_as_an_h1_of_those_words() -> None:
    assert opens_with_title('<h1 id="r">Research</h1><p>x</p>', "research")
    assert opens_with_title("<div>\n<h1>Research&nbsp;Lab</h1>", "Research Lab")
    assert not opens_with_title("<h2>Research</h2>", "Research")
    assert not opens_with_title("<p>a</p><h1>Research</h1>", "Research")
    assert not opens_with_title("<h1>Other</h1>", "Research")
    # A notebook exported as HTML: an empty prompt box before the cell's text.
    notebook = (
        '<div class="cell"><div class="prompt input_prompt">\n</div>'
        '<div class="inner_cell"><div class="text_cell_render">'
        '<h1 id="Beta">Beta<a class="anchor-link" href="#Beta"></a></h1>'
    )
    assert opens_with_title(notebook, "Beta")


class _Document:
    def __init__(self, **front_matter: object) -> None:
        self.front_matter = front_matter


@pytest.mark.parametrize(
    ("front_matter", "shown"),
    [
        (
            {"subtitle": "Notes on <b>engines</b> &amp; numbers"},
            "Notes on engines & numbers",
        ),
        ({"teaser": "Grids, <a href='#c'>colours</a>."}, "Grids, colours."),
        ({"subtitle": "First", "teaser": "Second"}, "First"),
        ({"teaser": "/images/thumb.jpg"}, ""),  # a thumbnail, not a line
        ({"subtitle": ["a", "list"]}, ""),
        ({"subtitle": True}, ""),
        ({"subtitle": 2024}, "2024"),
        ({}, ""),
    ],
)
def test_a_subtitle_is_plain_text_under_the_title(
    front_matter: dict[str, object], shown: str
) -> None:
    assert subtitle(_Document(**front_matter)) == shown

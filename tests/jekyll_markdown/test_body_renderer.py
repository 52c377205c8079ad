from jekyll_markdown.body_renderer import (
    BodyRenderer,
    cache_key,
    excerpt_text_of,
    render_body,
)
from jekyll_markdown.render import make_markdown


def test_render_body() -> None:
    markdown = make_markdown({"extensions": ["extra", "jekyll_markdown.extension"]})
    body = "# Title 'quoted'\n\nFirst *para* -- with ![x](/img/a.png).\n\nSecond."
    rendered = render_body(markdown, body, excerpt_text_of({}, body, "\n\n"))
    assert rendered.heading == "Title 'quoted'"
    assert rendered.references == (("img", "/img/a.png"),)
    assert "&#8216;quoted&#8217;" in rendered.html
    assert rendered.word_count == 8
    assert rendered.excerpt.startswith('<h1 id="title-quoted">')
    front = render_body(
        markdown, body, excerpt_text_of({"excerpt": "<b>x</b>"}, body, "")
    )
    assert front.excerpt_text == "<b>x</b>"


def test_a_body_renderer_makes_its_markdown_once_and_only_for_markdown() -> None:
    made: list[bool] = []

    def make() -> object:
        made.append(True)
        return make_markdown({"extensions": ["extra"]})

    renderer = BodyRenderer(make)
    assert renderer.render(("<p>x</p>", "<p>x</p>", False)).html == "<p>x</p>"
    assert made == []
    assert renderer.render(("*a*", "*a*", True)).html == "<p><em>a</em></p>"
    assert renderer.render(("*b*", "*b*", True)).html == "<p><em>b</em></p>"
    assert made == [True]


def test_cache_keys_tell_markdown_from_html() -> None:
    assert cache_key("body", "excerpt", True) != cache_key("body", "excerpt", False)
    assert cache_key("body", "excerpt", True) == cache_key("body", "excerpt", True)

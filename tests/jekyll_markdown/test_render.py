"""Rendering's shortcuts give what the libraries give without them; a page's heading."""

from __future__ import annotations

import pytest
from markdown import Markdown
from pygments.formatters.html import HtmlFormatter

from jekyll_markdown.render import (
    first_heading,
    make_markdown,
    render_markdown,
    shared_html_formatter,
)
from tests.jekyll_markdown.kramdown_cases import site_markdown

CODE = """Text.

```python
def f(x):
    return x + 1
```

```ruby
puts "hi"
```

```python
print("again")
```
"""


def test_code_blocks_render_as_with_a_formatter_per_block() -> None:
    config = {
        "extensions": ["extra", "codehilite"],
        "extension_configs": {"codehilite": {"css_class": "highlight"}},
    }
    ours = make_markdown(config)
    stock = Markdown(
        extensions=["extra", "codehilite"],
        extension_configs={"codehilite": {"css_class": "highlight"}},
        output_format="html",
    )
    assert render_markdown(ours, CODE) == stock.convert(CODE)
    assert 'class="highlight"' in render_markdown(ours, CODE)


def test_a_formatter_of_the_users_choice_is_kept() -> None:
    class Marked(HtmlFormatter):
        def wrap(self, source):
            yield 0, "<!-- marked -->"
            yield from source

    config = {
        "extensions": ["fenced_code", "codehilite"],
        "extension_configs": {"codehilite": {"pygments_formatter": Marked}},
    }
    assert "<!-- marked -->" in render_markdown(make_markdown(config), CODE)


def test_one_formatter_serves_each_set_of_options() -> None:
    first = shared_html_formatter(lang_str="language-python", cssclass="hl")
    assert shared_html_formatter(lang_str="language-ruby", cssclass="hl") is first
    assert shared_html_formatter(cssclass="hl", hl_lines=[1]) is not first
    assert shared_html_formatter(cssclass="other") is not first


def test_the_site_s_markdown_uses_only_extensions_whose_excerpts_are_known() -> None:
    # Else every excerpt is rendered again on its own: twice the Markdown.
    from jekyll_markdown.render import only_known_extensions  # noqa: PLC0415
    from tests.jekyll_markdown.kramdown_cases import site_markdown  # noqa: PLC0415

    assert only_known_extensions(site_markdown())


def test_a_bare_word_in_an_ial_on_a_block_of_html_is_no_attribute() -> None:
    # academicpages' own toc include: `{:toc .toc__menu}` right after HTML.
    text = (
        '<aside class="side">\n<nav markdown="1">\n<header>On this page</header>\n'
        "*  Contents\n{:toc .toc__menu}\n</nav>\n</aside>\n\n## One\n"
    )
    html = render_markdown(site_markdown(), text)
    assert "toc=" not in html and "None" not in html
    assert '<h2 id="one">One</h2>' in html


@pytest.mark.parametrize(
    ("fragment", "heading"),
    [
        ('<h1 id="a">The <em>Title</em></h1>\n<p>Text</p>', "The Title"),
        ('<!-- note -->\n<div class="wrap">\n  <h2>Boxed</h2></div>', "Boxed"),
        # A list of posts: the first heading is another document's title.
        ('<div class="post"><a href="/p/"><h2>A post</h2></a></div>', None),
        ("<p>Intro.</p>\n<h1>Later</h1>", None),
        ("<h1></h1>", None),
        (" " * 100_000 + "x<h1>Late</h1>", None),  # linear, not backtracking
    ],
)
def test_only_a_leading_heading_names_its_page(
    fragment: str, heading: str | None
) -> None:
    assert first_heading(fragment) == heading

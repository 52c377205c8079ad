"""Rendering's shortcuts give what the libraries give without them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markdown import Markdown
from pygments.formatters.html import HtmlFormatter
from typogrify.filters import typogrify

from jekyll_frontmatter.render import (
    _TYPOGRIFY_SKIP,
    make_markdown,
    render_markdown,
    shared_html_formatter,
    typographic_html,
)

# Pieces that typogrify's filters act on, and the tags around them.
PIECES = st.sampled_from(
    [" ", "\n", "&", " & ", "&amp;", " &amp; ", "&#38;", "&nbsp;", "&nbsp;&amp; ",
     "KU", "K", "U", "2KU2", "D.O.T. ", "A.", "JIMMY'S", "word", "words here",
     '"', "'", "--", "---", "...", "`", "``", "''", "\\", "&quot;", "&ldquo;",
     "<p>", "</p>", "<h2>", "</h2>", "<li>", "</li>", "<a href=\"/A&B\">", "</a>",
     "<em>", "</em>", "<code>", "</code>", "<pre>", "</pre>", "<kbd>", "</kbd>",
     '<span title="One & TWO">', "</span>", "<!-- NB -->"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=30).map("".join))
def test_typography_equals_typogrify_with_every_filter(fragment: str) -> None:
    assert typographic_html(fragment) == typogrify(fragment, _TYPOGRIFY_SKIP)


def test_typography_still_applies_amp_and_caps_where_they_act() -> None:
    assert typographic_html("<p>R & D at NASA today</p>") == (
        '<p>R <span class="amp">&amp;</span> D at <span class="caps">NASA</span>'
        "&nbsp;today</p>"
    )


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

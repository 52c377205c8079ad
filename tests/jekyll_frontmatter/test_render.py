"""Rendering's shortcuts give what the libraries give without them."""

from __future__ import annotations

import pytest
import smartypants
from hypothesis import given
from hypothesis import strategies as st
from markdown import Markdown
from pygments.formatters.html import HtmlFormatter
from typogrify.filters import typogrify

from jekyll_frontmatter.render import (
    _TYPOGRIFY_SKIP,
    educated,
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
     '<span title="One & TWO">', "</span>", "<!-- NB -->", "<!-- a -- b -->",
     "<samp>", "</samp>", "<TT>", "</tt>", "<script>", "</script>", "<preview>",
     "<", ">", "\\'", '\\"', "\\\\", "\\.", "\\-", "\\`", ". . .", "'80s", "x'",
     "&#8220;", "-", ".", "a"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=30).map("".join))
def test_typography_equals_typogrify_with_every_filter(fragment: str) -> None:
    assert typographic_html(fragment) == typogrify(fragment, _TYPOGRIFY_SKIP)


@given(st.lists(PIECES, max_size=30).map("".join))
def test_educated_equals_smartypants(fragment: str) -> None:
    assert educated(fragment) == smartypants.smartypants(fragment)


@pytest.mark.parametrize(
    "text", ["'a'", '"a"', "&quot;a&quot;", "``a''", "a -- b", "a --- b", "a...",
             "a. . .", "\\'a"],
)  # fmt: skip
def test_educated_acts_on_each_thing_smartypants_changes(text: str) -> None:
    fragment = f"<p>{text}</p>"
    assert educated(fragment) == smartypants.smartypants(fragment) != fragment


def test_a_lone_quote_is_curled_by_the_text_before_it() -> None:
    fragment = (
        "<p>say <em>\"</em>x<em>&quot;</em> <em>'</em> <code>x</code><em>'</em></p>"
    )
    assert educated(fragment) == (
        "<p>say <em>&#8220;</em>x<em>&#8221;</em> <em>&#8216;</em> <code>x</code>"
        "<em>&#8217;</em></p>"
    )


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

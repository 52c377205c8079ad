"""kramdown's math, by kramdown's rules: each case's HTML is real kramdown's.

Every expected HTML below is what kramdown 2.4 (GFM input, Jekyll's options)
writes for the Markdown beside it; list indentation aside, ours is the same.
"""

from __future__ import annotations

import re

import pytest

from jekyll_markdown.math import shows_math
from jekyll_markdown.render import make_markdown, render_markdown
from jekyll_markdown.typography import typographic_html

MARKDOWN = make_markdown(
    {"extensions": ["markdown.extensions.extra", "jekyll_markdown.extension"]}
)

CASES = [
    ('Inline $$a_1 + b^*$$ and "q".', '<p>Inline \\(a_1 + b^*\\) and "q".</p>'),
    (
        '$$\nx &= \\frac{1}{2} \\\\\ny &= "q"\n$$',
        '\\[x &amp;= \\frac{1}{2} \\\\\ny &amp;= "q"\\]',
    ),
    # Not after a block boundary, or not before one: inline.
    (
        "A para.\n$$ \\text{LaTeX} \\lambda_5 $$",
        "<p>A para.\n\\(\\text{LaTeX} \\lambda_5\\)</p>",
    ),
    ("$$\\lambda > 5$$\nA para.", "<p>\\(\\lambda &gt; 5\\)\nA para.</p>"),
    ("$$a$$ and $$b$$", "<p>\\(a\\) and \\(b\\)</p>"),
    ("Costs \\$5 and \\$\\$5+5$$.", "<p>Costs $5 and $$5+5$$.</p>"),
    ("\\$$5+5$$", "<p>\\(5+5\\)</p>"),
    # A block formula may hold blank lines.
    ("$$\na\n\nb\n$$", "\\[a\n\nb\\]"),
    ("`$$code$$` and $$x_1$$", "<p><code>$$code$$</code> and \\(x_1\\)</p>"),
    ("* item $$c_2$$", "<ul>\n<li>item \\(c_2\\)</li>\n</ul>"),
    ("$$ <b>x</b> & y $$", "\\[&lt;b&gt;x&lt;/b&gt; &amp; y\\]"),
    (
        "a $$x*y*z$$ and _b_ $$m_1 m_2$$",
        "<p>a \\(x*y*z\\) and <em>b</em> \\(m_1 m_2\\)</p>",
    ),
]


@pytest.mark.parametrize(("markdown", "expected"), CASES)
def test_math_is_found_and_written_as_kramdown_does(
    markdown: str, expected: str
) -> None:
    assert render_markdown(MARKDOWN, markdown).strip() == expected


def test_math_in_an_indented_code_block_stays_code() -> None:
    html = render_markdown(MARKDOWN, "    $$5+5$$")
    assert "<code>$$5+5$$\n</code>" in html and "\\(" not in html


@pytest.mark.parametrize(
    "tex", ['"q" -- x...', "a_1 * b_2 * c", "f'(x) = 2x", "\\{ \\} \\\\ \\|"]
)
def test_typography_never_touches_math(tex: str) -> None:
    html = typographic_html(render_markdown(MARKDOWN, f"Text $${tex}$$ -- and 'q'."))
    inside = re.search(r"\\\((.*?)\\\)", html)
    assert inside is not None
    assert inside.group(1) == tex.replace("&", "&amp;")
    assert "&#8211;" in html and "&#8216;q&#8217;" in html  # typography outside


def test_display_dollars_are_math_only_where_the_site_reads_dollars() -> None:
    # An HTML document's $$...$$ (kramdown never reads it).
    assert shows_math("<p>$$x^2$$</p>", dollars=True)
    assert not shows_math("<p>$$x^2$$</p>", dollars=False)

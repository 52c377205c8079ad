"""kramdown's block IALs, ALDs, {:toc}, and GFM's headings, strikethrough,
task lists and fenced code in list items; each expected HTML is real
kramdown's (GFM input, Jekyll's options), its whitespace between tags aside.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from jekyll_markdown import add_extension
from jekyll_markdown.render import make_markdown, render_markdown

PELICAN = SimpleNamespace(
    settings={"MARKDOWN": {"extensions": ["markdown.extensions.extra"]}}
)
add_extension(PELICAN)
MARKDOWN = make_markdown(PELICAN.settings["MARKDOWN"])


def _html(markdown: str) -> str:
    html = render_markdown(MARKDOWN, markdown)
    return re.sub(r">\s+<", "><", html).strip()


CASES = [
    ("A notice.\n{: .notice}", '<p class="notice">A notice.</p>'),
    ("{: .notice}\nA notice before.", '<p class="notice">A notice before.</p>'),
    (
        "Para one.\n\n{: .alone}\n\nPara two.",
        '<p>Para one.</p><p class="alone">Para two.</p>',
    ),
    ("## Heading\n{: #custom-id}", '<h2 id="custom-id">Heading</h2>'),
    ("#### Head ####\n{:.no_toc}", '<h4 class="no_toc" id="head">Head</h4>'),
    ("* a\n* b\n{: .list}", '<ul class="list"><li>a</li><li>b</li></ul>'),
    ("{: .list}\n* a\n* b", '<ul class="list"><li>a</li><li>b</li></ul>'),
    ("> quote\n{: .q}", '<blockquote class="q"><p>quote</p></blockquote>'),
    ("{:refdef: .c1 #i1}\npara\n{: refdef}", '<p class="c1" id="i1">para</p>'),
    ("$$5+5$$\n{:.cls}", '<div class="cls">\\[5+5\\]\n</div>'),
    (
        "* TOC\n{:toc}\n\n## First\n\n### Sub {#sub}\n\n## Second\n{:.no_toc}\n\n## Third",
        '<ul id="markdown-toc"><li><a href="#first" id="markdown-toc-first">First</a>'
        '<ul><li><a href="#sub" id="markdown-toc-sub">Sub</a></li></ul></li>'
        '<li><a href="#third" id="markdown-toc-third">Third</a></li></ul>'
        '<h2 id="first">First</h2><h3 id="sub">Sub</h3>'
        '<h2 class="no_toc" id="second">Second</h2><h2 id="third">Third</h2>',
    ),
    ("#word and # real", "<p>#word and # real</p>"),
    ("a ~~strike~~ b", "<p>a <del>strike</del> b</p>"),
    # kramdown makes --, --- into dashes first: they leave no hyphens in ids.
    ("## Results -- and more", '<h2 id="results--and-more">Results -- and more</h2>'),
    ("## a---b", '<h2 id="ab">a---b</h2>'),
    ('<span markdown="1">*x*</span>', "<p><span><em>x</em></span></p>"),
    (
        "> a\n\n> b",
        "<blockquote><p>a</p></blockquote><blockquote><p>b</p></blockquote>",
    ),
    ("Line one\\\nline two", "<p>Line one<br>\nline two</p>"),
    ("para\n^\n\nnext", "<p>para</p><p>next</p>"),
    # kramdown's tables: no header, more bodies, a footer, short rows.
    (
        "| a | b |\n| 1 | 2 |",
        "<table><tbody><tr><td>a</td><td>b</td></tr>"
        "<tr><td>1</td><td>2</td></tr></tbody></table>",
    ),
    (
        "| a | b |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 |\n|===|===|\n| f | g |",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead>"
        "<tbody><tr><td>1</td><td>2</td></tr></tbody>"
        "<tbody><tr><td>3</td><td></td></tr></tbody>"
        "<tfoot><tr><td>f</td><td>g</td></tr></tfoot></table>",
    ),
    (
        "| a | `x|y` | c \\| d |\n|:--|:-:|--:|\n| 1 | 2 | 3 |",
        '<table><thead><tr><th style="text-align: left">a</th>'
        '<th style="text-align: center"><code>x|y</code></th>'
        '<th style="text-align: right">c | d</th></tr></thead>'
        '<tbody><tr><td style="text-align: left">1</td>'
        '<td style="text-align: center">2</td>'
        '<td style="text-align: right">3</td></tr></tbody></table>',
    ),
]


@pytest.mark.parametrize(("markdown", "expected"), CASES)
def test_kramdown_s_blocks(markdown: str, expected: str) -> None:
    assert _html(markdown) == expected


def test_task_lists_are_lists_of_checkboxes() -> None:
    html = _html("- [ ] task\n- [x] done")
    assert html.startswith('<ul class="task-list"><li class="task-list-item">')
    assert html.count('type="checkbox"') == 2
    assert html.count('checked="checked"') == 1


def test_fenced_code_in_a_list_item_is_code_and_the_next_item_an_item() -> None:
    html = _html("1. item\n\n   ```python\n   # comment\n   x = 1\n   ```\n2. next")
    assert "<h1" not in html and "```" not in html
    assert html.count("<li>") == 2 and "# comment" in html
    assert html.endswith("<li><p>next</p></li></ol>")


def test_an_ial_gives_a_fenced_code_block_its_attributes() -> None:
    html = _html("```\ncode\n```\n{: .code}")
    assert html.startswith('<div class="highlight code">')

"""Text between the elements a filter leaves alone."""

import re

from hypothesis import given
from hypothesis import strategies as st

from jekyll_markdown.text_runs import change_text, skipping


def test_only_text_outside_the_skipped_elements_and_tags_changes() -> None:
    html = '<p title="x">x <code>x</code> <a href="x">x</a> <PRE>x\nx</PRE> x</p>'
    changed = change_text(html, skipping("code", "pre"), lambda run: run.upper())
    assert changed == (
        '<p title="x">X <code>x</code> <a href="x">X</a> <PRE>x\nx</PRE> X</p>'
    )


# The expression the text was cut with: each element never closed (and each
# "<" with no ">" after it) read to the text's end. The reference.
_ONE_EXPRESSION = re.compile(
    r"(<(code|pre|a)\b.*?</\2\s*>|<[^>]*>)", re.IGNORECASE | re.DOTALL
)

PIECES = st.sampled_from(
    ["<code>", "</code>", "</CODE >", "<Code class='c'>", "<pre>", "</pre>", "<a",
     " href='x'>", "</a>", "<abbr>", "<", ">", "x", " ", "\n", "<p>", "</p>"]
)  # fmt: skip


def _marked(run: str) -> str:
    return f"[{run}]"


@given(st.lists(PIECES, max_size=30).map("".join))
def test_the_text_is_cut_where_the_one_expression_cuts_it(html: str) -> None:
    parts = _ONE_EXPRESSION.split(html)
    expected = "".join(
        _marked(part) if index % 3 == 0 else part if index % 3 == 1 else ""
        for index, part in enumerate(parts)
    )
    assert change_text(html, skipping("code", "pre", "a"), _marked) == expected


def test_elements_never_closed_are_read_once() -> None:
    # Each read to the text's end: 16,000 took 7.6 s; these would take minutes.
    html = "<code>x " * 200_000 + "<" * 200_000 + "y"
    changed = change_text(html, skipping("code", "pre"), str.upper)
    assert changed.endswith("<" * 200_000 + "Y")
    assert changed.count("<code>") == 200_000

"""kramdown's ``{::comment}`` and ``{::nomarkdown}``, found in linear time."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from jekyll_markdown.extensions import _spans, _written
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown

# The expression the spans were found with: each opening read to the line's
# end when no end followed. The reference for what is found.
_ONE_EXPRESSION = re.compile(
    r"\{::(comment|nomarkdown)(\s[^}]*?)?(?:(/)\}|\}(.*?)\{:/(?:\1)?\})"
)


class _Stash:
    def __init__(self) -> None:
        self.stored: list[str] = []

    def store(self, text: str) -> str:
        self.stored.append(text)
        return f"<{len(self.stored)}>"


class _Markdown:
    def __init__(self) -> None:
        self.htmlStash = _Stash()


PIECES = st.sampled_from(
    ["{::comment}", "{::nomarkdown}", "{::comment a/}", "{::nomarkdown type='x'}",
     "{:/}", "{:/comment}", "{:/nomarkdown}", "{::other}", "text", " ", "}", "{",
     "/}", "<b>"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=25).map("".join))
def test_spans_are_those_the_one_expression_finds(line: str) -> None:
    ours, expected = _Markdown(), _Markdown()
    found = _ONE_EXPRESSION.sub(
        lambda m: expected.htmlStash.store(
            _written(m[1], m[2] or "", "" if m[3] else m[4])
        ),
        line,
    )
    assert _spans(ours, line) == found
    assert ours.htmlStash.stored == expected.htmlStash.stored


def test_extensions_never_closed_are_text() -> None:
    # Each opening read to the end of its line (spans) or of the document
    # (blocks): 8,000 took 5 s and 7 s; these would take minutes.
    spans = "{::nomarkdown}" * 100_000
    blocks = "{::comment}\n\n" * 20_000
    html = render_markdown(site_markdown(), spans + "\n\n" + blocks)
    assert html.count("{::nomarkdown}") == 100_000
    assert html.count("{::comment}") == 20_000

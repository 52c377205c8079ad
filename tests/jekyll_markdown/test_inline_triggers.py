"""The inline pass that skips patterns a text cannot match, and what it replaces."""

from __future__ import annotations

import hashlib
import inspect
import re
from pathlib import Path

import pytest
from markdown.inlinepatterns import SimpleTagInlineProcessor
from markdown.treeprocessors import InlineProcessor

from jekyll_markdown.inline_triggers import TriggeredInlineProcessor, pattern_trigger
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import CASES, site_markdown
from tests.site.parity import SITES

ORACLE = Path(__file__).parent / "oracle" / "corpus"


def _documents() -> list[str]:
    # The oracle's documents, kramdown's own cases (every construct read)
    # and the Markdown of the nine real sites.
    found = sorted(ORACLE.glob("*.md")) + sorted(CASES.rglob("*.text"))
    found += sorted(SITES.glob("*/site/**/*.md"))
    return [path.read_text(encoding="utf-8") for path in found]


def test_the_site_s_markdown_uses_the_triggered_pass() -> None:
    assert type(site_markdown().treeprocessors["inline"]) is TriggeredInlineProcessor


def test_every_document_renders_as_with_python_markdown_s_own_pass() -> None:
    documents = _documents()
    assert len(documents) > 700
    triggered, plain = site_markdown(), site_markdown()
    plain.treeprocessors.register(InlineProcessor(plain), "inline", 20)
    for text in documents:
        assert render_markdown(triggered, text) == render_markdown(plain, text)


def test_a_trigger_is_looked_for_where_its_pattern_s_search_begins() -> None:
    # From the text's start, each of a paragraph's matches read it again:
    # 8,000 emphasised words with an IAL each took 3.6 s, now 0.3 s.
    markdown = site_markdown()
    render_markdown(markdown, "x")  # the triggers are read
    processor = markdown.treeprocessors["inline"]
    starts: list[int] = []

    class Recording:
        def __init__(self, found: re.Pattern[str]) -> None:
            self.found = found

        def search(self, data: str, start: int = 0) -> re.Match[str] | None:
            starts.append(start)
            return self.found.search(data, start)

    processor._triggers = [t and Recording(t) for t in processor._triggers]
    html = render_markdown(markdown, "*a* *b* *c* *d*")
    assert html.count("<em>") == 4
    assert max(starts) > 0


def test_each_pattern_of_the_site_s_markdown_has_the_characters_it_needs() -> None:
    patterns = site_markdown().inlinePatterns
    found = {name: pattern_trigger(patterns[name]) for name in ("backtick", "link")}
    found |= {name: pattern_trigger(patterns[name]) for name in ("em_strong", "html")}
    assert found == {
        "backtick": frozenset("`\\"),  # two backslashes before one, or one
        "link": frozenset("["),
        "em_strong": frozenset("*_"),
        "html": frozenset("<"),
    }
    assert all(pattern_trigger(patterns[name]) for name in patterns._data)


@pytest.mark.parametrize(
    ("expression", "flags", "expected"),
    [
        (r"a?b", 0, frozenset("b")),  # an optional character is not needed
        (r"(?:x|[yz])w", 0, frozenset("xyz")),
        (r"(?<!\\)\d+", 0, None),  # a class of characters: not told
        (r"[^a]b", 0, frozenset("b")),
        (r"abc", re.IGNORECASE, None),  # any case: not told
        (r"(?=q)\w", 0, frozenset("q")),
    ],
)
def test_a_trigger_is_only_what_every_match_holds(
    expression: str, flags: int, expected: frozenset[str] | None
) -> None:
    pattern = SimpleTagInlineProcessor(expression, "em")
    pattern.compiled_re = re.compile(expression, re.DOTALL | re.UNICODE | flags)
    assert pattern_trigger(pattern) == expected


def test_the_replaced_pass_is_python_markdown_s_as_pinned() -> None:
    # The loop TriggeredInlineProcessor repeats, and what it calls, as in
    # the Markdown of requirements.txt; a release that changes them fails here.
    source = inspect.getsource(InlineProcessor._InlineProcessor__handleInline)
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == "fe27babc114aed0a"
    apply = InlineProcessor._InlineProcessor__applyPattern
    assert list(inspect.signature(apply).parameters) == [
        "self", "pattern", "data", "patternIndex", "startIndex",
    ]  # fmt: skip

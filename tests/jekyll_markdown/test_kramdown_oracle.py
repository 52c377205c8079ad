"""A research blog's Markdown, rendered by this project and by real kramdown.

``oracle/corpus/`` holds Markdown of the kinds research blogs write (math
of every form, IALs and ``{:toc}``, kramdown tables, code in lists,
footnotes, abbreviations, definition lists, HTML blocks, task lists);
Debian's ruby-kramdown renders each as Jekyll does (``oracle/render.rb``)
and both HTMLs must have one normal form (``oracle/compare.py``). A
difference that is a choice would be named here with its reason; there is
none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown
from tests.jekyll_markdown.oracle.compare import kramdown_html, normal_form

CORPUS = Path(__file__).parent / "oracle" / "corpus"
DOCUMENTS = sorted(path.name for path in CORPUS.glob("*.md"))
# Documents whose HTML differs from kramdown's on purpose: name -> why.
EXCEPTIONS: dict[str, str] = {}


@pytest.fixture(scope="module")
def kramdown() -> dict[str, str]:
    return kramdown_html({name: (CORPUS / name).read_text() for name in DOCUMENTS})


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_document_renders_as_jekyll_s_kramdown_renders_it(
    name: str, kramdown: dict[str, str]
) -> None:
    ours = render_markdown(site_markdown(), (CORPUS / name).read_text())
    if name in EXCEPTIONS:
        assert normal_form(ours) != normal_form(kramdown[name]), EXCEPTIONS[name]
    else:
        assert normal_form(ours) == normal_form(kramdown[name])


def test_the_corpus_holds_every_kind_it_names() -> None:
    text = "".join((CORPUS / name).read_text() for name in DOCUMENTS)
    for marker in ("$$", "{:toc}", "{: .", "|:---", "```", "[^1]", "*[HTML]", "\n: "):
        assert marker in text, marker

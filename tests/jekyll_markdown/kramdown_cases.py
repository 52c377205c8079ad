"""kramdown's test cases, rendered by this project and by real kramdown.

``agreement()`` returns, for every case, whether this project's HTML and
real kramdown's (Jekyll's options, GFM input) have one normal form, and
whether kramdown's own expected HTML (its options, often its own input
syntax) is what Jekyll's kramdown writes too: those cases are a fair test
of a Jekyll site. ``invoke regen-golden`` writes the golden list of the
cases that agree (``kramdown_cases.agree.txt``), to review in the diff.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from pelican.settings import read_settings

from jekyll_markdown import add_extension
from jekyll_markdown.render import make_markdown, render_markdown
from tests.helpers import PROJECT_ROOT
from tests.jekyll_markdown.oracle.compare import kramdown_html, normal_form

CASES = Path(__file__).with_name("kramdown_cases")
GOLDEN = Path(__file__).with_name("kramdown_cases.agree.txt")
# The cases that do not agree, each with why: whether it is fair to a
# Jekyll site, and the first place the two outputs part.
DIFFER = Path(__file__).with_name("kramdown_cases.differ.txt")
# Each fair case that differs, with the one reason it cannot agree (by hand).
REASONS = Path(__file__).with_name("kramdown_cases.reasons.txt")


def site_markdown() -> object:
    """Return the Markdown converter the bundled site's build uses."""
    pelican = SimpleNamespace(
        settings=read_settings(str(PROJECT_ROOT / "pelicanconf.py"))
    )
    add_extension(pelican)
    return make_markdown(pelican.settings["MARKDOWN"])


def case_texts() -> dict[str, str]:
    """Return every case's input, by its path without ``.text``."""
    return {
        path.relative_to(CASES).with_suffix("").as_posix(): path.read_bytes().decode(
            "utf-8", "replace"
        )
        for path in sorted(CASES.rglob("*.text"))
    }


def first_difference(theirs: str, ours: str, width: int = 60) -> str:
    """Return where two normal forms part, a few characters of each."""
    at = next(
        (i for i, (a, b) in enumerate(zip(theirs, ours, strict=False)) if a != b),
        min(len(theirs), len(ours)),
    )
    start = max(at - 15, 0)

    def cut(text: str) -> str:
        return " ".join(text[start : start + width].split())

    return f"kramdown «{cut(theirs)}» | ours «{cut(ours)}»"


def differences() -> list[str]:
    """Return a line for each case that does not agree: name, fairness, where."""
    texts = case_texts()
    theirs = kramdown_html(texts)
    markdown = site_markdown()
    lines = []
    for name, (same, fair) in agreement(texts, theirs, markdown).items():
        if same:
            continue
        why = "fair" if fair else "kramdown's own options or syntax"
        oracle = normal_form(theirs[name])
        ours = normal_form(render_markdown(markdown, texts[name]))
        lines.append(f"{name}\t{why}\t{first_difference(oracle, ours)}")
    return lines


def agreement(
    texts: dict[str, str] | None = None,
    theirs: dict[str, str] | None = None,
    markdown: object = None,
) -> dict[str, tuple[bool, bool]]:
    """Return (ours agrees with kramdown, the case is fair) for every case.

    A case is fair when kramdown's own expected HTML is what Jekyll's
    kramdown writes (otherwise it tests kramdown's options or syntax).
    """
    texts = texts if texts is not None else case_texts()
    theirs = theirs if theirs is not None else kramdown_html(texts)
    markdown = markdown if markdown is not None else site_markdown()
    found = {}
    for name, text in texts.items():
        oracle = normal_form(theirs[name])
        expected_file = CASES / f"{name}.html"
        fair = (
            expected_file.is_file()
            and normal_form(expected_file.read_text(encoding="utf-8", errors="replace"))
            == oracle
        )
        found[name] = (normal_form(render_markdown(markdown, text)) == oracle, fair)
    return found

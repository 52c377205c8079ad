"""A formula that cannot be drawn is named at its line, as written."""

from __future__ import annotations

import logging

import pytest

from jekyll_reader.formulas import warn_formula_problems

BODY = "Intro.\n\nA broken one, $$\\frac{1}{$$, and a fine one $$x$$.\n"


def test_the_warning_names_the_line_and_quotes_the_tex_as_written(
    caplog: pytest.LogCaptureFixture,
) -> None:
    html = "<p>A broken one, \\(\\frac{1}{\\), and a fine one \\(x\\).</p>"
    with caplog.at_level(logging.WARNING):
        warn_formula_problems(html, BODY, 5, "_posts/x.md")
    assert [r.getMessage() for r in caplog.records] == [
        "_posts/x.md:7: the formula «\\frac{1}{» cannot be drawn (1 { not closed); "
        "readers see its TeX. Fix the formula."
    ]


def test_a_formula_not_in_the_source_is_named_without_a_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        warn_formula_problems("<p>\\(\\begin{x}\\)</p>", BODY, 5, "page.md")
    assert (
        caplog.records[0].getMessage().startswith("page.md: the formula «\\begin{x}»")
    )

"""Pages written as they are: which HTML page is a whole document of its own."""

from __future__ import annotations

import pytest

from jekyll_reader.raw_pages import is_whole_page


@pytest.mark.parametrize(
    ("suffix", "body", "whole"),
    [
        (".html", "<!DOCTYPE html>\n<html><body>x</body></html>", True),
        (".HTM", "\n  <HTML lang=en>", True),
        (".html", "<!-- a -->\n<!-- b --> <!doctype html>", True),
        (".html", "<p>Hello</p>\n<html>", False),  # a fragment first
        (".html", "<!-- never closed <!doctype html>", False),
        (".md", "<!DOCTYPE html>", False),  # Markdown is converted, then themed
        (".html", "<htmlx>", False),
    ],
)
def test_a_page_is_whole_when_it_opens_a_document(
    suffix: str, body: str, whole: bool
) -> None:
    assert is_whole_page(suffix, body) is whole


def test_many_comments_are_read_once() -> None:
    # A pattern of repeated comments tried every way of grouping them: 100
    # comments did not finish. (No timing: a run that completes is the proof.)
    assert not is_whole_page(".html", "<!-- -->" * 200_000 + "x")
    assert is_whole_page(".html", "<!-- -->" * 200_000 + "<html>")

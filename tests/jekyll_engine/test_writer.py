"""The one write path: contained, written once, rewritten only when changed."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import jinja2
import pytest
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine.writer import ContainedWriter

TEMPLATE = jinja2.Template("<p>{{ text }}</p>")


def _writer(output: Path) -> ContainedWriter:
    settings = {**DEFAULT_CONFIG, "OUTPUT_PATH": str(output)}
    return ContainedWriter(str(output), settings=settings)


def test_a_page_is_written_and_an_unchanged_one_keeps_its_file(tmp_path: Path) -> None:
    output = tmp_path / "out"
    _writer(output).write_file("a/index.html", TEMPLATE, {}, text="one")
    page = output / "a" / "index.html"
    assert page.read_text(encoding="utf-8") == "<p>one</p>"
    os.utime(page, ns=(1, 1))
    _writer(output).write_file("a/index.html", TEMPLATE, {}, text="one")
    assert page.stat().st_mtime_ns == 1  # same bytes: not written again
    _writer(output).write_file("a/index.html", TEMPLATE, {}, text="two")
    assert page.read_text(encoding="utf-8") == "<p>two</p>"


def test_a_second_page_for_one_file_is_refused_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    writer = _writer(tmp_path)
    writer.write_file("x.html", TEMPLATE, {}, text="first")
    with caplog.at_level(logging.ERROR):
        writer.write_file("x.html", TEMPLATE, {}, text="second", override_output=True)
    assert (tmp_path / "x.html").read_text(encoding="utf-8") == "<p>first</p>"
    assert "x.html was already written by another page" in caplog.text


def test_nothing_is_written_through_a_link_out_of_the_output_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    output, beside = tmp_path / "out", tmp_path / "out-sibling"
    output.mkdir()
    beside.mkdir()
    (output / "link").symlink_to(beside, target_is_directory=True)
    with caplog.at_level(logging.ERROR):
        _writer(output).write_file("link/page.html", TEMPLATE, {}, text="x")
    assert list(beside.iterdir()) == []
    assert "is outside the output folder" in caplog.text


def test_text_made_by_code_is_written_through_the_same_path(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    writer.write_made("feed.xml", {"posts": 1}, lambda: "<feed/>")
    assert (tmp_path / "feed.xml").read_text(encoding="utf-8") == "<feed/>"
    assert str(tmp_path / "feed.xml") in writer._written_files

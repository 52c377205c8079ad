"""Pages written on every core come out as a serial write gives them."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import jinja2
import pytest
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine.parallel_write import write_pages
from jekyll_engine.writer import ContainedWriter

TEMPLATE = jinja2.Template("<p>{{ number }}</p>")


def _write(output: Path, threshold: int, jobs: list) -> ContainedWriter:
    settings = {**DEFAULT_CONFIG, "OUTPUT_PATH": str(output)}
    writer = ContainedWriter(str(output), settings=settings)
    write_pages(writer, {"JEKYLL_PARALLEL_WRITE_MIN": threshold}, jobs)
    return writer


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_pages_written_in_parallel_are_those_written_one_by_one(
    tmp_path: Path,
) -> None:
    jobs = [(f"p/{n}/index.html", TEMPLATE, {"number": n}) for n in range(40)]
    serial = _write(tmp_path / "serial", 10**9, jobs)
    parallel = _write(tmp_path / "parallel", 1, jobs)
    assert _tree(tmp_path / "serial") == _tree(tmp_path / "parallel")
    assert len(_tree(tmp_path / "parallel")) == 40
    # What the workers wrote is known to the build's own writer.
    assert len(parallel._written_files) == len(serial._written_files) == 40


def test_a_second_page_for_one_file_meets_the_first_after_the_pool(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    jobs = [(f"p/{n}.html", TEMPLATE, {"number": n}) for n in range(8)]
    jobs.append(("p/3.html", TEMPLATE, {"number": "again"}))
    with caplog.at_level(logging.ERROR):
        _write(tmp_path, 1, jobs)
    assert (tmp_path / "p" / "3.html").read_text(encoding="utf-8") == "<p>3</p>"
    assert caplog.text.count("was already written by another page") == 1


def test_the_first_page_is_written_before_the_fork_so_its_templates_are_shared(
    tmp_path: Path,
) -> None:
    # An included template compiled in the build is not compiled again by
    # each worker: the first page, written before the fork, compiled it.
    loader = jinja2.DictLoader({"page": "{% include 'part' %}", "part": "{{ n }}"})
    compiled = tmp_path / "compiled"  # a file: the workers' own memory is theirs

    class Counting(jinja2.Environment):
        def _parse(self, source: str, name: str | None, filename: str | None) -> Any:
            with compiled.open("a", encoding="utf-8") as log:
                log.write(f"{name}:{os.getpid()}\n")
            return super()._parse(source, name, filename)

    page = Counting(loader=loader, auto_reload=False).get_template("page")
    jobs = [(f"p/{n}.html", page, {"n": n}) for n in range(6)]
    _write(tmp_path / "out", 1, jobs)
    assert compiled.read_text(encoding="utf-8").split() == [
        f"page:{os.getpid()}",
        f"part:{os.getpid()}",
    ]
    assert (tmp_path / "out" / "p" / "5.html").read_text(encoding="utf-8") == "5"

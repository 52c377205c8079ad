"""What the last build wrote: a page is left alone only when its file is as recorded."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

from jekyll_engine.fingerprints import Fingerprints
from jekyll_engine.page_records import PageRecords


def _records(tmp_path: Path) -> PageRecords:
    return PageRecords(tmp_path / "out", tmp_path / "pages.pickle", Fingerprints("e"))


def test_a_recorded_page_is_unchanged_until_its_file_or_fingerprint_changes(
    tmp_path: Path,
) -> None:
    (tmp_path / "out").mkdir()
    page = tmp_path / "out" / "a.html"
    page.write_text("a", encoding="utf-8")
    first = _records(tmp_path)
    first.record("a.html", "print-1", page)
    first.record("b.html", None, page)  # no fingerprint: not kept
    first.save()
    second = _records(tmp_path)
    assert second.unchanged("a.html", "print-1")
    assert not second.unchanged("a.html", "print-2")
    assert not second.unchanged("b.html", "print-1")
    os.utime(page, ns=(5, 5))  # another program touched it
    assert not second.unchanged("a.html", "print-1")


def test_kept_files_are_carried_over_and_only_pages_counted(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    page = tmp_path / "out" / "a.html"
    page.write_text("a", encoding="utf-8")
    first = _records(tmp_path)
    first.record("a.html", "p", page)
    first.record("feed.xml", "f", page)
    first.save()
    second = _records(tmp_path)
    second.keep("a.html")
    second.keep("feed.xml", page=False)
    assert second.unchanged_count == 1
    assert second.current == second.previous


def test_without_fingerprints_nothing_is_recorded(tmp_path: Path) -> None:
    records = PageRecords(tmp_path, tmp_path / "pages.pickle", None)
    records.save()
    assert not (tmp_path / "pages.pickle").exists()


def test_the_next_build_parses_no_template_the_last_one_parsed(
    tmp_path: Path,
) -> None:
    templates = {"page.html": "{% extends 'base.html' %}", "base.html": "{{ x }}"}
    environment = jinja2.Environment(
        loader=jinja2.DictLoader(templates), autoescape=True
    )
    first = _records(tmp_path)
    first.fingerprints.page(environment.get_template("page.html"), {"x": 1})
    first.save()

    parsed: list[str] = []
    real_parse = environment.parse
    environment.parse = lambda source: parsed.append(source) or real_parse(source)
    second = _records(tmp_path)
    found = second.fingerprints.page(environment.get_template("page.html"), {"x": 1})
    assert parsed == [], "a template was parsed again"
    assert found == first.fingerprints.page(
        environment.get_template("page.html"), {"x": 1}
    )
    # An edited template is parsed; the facts kept are this build's.
    templates["base.html"] = "{{ y }}"
    third = _records(tmp_path)
    third.fingerprints.page(environment.get_template("page.html"), {"y": 2})
    assert parsed == ["{{ y }}"]
    third.save()
    assert len(_records(tmp_path).fingerprints.facts.known) == 2

"""What the last build wrote: a page is left alone only when its file is as recorded."""

from __future__ import annotations

import os
from pathlib import Path

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

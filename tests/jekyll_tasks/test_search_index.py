import json
import logging
from pathlib import Path

import pytest

from jekyll_tasks import search_index
from jekyll_tasks.search_index import (
    bundle_count,
    bundle_of,
    update_search_index,
)
from tests.helpers import search_bundles


def _page_counts(output: Path) -> dict[str, int]:
    counts = {}
    for entry in (output / "pagefind").glob("*/pagefind-entry.json"):
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
        counts[entry.parent.name] = sum(x["page_count"] for x in languages.values())
    return counts


def _write_page(output: Path, name: str, text: str) -> None:
    page = output / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        f"<html><body><main data-pagefind-body><p>{text}</p></main></body></html>",
        encoding="utf-8",
    )


def test_bundles_double_with_the_site_up_to_sixteen() -> None:
    assert [bundle_count(n) for n in (0, 1, 250)] == [1, 1, 1]
    assert [bundle_count(n) for n in (251, 500, 501, 1001)] == [2, 2, 4, 8]
    assert bundle_count(10**6) == 16
    assert bundle_count(7, per_bundle=2) == 4
    pages = [f"post-{n}/index.html" for n in range(400)]
    assert {bundle_of(page, 4) for page in pages} == {0, 1, 2, 3}
    # Stable: a page stays in its bundle from one build to the next.
    assert [bundle_of(page, 4) for page in pages] == [
        bundle_of(page, 4) for page in pages
    ]


def test_an_edit_reindexes_only_the_bundle_holding_the_page(tmp_path: Path) -> None:
    output = tmp_path / "out"
    for n in range(8):
        _write_page(output, f"post-{n}/index.html", f"page number {n}")
    (output / "tag.html").write_text("<html><body>a list</body></html>", "utf-8")
    update_search_index(output, tmp_path / "records", per_bundle=2)
    counts = _page_counts(output)
    listing = json.loads((output / "pagefind/bundles.json").read_text("utf-8"))
    assert sorted(listing["bundles"]) == sorted(counts) and len(counts) > 1
    # Every marked page is indexed once; the unmarked list page is not.
    assert sum(counts.values()) == 8
    assert (output / "pagefind/pagefind-ui.js").is_file()
    before = search_bundles(output)

    update_search_index(output, tmp_path / "records", per_bundle=2)
    assert search_bundles(output) == before, "nothing changed, yet a bundle was made"
    # The list of bundles and the search box's script, removed, come back.
    (output / "pagefind/bundles.json").unlink()
    (output / "pagefind/pagefind-ui.js").unlink()
    update_search_index(output, tmp_path / "records", per_bundle=2)
    assert (output / "pagefind/pagefind-ui.js").is_file()
    assert json.loads((output / "pagefind/bundles.json").read_text("utf-8")) == listing
    assert search_bundles(output) == before

    _write_page(output, "post-3/index.html", "page number three, edited")
    update_search_index(output, tmp_path / "records", per_bundle=2)
    after = search_bundles(output)
    edited = str(bundle_of("post-3/index.html", 4))
    assert {name for name in after if after[name] != before[name]} == {edited}

    (output / "post-5/index.html").unlink()
    update_search_index(output, tmp_path / "records", per_bundle=2)
    gone = str(bundle_of("post-5/index.html", 4))
    assert sum(_page_counts(output).values()) == 7
    assert search_bundles(output)[gone] != after[gone]
    listing = json.loads((output / "pagefind/bundles.json").read_text("utf-8"))
    assert sorted(listing["bundles"]) == sorted(search_bundles(output))


def test_a_growing_site_is_split_into_more_bundles(tmp_path: Path) -> None:
    output = tmp_path / "out"
    for n in range(2):
        _write_page(output, f"post-{n}/index.html", f"page {n}")
    update_search_index(output, tmp_path / "records", per_bundle=2)
    assert len(search_bundles(output)) == 1
    for n in range(2, 6):
        _write_page(output, f"post-{n}/index.html", f"page {n}")
    update_search_index(output, tmp_path / "records", per_bundle=2)
    counts = _page_counts(output)
    assert len(counts) == len({bundle_of(f"post-{n}/index.html", 4) for n in range(6)})
    assert sum(counts.values()) == 6


def test_an_index_of_the_older_single_layout_is_replaced(tmp_path: Path) -> None:
    output = tmp_path / "out"
    _write_page(output, "index.html", "home")
    old = output / "pagefind"
    (old / "fragment").mkdir(parents=True)
    (old / "pagefind-entry.json").write_text("{}", encoding="utf-8")
    update_search_index(output, tmp_path / "records")
    assert sorted(p.name for p in old.iterdir()) == [
        "0", "bundles.json", "pagefind-ui.css", "pagefind-ui.js",
    ]  # fmt: skip


def test_words_about_the_mark_in_a_page_do_not_make_it_searchable(
    tmp_path: Path,
) -> None:
    output = tmp_path / "out"
    _write_page(output, "post/index.html", "a post")
    (output / "tag.html").write_text(
        "<html><body><p>Pages marked data-pagefind-body are indexed.</p></body></html>",
        encoding="utf-8",
    )
    update_search_index(output, tmp_path / "records")
    assert sum(_page_counts(output).values()) == 1


def test_a_search_indexer_that_hangs_is_stopped_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _write_page(tmp_path, "index.html", "x")
    monkeypatch.setattr(search_index, "SEARCH_INDEX_SECONDS", 0.001)
    with caplog.at_level(logging.ERROR):
        update_search_index(tmp_path, tmp_path / "records")
    (record,) = caplog.records
    assert "search index not built" in record.getMessage()
    assert "no answer in 0.001 s; it was stopped" in record.getMessage()
    # Nothing half-made is left, and the page is indexed on the next build.
    listing = json.loads((tmp_path / "pagefind/bundles.json").read_text("utf-8"))
    assert listing == {"bundles": []}
    assert not list((tmp_path / "pagefind").glob("0*"))
    monkeypatch.undo()
    update_search_index(tmp_path, tmp_path / "records")
    assert _page_counts(tmp_path) == {"0": 1}

"""Cache files: a payload comes back only under the stamp it was saved with."""

from __future__ import annotations

from pathlib import Path

from jekyll_frontmatter.cache_files import cache_file, load, save


def test_payload_round_trip_under_its_stamp(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "x.pickle"
    save(path, ("format", 1), {"a": 1})
    assert load(path, ("format", 1)) == {"a": 1}
    assert load(path, ("format", 2)) is None
    assert not path.with_suffix(".tmp").exists()
    path.write_bytes(b"not a pickle")
    assert load(path, ("format", 1)) is None
    assert load(tmp_path / "missing.pickle", ("format", 1)) is None
    assert load(None, ("format", 1)) is None


def test_cache_file_names_follow_kind_and_keys(tmp_path: Path) -> None:
    settings = {"CACHE_PATH": str(tmp_path)}
    first = cache_file(settings, "read", "/site")
    assert first is not None and first.parent == tmp_path
    assert first.name.startswith("jekyll-read-")
    assert cache_file(settings, "read", "/other") != first
    assert cache_file(settings, "pages", "/site") != first
    assert cache_file({**settings, "JEKYLL_CACHE": False}, "read", "/site") is None

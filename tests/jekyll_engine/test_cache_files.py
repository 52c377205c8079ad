"""Cache files: a payload comes back only under the stamp it was saved with."""

from __future__ import annotations

import os
from pathlib import Path

from jekyll_engine.cache_files import cache_file, evict, load, mark_used, save


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


def test_least_recently_used_files_go_first_and_this_builds_never(
    tmp_path: Path,
) -> None:
    files = {}
    for age, name in enumerate(["newest", "middle", "oldest"]):
        path = tmp_path / f"jekyll-read-{name}.pickle"
        path.write_bytes(b"x" * 100)
        os.utime(path, (1000 - age * 100, 1000 - age * 100))
        files[name] = path
    other = tmp_path / "notes.txt"
    other.write_bytes(b"x" * 1000)
    # 300 bytes of cache for a budget of 150: the two oldest go.
    assert evict(tmp_path, 150, since=2000) == 2
    assert [p.name for p in sorted(tmp_path.iterdir())] == [
        "jekyll-read-newest.pickle", "notes.txt"
    ]  # fmt: skip
    # A file used by the build (marked now) stays, whatever the budget.
    mark_used([files["newest"], None, tmp_path / "gone.pickle"])
    assert evict(tmp_path, 0, since=files["newest"].stat().st_mtime) == 0
    assert files["newest"].exists()

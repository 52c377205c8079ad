"""The end of a build: caches saved, stale files removed, one summary line."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine import state
from jekyll_engine.finish import finish_build
from tests.helpers import write_files


def test_finishing_saves_the_caches_prunes_and_sums_up(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_files(tmp_path / "site", {"img.png": "png"})
    write_files(
        tmp_path / "out", {"kept.html": "k", "stale.html": "s", "img.png": "png"}
    )
    settings = {
        **DEFAULT_CONFIG,
        "PATH": str(tmp_path / "site"),
        "OUTPUT_PATH": str(tmp_path / "out"),
        "CACHE_PATH": str(tmp_path / "cache"),
    }
    build = state.start_build(
        settings,
        state.Inputs(
            source=tmp_path / "site",
            now=dt.datetime.now(dt.UTC),
            source_files=frozenset({"img.png"}),
            static_files=frozenset({"img.png"}),
            file_key=lambda relpath: relpath.encode(),
            reading="",
            rendering="",
        ),
    )
    build.written_files.add(str(tmp_path / "out" / "kept.html"))
    build.render_cache.put("key", "rendered")
    build.report.built["post"] += 1
    with caplog.at_level(logging.INFO):
        finish_build(settings, build)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "img.png",
        "kept.html",
    ]
    assert build.report.pages_removed == 1
    assert build.render_cache.path is not None and build.render_cache.path.is_file()
    assert "Build: 1 document built (1 post)" in caplog.text

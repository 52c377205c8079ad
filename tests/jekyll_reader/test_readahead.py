"""New documents split and rendered ahead, each taken once by the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_reader import readahead, reading
from jekyll_reader.readahead import read_ahead, source_of
from tests.jekyll_reader.site_settings import settings_for

FILES = {
    **{
        f"_posts/2020-01-{n + 1:02d}-p{n}.md": f"---\n---\nPost *{n}*" for n in range(6)
    },
    "_posts/2020-02-01-liquid.md": "---\n---\n{{ site.title }}",
}


def test_every_new_document_is_split_and_rendered_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readahead, "worker_count", lambda: 2)  # on any machine
    settings = settings_for(tmp_path, FILES, JEKYLL_PARALLEL_READ_MIN=1)
    state = reading.start_reading(settings)
    read_ahead(state, settings)
    assert set(state.sources) == set(FILES)
    state.build.render_cache.finish()
    # Six renderings came back; the Liquid one is left for the reader.
    assert len(state.build.render_cache.entries) == 6
    notes, document = source_of(state, "_posts/2020-01-01-p0.md", Path("unused"))
    assert document.body == "Post *0*" and notes == []
    assert "_posts/2020-01-01-p0.md" not in state.sources  # taken once


def test_below_the_threshold_the_reader_reads_each_one_itself(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, FILES, JEKYLL_PARALLEL_READ_MIN=100)
    state = reading.start_reading(settings)
    read_ahead(state, settings)
    assert state.sources == {}
    path = tmp_path / "site" / "_posts" / "2020-01-02-p1.md"
    _, document = source_of(state, "_posts/2020-01-02-p1.md", path)
    assert document.body == "Post *1*"

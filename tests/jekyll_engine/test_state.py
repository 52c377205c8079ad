"""A build's state: started once, kept in its settings, caches opened."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Tag

from jekyll_engine import state


def _settings(tmp_path: Path, **overrides: object) -> dict:
    return {
        **DEFAULT_CONFIG,
        "PATH": str(tmp_path / "site"),
        "OUTPUT_PATH": str(tmp_path / "out"),
        "CACHE_PATH": str(tmp_path / "cache"),
        **overrides,
    }


def _inputs(tmp_path: Path, reading: str = "layouts") -> state.Inputs:
    return state.Inputs(
        source=tmp_path / "site",
        now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        source_files=frozenset({"a.md", "img.png"}),
        static_files=frozenset({"img.png"}),
        file_key=lambda relpath: relpath.encode(),
        reading=reading,
        rendering="renderer 1",
    )


def test_a_build_s_state_lives_in_its_settings(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    settings = _settings(tmp_path)
    assert state.state_of(settings) is None
    with pytest.raises(LookupError):
        state.current(settings)
    started = state.start_build(settings, _inputs(tmp_path))
    assert state.current(settings) is started
    assert started.file_key("a.md") == b"a.md"
    assert started.read_cache.enabled
    assert started.output_listing is not None
    assert (tmp_path / "cache" / "jinja").is_dir()  # compiled templates kept


def test_what_reading_depends_on_is_in_the_read_cache_s_environment(
    tmp_path: Path,
) -> None:
    (tmp_path / "site").mkdir()
    first = state.start_build(_settings(tmp_path), _inputs(tmp_path, "a,b"))
    again = state.start_build(_settings(tmp_path), _inputs(tmp_path, "a,b"))
    other = state.start_build(_settings(tmp_path), _inputs(tmp_path, "a,b,c"))
    assert first.read_cache.environment == again.read_cache.environment
    assert first.read_cache.environment != other.read_cache.environment


def test_a_build_without_a_cache_keeps_nothing(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    settings = _settings(tmp_path, JEKYLL_CACHE=False)
    started = state.start_build(settings, _inputs(tmp_path))
    assert not started.read_cache.enabled
    assert started.render_cache.path is None
    assert not (tmp_path / "cache").exists()


def test_one_tag_object_per_name_per_build(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    settings = _settings(tmp_path)
    state.start_build(settings, _inputs(tmp_path))
    first = state.shared_wrapper(settings, Tag, "Machine Learning")
    assert state.shared_wrapper(settings, Tag, "Machine Learning") is first
    assert first.slug == "machine-learning"
    other = _settings(tmp_path)
    state.start_build(other, _inputs(tmp_path))
    assert state.shared_wrapper(other, Tag, "Machine Learning") is not first


def test_a_state_is_let_go_with_its_build(tmp_path: Path) -> None:
    import weakref  # noqa: PLC0415

    (tmp_path / "site").mkdir()
    settings = _settings(tmp_path)
    gone = weakref.ref(state.start_build(settings, _inputs(tmp_path)))
    settings.clear()
    gc.collect()
    assert gone() is None

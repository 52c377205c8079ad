"""The reader's state of a build: discovery, then the engine's build started."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_engine import state
from jekyll_reader import reading
from tests.jekyll_reader.site_settings import settings_for

SITE = {
    "_posts/2020-01-02-first.md": "---\ntitle: First\n---\nBody",
    "_drafts/later.md": "---\ntitle: Later\n---\nBody",
    "about.md": "---\ntitle: About\n---\nAbout",
    "notes.md": "No front matter: copied as it is.",
    "assets/img.png": "png",
    "_site/old.html": "an old build",
}


def test_discovery_points_pelican_at_jekyll_s_files(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, SITE)
    found = reading.start_reading(settings)
    assert settings["ARTICLE_PATHS"] == ["_posts/2020-01-02-first.md"]
    # Jekyll copies a Markdown file without front matter; it is rendered too.
    assert settings["PAGE_PATHS"] == ["about.md", "notes.md"]
    assert found.discovery.plain_pages == ["notes.md"]
    assert sorted(settings["STATIC_PATHS"]) == ["assets/img.png", "notes.md"]
    assert found.build is state.current(settings)
    assert found.build.static_files == {"assets/img.png", "notes.md"}
    assert "_posts/2020-01-02-first.md" in found.build.source_files
    assert reading.current(settings) is found
    assert reading.reading_of(found.build) is found


def test_drafts_are_read_when_the_site_shows_them(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, SITE, JEKYLL_DRAFTS=True)
    reading.start_reading(settings)
    assert "_drafts/later.md" in settings["ARTICLE_PATHS"]


def test_a_file_s_key_changes_when_the_file_does(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, SITE)
    found = reading.start_reading(settings)
    first = found.files.key("about.md")
    assert found.files.key("about.md") == first  # computed once
    (tmp_path / "site" / "about.md").write_text("---\n---\nNew", encoding="utf-8")
    again = reading.start_reading(settings_for(tmp_path, {}))
    assert again.files.key("about.md") != first


def test_without_git_history_no_file_has_commit_dates(tmp_path: Path) -> None:
    found = reading.start_reading(settings_for(tmp_path, SITE))
    assert found.files.commits("about.md") is None


def test_asking_for_the_reading_never_starts_a_build(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, SITE)
    with pytest.raises(LookupError):
        reading.current(settings)
    assert state.state_of(settings) is None  # nothing was discovered


def test_the_reading_is_a_field_of_the_build_object(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, SITE)
    found = reading.start_reading(settings)
    assert found.build.reading is found
    again = reading.start_reading(settings_for(tmp_path, {}))
    assert again.build is not found.build
    assert reading.reading_of(found.build) is found  # each build keeps its own

"""A document's fields as Pelican metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jekyll_reader import reading
from jekyll_reader.document import DocumentFields, SourceFile
from jekyll_reader.metadata import author_name, nav_position, pelican_metadata
from tests.jekyll_reader.site_settings import settings_for

NOW = dt.datetime(2024, 5, 6, tzinfo=dt.UTC)


def _fields(**changes: object) -> DocumentFields:
    values = {
        "title": "T",
        "date": NOW,
        "date_source": "front matter",
        "modified": NOW,
        "slug": "t",
        "tags": ["a b"],
        "categories": ["research", "ml"],
        "url": "/research/t/",
        "save_as": "research/t/index.html",
        "layout": "post",
        **changes,
    }
    return DocumentFields(**values)


def test_front_matter_keys_pass_through_but_mapped_and_reserved_ones(
    tmp_path: Path,
) -> None:
    settings = settings_for(tmp_path, {})
    state = reading.start_reading(settings)
    data = {"Mathjax": True, "title": "raw", "url": "x", "content": "x", "9x": 1}
    source = SourceFile("_posts/t.md", "post", NOW)
    metadata = pelican_metadata(
        data, _fields(), source, "A 'T'", "t.md", state, settings
    )
    assert metadata["mathjax"] is True
    assert metadata["title"] == "A \u2018T\u2019"
    assert metadata["url"] == "research/t/"
    assert "content" not in metadata and "9x" not in metadata
    assert metadata["category"] is metadata["categories"][0]
    assert metadata["tags"][0].slug == "a-b"
    assert metadata["template"] == "article"
    assert metadata["status"] == "published"


def test_an_unknown_layout_is_named_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(tmp_path, {})
    state = reading.start_reading(settings)
    source = SourceFile("a.md", "page", NOW)
    for _ in range(2):
        found = pelican_metadata(
            {}, _fields(layout="wide"), source, "T", "a.md", state, settings
        )
        assert found["template"] == "page"
    assert caplog.text.count("layout 'wide' is not one this theme knows") == 1


@pytest.mark.parametrize(
    ("data", "name"),
    [
        ({"author": "Ada"}, "Ada"),
        ({"author": {"name": " Ada "}}, "Ada"),
        ({"author": ""}, None),
        ({"author": ["Ada"]}, None),
        ({}, None),
    ],
)
def test_the_author_is_a_name_or_a_mapping_with_one(data: dict, name: str) -> None:
    assert author_name(data) == name


def test_the_navigation_place_comes_from_either_theme_s_key() -> None:
    assert nav_position({"nav_order": 2, "sidebar_sort_order": 1}) == 2.0
    assert nav_position({"sidebar_sort_order": 1}) == 1.0
    assert nav_position({"nav_order": True}) is None

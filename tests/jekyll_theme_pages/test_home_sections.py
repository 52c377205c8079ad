"""al-folio's about page: its news items and how many."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from jekyll_theme_pages.home_sections import asked, news_items, news_limit


def _document(collection: str, day: int, **front_matter: Any) -> Any:
    return SimpleNamespace(
        collection=collection,
        date=dt.datetime(2024, 1, day, tzinfo=dt.UTC),
        title=f"Item {day}",
        url=f"news/{day}/",
        content=f"<p>Said on day {day}.</p>",
        metadata={"front_matter": front_matter},
    )


@pytest.mark.parametrize(
    ("config", "limit"),
    [
        ({}, 5),
        ({"news_limit": 3}, 3),
        ({"announcements": {"enabled": True, "limit": 2}, "news_limit": 3}, 2),
        ({"news_limit": True}, 5),
        ({"news_limit": 0}, 5),
    ],
)
def test_the_limit_al_folio_s_settings_give(config: dict, limit: int) -> None:
    assert news_limit(config) == limit


def test_news_items_newest_first_at_most_the_limit() -> None:
    found = news_items(
        [
            _document("news", 3, inline=True),
            _document("posts", 9),
            _document("news", 7),
            _document("news", 1),
        ],
        2,
    )
    assert [(item.title, item.inline) for item in found] == [
        ("Item 7", False),
        ("Item 3", True),
    ]
    assert str(found[1].html) == "<p>Said on day 3.</p>"


def test_a_section_is_asked_for_by_true_alone() -> None:
    pages = [SimpleNamespace(metadata={"front_matter": {"news": "yes"}})]
    assert not asked(pages, "news")
    pages.append(SimpleNamespace(metadata={"front_matter": {"news": True}}))
    assert asked(pages, "news")

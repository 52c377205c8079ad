"""The author's places: a user name becomes its service's address; unsafe ones go."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_theme_pages.profile import author_profile, profile_links


def test_user_names_become_addresses_in_the_themes_order() -> None:
    links = profile_links(
        {
            "name": "Ada",
            "github": "ada",
            "linkedin": "ada-l",
            "bluesky": "@ada.bsky.social",
            "orcid": "https://orcid.org/0000-0002-1825-0097",
            "email": "ada@example.org",
            "researchgate": "Ada-Lovelace",
        }
    )
    assert [(p["label"], p["url"]) for p in links] == [
        ("Email", "mailto:ada@example.org"),
        ("ORCID", "https://orcid.org/0000-0002-1825-0097"),
        ("GitHub", "https://github.com/ada"),
        ("LinkedIn", "https://www.linkedin.com/in/ada-l"),
        ("ResearchGate", "https://www.researchgate.net/profile/Ada-Lovelace"),
        ("Bluesky", "https://bsky.app/profile/ada.bsky.social"),
    ]


def test_a_place_that_is_no_web_address_is_left_out() -> None:
    links = profile_links(
        {"uri": "javascript:alert(1)", "mastodon": "not a url", "arxiv": True}
    )
    assert links == []


@pytest.mark.parametrize(
    "photo",
    ["javascript:alert(1)//://", "data:image/svg+xml,<svg/>//://x", "ftp://h/p.png"],
)
def test_a_photo_address_that_is_not_the_web_is_left_out(
    tmp_path: Path, photo: str
) -> None:
    found, note = author_profile(
        {"AUTHOR_PROFILE": {"name": "A", "photo": photo}}, tmp_path
    )
    assert found is not None and found["photo_url"] is None
    assert note is not None and "is not an http(s) or site address" in note


def test_a_web_photo_address_is_kept(tmp_path: Path) -> None:
    for photo in ("https://x.org/a.png", "//x.org/a.png"):
        found, note = author_profile(
            {"AUTHOR_PROFILE": {"name": "A", "photo": photo}}, tmp_path
        )
        assert (found["photo_url"], note) == (photo, None)

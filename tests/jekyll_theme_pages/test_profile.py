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


def test_al_folio_s_profile_from_its_names_places_and_about_page(
    tmp_path: Path,
) -> None:
    (tmp_path / "assets/img").mkdir(parents=True)
    (tmp_path / "assets/img/prof_pic.jpg").write_bytes(b"jpeg")
    settings = {
        "JEKYLL_SITE": {
            "first_name": "Ada",
            "middle_name": "",
            "last_name": "Lovelace",
            "github_username": "ada",
            "scholar_userid": "qc6CJjYAAAAJ",
        },
        "JEKYLL_DATA": {"socials": {"orcid_id": "0000-0002-1825-0097"}},
    }
    page = {"image": "prof_pic.jpg", "address": "<p>1 Main St</p><p>London</p>"}
    found, note = author_profile(settings, tmp_path, page)
    assert note is None
    assert found["name"] == "Ada Lovelace"
    assert found["photo_url"] == "assets/img/prof_pic.jpg"
    assert found["location"] == "1 Main St London"
    assert [(p["label"], p["url"]) for p in found["links"]] == [
        ("Google Scholar", "https://scholar.google.com/citations?user=qc6CJjYAAAAJ"),
        ("ORCID", "https://orcid.org/0000-0002-1825-0097"),
        ("GitHub", "https://github.com/ada"),
    ]
    # Older al-folio names its author `name`; without an about page's
    # profile, `name` is only the site's (jekyll-now's), no profile.
    older = {"JEKYLL_SITE": {"name": "Ada L"}}
    assert author_profile(older, tmp_path, {"image": ""})[0]["name"] == "Ada L"
    assert author_profile(older, tmp_path) == (None, None)

"""The author's places: a user name becomes its service's address; unsafe ones go."""

from __future__ import annotations

from jekyll_theme_pages.profile import profile_links


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

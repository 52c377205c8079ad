import pytest

from jekyll_config.lines import key_line
from jekyll_config.services import service_settings

GISCUS = {"repo_id": "R_1", "category_id": "C_1", "category_name": "Comments"}


def test_off_unless_a_provider_is_set() -> None:
    off = {"JEKYLL_COMMENTS": None, "JEKYLL_ANALYTICS": None}
    assert service_settings({}) == (off, [])
    for value in (False, "false", "", None):
        config = {"comments": {"provider": value}, "analytics": {}}
        assert service_settings(config) == (off, [])
    # So Simple and others write the whole section as a switch.
    assert service_settings({"comments": False, "analytics": "false"}) == (off, [])


def test_minimal_mistakes_shapes() -> None:
    found, notes = service_settings(
        {
            "repository": "lab/site",
            "comments": {"provider": "giscus", "giscus": GISCUS},
            "analytics": {"provider": "google", "google": {"tracking_id": "G-1"}},
        }
    )
    assert notes == []
    assert found["JEKYLL_COMMENTS"] == {
        "repo": "lab/site",
        **GISCUS,
        "provider": "giscus",
    }
    assert found["JEKYLL_ANALYTICS"]["provider"] == "google-gtag"
    assert found["JEKYLL_ANALYTICS"]["tracking_id"] == "G-1"


@pytest.mark.parametrize(
    ("config", "keys", "message"),
    [
        ({"comments": True}, ("comments",), "comments: True names no provider"),
        (
            {"comments": {"provider": "staticman"}},
            ("comments", "provider"),
            "provider 'staticman' is not one this build can add",
        ),
        (
            {"comments": {"provider": "giscus", "giscus": GISCUS}},
            ("repository",),
            "giscus needs repo",
        ),
        (
            {
                "comments": {
                    "provider": "disqus",
                    "disqus": {"shortname": "evil.example/x.js#"},
                }
            },
            ("comments", "disqus", "shortname"),
            "shortname 'evil.example/x.js#' is not of the shape",
        ),
        (
            {
                "analytics": {
                    "provider": "google-universal",
                    "google": {"tracking_id": ""},
                }
            },
            ("analytics", "google", "tracking_id"),
            "google-universal needs tracking_id",
        ),
        (
            {"analytics": {"provider": "google", "google": {"tracking_id": "UA-1-1"}}},
            ("analytics", "google", "tracking_id"),
            "Universal Analytics id",
        ),
        (
            {
                "analytics": {
                    "provider": "plausible",
                    "plausible": {"domain": "a.org", "script": "javascript:x"},
                }
            },
            ("analytics", "plausible", "script"),
            "script 'javascript:x' is not of the shape",
        ),
        ({"analytics": "plausible"}, ("analytics",), "'plausible' names no provider"),
        (
            {"analytics": {"provider": "goatcounter", "goatcounter": "x"}},
            ("analytics", "goatcounter"),
            "goatcounter is 'x'",
        ),
        # A Google id written alone, of a kind Google no longer serves.
        (
            {"analytics": "UA-1-1"},
            ("analytics",),
            "'UA-1-1' is a Universal Analytics id",
        ),
        (
            {"google_analytics": "UA-1-1"},
            ("google_analytics",),
            "google_analytics: 'UA-1-1' is a Universal Analytics id",
        ),
        ({"analytics": "G-<b>"}, ("analytics",), "is not of the shape"),
    ],
)
def test_what_cannot_be_honoured_is_left_out_and_named(
    config: dict, keys: tuple[str, ...], message: str
) -> None:
    found, notes = service_settings(config)
    assert found == {"JEKYLL_COMMENTS": None, "JEKYLL_ANALYTICS": None}
    assert len(notes) == 1
    assert notes[0].keys == keys
    assert message in notes[0].message
    assert "the site is built without" in notes[0].message


def test_a_google_analytics_id_written_alone_is_google_s() -> None:
    # Online CV's `analytics: G-...`, minima's `google_analytics: G-...`.
    for config in ({"analytics": "G-AB12"}, {"google_analytics": " G-AB12 "}):
        found, notes = service_settings(config)
        assert notes == []
        assert found["JEKYLL_ANALYTICS"] == {
            "provider": "google-gtag",
            "tracking_id": "G-AB12",
        }
    # A section of its own wins over the older key.
    found, _ = service_settings(
        {
            "google_analytics": "G-OLD",
            "analytics": {"provider": "goatcounter", "goatcounter": {"code": "lab"}},
        }
    )
    assert found["JEKYLL_ANALYTICS"]["provider"] == "goatcounter"


def test_key_line_finds_the_deepest_key_given() -> None:
    text = "title: x\ncomments:\n  provider: disqus\n  disqus:\n    shortname: a\n"
    assert key_line(text, "comments", "disqus", "shortname") == 5
    assert key_line(text, "comments", "provider") == 3
    assert key_line(text, "comments", "giscus", "repo") == 2
    assert key_line(text, "analytics") is None
    assert key_line("a: [", "a") is None

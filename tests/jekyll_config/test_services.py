import pytest

from jekyll_common.errors import ConfigError
from jekyll_config.services import service_settings

GISCUS = {"repo_id": "R_1", "category_id": "C_1", "category_name": "Comments"}


def test_off_unless_a_provider_is_set() -> None:
    assert service_settings({}) == {"JEKYLL_COMMENTS": None, "JEKYLL_ANALYTICS": None}
    off = service_settings({"comments": {"provider": False}, "analytics": {}})
    assert off == {"JEKYLL_COMMENTS": None, "JEKYLL_ANALYTICS": None}


def test_minimal_mistakes_shapes() -> None:
    found = service_settings(
        {
            "repository": "lab/site",
            "comments": {"provider": "giscus", "giscus": GISCUS},
            "analytics": {"provider": "google", "google": {"tracking_id": "G-1"}},
        }
    )
    assert found["JEKYLL_COMMENTS"] == {
        "repo": "lab/site",
        **GISCUS,
        "provider": "giscus",
    }
    assert found["JEKYLL_ANALYTICS"]["provider"] == "google-gtag"
    assert found["JEKYLL_ANALYTICS"]["tracking_id"] == "G-1"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"comments": {"provider": "talkyard"}}, "provider 'talkyard' is not one"),
        ({"comments": {"provider": "giscus", "giscus": GISCUS}}, "giscus needs repo"),
        ({"comments": {"provider": "disqus"}}, "disqus needs shortname"),
        ({"analytics": {"provider": "plausible"}}, "plausible needs domain"),
        ({"analytics": "plausible"}, "analytics is 'plausible'; it takes keys"),
        (
            {"analytics": {"provider": "goatcounter", "goatcounter": "x"}},
            "goatcounter is 'x'",
        ),
    ],
)
def test_a_provider_that_cannot_work_stops_the_build(
    config: dict, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as error:
        service_settings(config)
    assert "Nothing was built" in str(error.value)

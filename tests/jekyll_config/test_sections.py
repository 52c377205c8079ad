"""The feed: and jekyll-archives: sections of _config.yml, as settings."""

import pytest

from jekyll_common.errors import ConfigError
from jekyll_config.sections import section_settings
from jekyll_feed.settings import load as feed_settings


def test_each_section_key_gives_its_setting() -> None:
    config = {
        "feed": {"path": "atom.xml", "posts_limit": 5},
        "jekyll-archives": {
            "enabled": ["tags"],
            "permalinks": {"tag": "/topics/:name/", "year": "/:year/"},
        },
    }
    assert section_settings(config, {}) == {
        "JEKYLL_FEED_PATH": "atom.xml",
        "JEKYLL_FEED_LIMIT": 5,
        "JEKYLL_ARCHIVES_ENABLED": ["tags"],
        "JEKYLL_ARCHIVE_TAG_URL": "/topics/:name/",
        "JEKYLL_ARCHIVE_YEAR_URL": "/:year/",
    }
    options = feed_settings(section_settings(config, {}))
    assert (options.path, options.limit) == ("atom.xml", 5)


def test_a_setting_given_explicitly_wins_over_the_section() -> None:
    config = {"feed": {"path": "atom.xml", "posts_limit": 5}}
    found = section_settings(config, {"JEKYLL_FEED_PATH": "feed.xml"})
    assert found == {"JEKYLL_FEED_LIMIT": 5}


def test_no_section_gives_no_setting() -> None:
    assert section_settings({}, {}) == {}
    assert section_settings({"feed": None, "jekyll-archives": {}}, {}) == {}


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"feed": {"posts_limit": "ten"}}, "_config.yml: feed: posts_limit is 'ten'"),
        ({"jekyll-archives": {"enabled": 3}}, "jekyll-archives: enabled is 3"),
        ({"feed": "atom.xml"}, "_config.yml: feed is 'atom.xml'; it takes keys"),
        (
            {"jekyll-archives": {"permalinks": ["tag"]}},
            "_config.yml: jekyll-archives: permalinks is ['tag']",
        ),
    ],
)
def test_a_value_of_the_wrong_kind_stops_the_build(config: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")) as error:
        section_settings(config, {})
    assert "Nothing was built" in str(error.value)

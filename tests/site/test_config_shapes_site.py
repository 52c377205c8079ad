"""Settings Jekyll accepts in shapes of their own: the site builds as in Jekyll."""

from __future__ import annotations

import pytest

from jekyll_common.errors import ConfigError
from tests.conftest import SiteBuilder

POST = {
    "_posts/2024-01-02-late.md": "---\ntitle: Late\ndate: 2024-01-02 23:30\n---\nHi.\n"
}


def test_an_unknown_timezone_reads_dates_in_utc_with_a_warning(
    build_site: SiteBuilder,
) -> None:
    # Jekyll sets TZ, and Ruby reads a zone it does not know as UTC.
    result, output = build_site(
        {"_config.yml": "title: T\ntimezone: Mars/Olympus\n", **POST}
    )
    assert result.errors == 0
    (warning,) = [m for level, m in result.messages if "timezone" in m]
    assert "_config.yml:2: timezone 'Mars/Olympus'" in warning and "UTC" in warning
    assert (output / "2024/01/02/late.html").is_file()


def test_a_language_docutils_does_not_know_is_no_concern_of_the_build(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({"_config.yml": "title: T\nlang: zh-Hans\n", **POST})
    assert (result.errors, result.warnings) == (0, 0), result.messages
    assert '<html lang="zh-hans"' in (output / "2024/01/02/late.html").read_text()


MEMBER = {"_members/ada.md": "---\nname: Ada\n---\nEngines.\n"}


@pytest.mark.parametrize(
    ("name", "config"),
    [
        ("_config.yaml", "title: Lab\ncollections:\n  members:\n    output: true\n"),
        ("_config.toml", 'title = "Lab"\n[collections.members]\noutput = true\n'),
    ],
)
def test_a_site_configured_in_config_yaml_or_toml_is_built_with_it(
    build_site: SiteBuilder, name: str, config: str
) -> None:
    # Jekyll reads _config.yml, else _config.yaml, else _config.toml.
    result, output = build_site({name: config, **MEMBER, **POST})
    assert result.errors == 0, result.messages
    assert "<title>Late · Lab</title>" in (output / "2024/01/02/late.html").read_text()
    assert (output / "members/ada.html").is_file()


def test_config_yml_comes_first(build_site: SiteBuilder) -> None:
    both = {"_config.yml": "title: First\n", "_config.yaml": "title: Second\n"}
    _, output = build_site({**both, **POST})
    assert (
        "<title>Late · First</title>" in (output / "2024/01/02/late.html").read_text()
    )


def test_a_broken_config_toml_stops_the_build_at_its_line(
    build_site: SiteBuilder,
) -> None:
    with pytest.raises(ConfigError, match=r"_config\.toml:2: TOML error"):
        build_site({"_config.toml": 'title = "Lab"\nbroken =\n', **POST})

from pathlib import Path

import pytest

from jekyll_common.errors import ConfigError, ContentError
from jekyll_config.config import read_config_file, settings_from_config, site_url


def test_mapped_keys_and_precedence() -> None:
    data = {
        "title": "My Site",
        "url": "https://example.org/",
        "baseurl": "blog/",
        "permalink": "pretty",
        "timezone": "Europe/Paris",
        "future": True,
        "exclude": ["README.md"],
        "author": {"name": "Ada"},
        "unknown_key": 1,
    }
    settings = settings_from_config(data, {"JEKYLL_PERMALINK": "date"})
    assert "JEKYLL_PERMALINK" not in settings  # pelicanconf.py wins
    assert settings["SITENAME"] == "My Site"
    assert settings["JEKYLL_URL"] == "https://example.org"
    assert settings["JEKYLL_BASEURL"] == "/blog"
    assert settings["TIMEZONE"] == "Europe/Paris"
    assert settings["JEKYLL_FUTURE"] is True
    assert settings["JEKYLL_EXCLUDE"] == ("README.md",)
    assert settings["AUTHOR"] == "Ada"
    assert settings["JEKYLL_SITE"]["unknown_key"] == 1


def test_explicit_sitename_wins() -> None:
    assert "SITENAME" not in settings_from_config({"title": "T"}, {"SITENAME": "Mine"})


def test_a_site_without_a_title_is_named_as_its_theme_names_it() -> None:
    assert settings_from_config({"name": "Ada"}, {})["SITENAME"] == "Ada"
    found = settings_from_config({"site_title": "Docs", "name": ["x"]}, {})
    assert found["SITENAME"] == "Docs"
    assert settings_from_config({"title": "T", "name": "N"}, {})["SITENAME"] == "T"
    assert "SITENAME" not in settings_from_config({"name": {"first": "A"}}, {})
    course = settings_from_config({"course_name": "Magic 101"}, {})
    assert course["SITENAME"] == "Magic 101"
    al_folio = {"title": "blank", "first_name": "Ada", "last_name": "Lovelace"}
    assert settings_from_config(al_folio, {})["SITENAME"] == "Ada Lovelace"
    untitled = {"url": "https://lab.example.org/", "baseurl": "/site"}
    assert settings_from_config(untitled, {})["SITENAME"] == "lab.example.org"
    # Nothing at all: the folder's name, as GitHub Pages names a repository's.
    bare = settings_from_config({}, {}, "ada.github.io")
    assert bare["SITENAME"] == "ada.github.io"
    assert settings_from_config({"title": "T"}, {}, "repo")["SITENAME"] == "T"


@pytest.mark.parametrize(
    ("env", "expected"),
    [("production", "https://example.org/blog"), ("development", "/blog")],
)
def test_site_url(env: str, expected: str) -> None:
    settings = {
        "JEKYLL_ENV": env,
        "JEKYLL_URL": "https://example.org",
        "JEKYLL_BASEURL": "/blog",
    }
    assert site_url(settings) == expected


def test_config_file_errors_name_the_line(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: ok\nbad: [\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_config_file(tmp_path)
    assert caught.value.line == 3


def test_missing_config_is_empty(tmp_path: Path) -> None:
    assert read_config_file(tmp_path) == ({}, [])


def test_a_mistyped_paginate_stops_the_build_naming_it() -> None:
    with pytest.raises(ConfigError, match=r"_config\.yml: paginate is .many."):
        settings_from_config({"paginate": "many"}, {})


def test_a_quoted_paginate_is_the_number_it_holds() -> None:
    # jekyll-paginate reads the setting with Ruby's to_i: "5" is 5.
    assert settings_from_config({"paginate": " 5 "}, {})["JEKYLL_PAGINATE"] == 5

"""jekyll-polyglot's languages: a document in another language at /<lang>/."""

from __future__ import annotations

import logging

import pytest

from jekyll_reader.polyglot import languages_of

CONFIG = {
    "plugins": ["jekyll-polyglot"],
    "languages": ["en-us", "ja"],
    "default_lang": "en-us",
    "lang_from_path": True,
}


@pytest.mark.parametrize(
    ("data", "relpath", "language"),
    [
        ({"lang": "ja"}, "_pages/about.md", "ja"),
        ({}, "_pages/ja/about.md", "ja"),  # from its folder
        ({}, "_pages/en-us/about.md", "en-us"),
        ({}, "_pages/about.md", "en-us"),  # the default
        ({}, "ja.md", "en-us"),  # a file's name is no folder
    ],
)
def test_a_document_s_language(data: dict, relpath: str, language: str) -> None:
    languages = languages_of(CONFIG)
    assert languages is not None
    assert languages.language_of(data, relpath) == language


def test_the_folder_is_read_only_when_the_site_asks() -> None:
    languages = languages_of({**CONFIG, "lang_from_path": False})
    assert languages is not None
    assert languages.language_of({}, "_pages/ja/about.md") == "en-us"


@pytest.mark.parametrize(
    "config",
    [
        {**CONFIG, "plugins": []},
        {**CONFIG, "languages": ["en-us"]},
        {**CONFIG, "default_lang": None},
        {**CONFIG, "languages": "ja"},
    ],
)
def test_no_languages_without_the_plugin_and_two_of_them(config: dict) -> None:
    assert languages_of(config) is None


def test_what_is_not_done_is_said(caplog: pytest.LogCaptureFixture) -> None:
    # Languages of this test's own: Pelican's log filter drops a message
    # given before in the same process.
    config = {**CONFIG, "languages": ["en-us", "fr-said"]}
    with caplog.at_level(logging.WARNING):
        languages_of(config)
    assert "jekyll-polyglot" in caplog.text and "/fr-said/" in caplog.text

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from jekyll_archives import settings as archive_settings
from jekyll_common import settings as common_settings
from jekyll_common.errors import ConfigError
from jekyll_common.setting_kinds import BOOL, Setting
from jekyll_common.settings import (
    check_settings,
    declare,
    declared,
    from_config,
    load_options,
    setting_field,
    setting_value,
    tables_in,
)
from jekyll_feed import settings as feed_settings
from jekyll_reader import settings as reader_settings
from jekyll_redirects import settings as redirect_settings
from jekyll_tasks.settings_page import every_setting, settings_page

SETTINGS_PAGE = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_the_documented_tables_are_the_declared_rows() -> None:
    text = SETTINGS_PAGE.read_text(encoding="utf-8")
    assert settings_page(text) == text, "run invoke regen-golden and review the diff"
    groups = tables_in(text)
    assert sorted(groups) == sorted({s.group for s in every_setting().values()})
    assert len(groups) == len(set(groups))
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", text, re.MULTILINE))
    assert documented == set(every_setting())


def test_every_default_is_of_its_own_type() -> None:
    for setting in every_setting().values():
        default = setting.default
        if isinstance(default, tuple):
            default = list(default)
        assert setting.kind.accepts(default), setting.name


@pytest.mark.parametrize(
    ("module", "given"),
    [
        (archive_settings, {"JEKYLL_ARCHIVE_PER_PAGE": 7}),
        (feed_settings, {"JEKYLL_FEED_LIMIT": 7}),
        (reader_settings, {"JEKYLL_PARALLEL_READ_MIN": 7}),
        (redirect_settings, {"JEKYLL_REDIRECTS_NGINX": True}),
    ],
)
def test_each_plugin_reads_its_own_rows(module, given) -> None:
    defaults = module.load({})
    chosen = module.load(given)
    assert defaults != chosen  # the given value is read...
    assert module.load(
        {name: row.default for name, row in every_setting().items()}
    ) == (defaults)  # ...and the declared defaults are what it reads without one


def test_the_loader_reads_given_values_and_declared_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # This test's row is declared in a copy of the rows, dropped after it.
    monkeypatch.setattr(common_settings, "_DECLARED", dict(declared()))
    rows = declare(Setting("JEKYLL_TEST_FLAG", BOOL, True, "a test flag"))
    assert declared()["JEKYLL_TEST_FLAG"] is rows["JEKYLL_TEST_FLAG"]

    @dataclass(frozen=True)
    class Options:
        flag: bool = setting_field("JEKYLL_TEST_FLAG")
        name: str = "x"

    assert load_options(Options, {}) == Options(flag=True)
    row = rows["JEKYLL_TEST_FLAG"]
    assert setting_value({}, row) is True
    assert setting_value({"JEKYLL_TEST_FLAG": False}, row) is False
    assert load_options(Options, {"JEKYLL_TEST_FLAG": False}, name="y") == Options(
        flag=False, name="y"
    )
    with pytest.raises(ValueError, match="declared twice"):
        declare(Setting("JEKYLL_TEST_FLAG", BOOL, False, "another"))


@pytest.mark.parametrize(
    ("name", "value", "takes"),
    [
        ("JEKYLL_ARCHIVE_PER_PAGE", "ten", "a whole number, 0 or more, such as 20"),
        ("JEKYLL_ARCHIVE_PER_PAGE", -1, "a whole number"),
        ("JEKYLL_CACHE", "no", "True or False"),
        ("JEKYLL_PAGES_DIRS", "_pages", "a list of strings"),
        ("JEKYLL_ENV", "prod", '"development" or "production"'),
        ("PUBLISH_MAX_SHRINK", 2, "a number from 0 to 1"),
        ("JEKYLL_ARCHIVES_ENABLED", ["tag"], '"all", or a list'),
    ],
)
def test_a_wrong_type_is_one_line_naming_setting_value_and_type(
    name: str, value: object, takes: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        check_settings({name: value, "JEKYLL_FEED_LIMIT": 5})
    first = str(caught.value).splitlines()[0]
    assert first.startswith(f"setting {name} is {value!r} ")
    assert takes in first


def test_every_wrong_setting_is_named_at_once() -> None:
    with pytest.raises(ConfigError) as caught:
        check_settings({"JEKYLL_CACHE": 1, "JEKYLL_FEED_LIMIT": "x"})
    lines = str(caught.value).splitlines()
    assert [line.split()[1] for line in lines[:2]] == [
        "JEKYLL_CACHE",
        "JEKYLL_FEED_LIMIT",
    ]


@pytest.mark.parametrize(
    ("name", "closest"),
    [
        ("JEKYLL_FEED_LIMT", "JEKYLL_FEED_LIMIT"),
        ("JEKYLL_ARCHIVE_PERPAGE", "JEKYLL_ARCHIVE_PER_PAGE"),
        ("PUBLISH_TARGTE", "PUBLISH_TARGET"),
    ],
)
def test_an_unknown_name_is_a_warning_naming_the_closest(
    name: str, closest: str
) -> None:
    (warning,) = check_settings({name: 3, "SITENAME": "x", "JEKYLL_SITE": {}})
    assert name in warning
    assert f"did you mean {closest}?" in warning


def test_settings_of_others_and_of_the_build_are_not_reported() -> None:
    assert check_settings({"SITENAME": "x", "JEKYLL_BUILD_STATE": object()}) == []


def test_config_sections_are_checked_too() -> None:
    assert from_config("feed", "posts_limit", 5, "JEKYLL_FEED_LIMIT") == 5
    assert from_config("feed", "posts_limit", None, "JEKYLL_FEED_LIMIT") is None
    with pytest.raises(ConfigError, match=r"_config.yml: feed: posts_limit is 'ten'"):
        from_config("feed", "posts_limit", "ten", "JEKYLL_FEED_LIMIT")

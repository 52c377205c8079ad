import pytest

from jekyll_common.slugs import slugify

# Jekyll's own examples (docs: Liquid filters, `slugify`) and edge cases.
CASES = [
    ("The _config.yml file", "default", False, "the-config-yml-file"),
    ("The _config.yml file", "pretty", False, "the-_config.yml-file"),
    ("The _config.yml file", "pretty", True, "The-_config.yml-file"),
    ("The _cönfig.yml file", "ascii", False, "the-c-nfig-yml-file"),
    ("The _cönfig.yml file", "latin", False, "the-config-yml-file"),
    ("The _config.yml file", "raw", False, "the-_config.yml-file"),
    ("Ärger über Ünïcödé", "default", False, "ärger-über-ünïcödé"),
    ("C++", "default", False, "c"),
    ("  --leading and trailing--  ", "default", False, "leading-and-trailing"),
    ("already-a-slug", "none", False, "already-a-slug"),
    ("Keep Case", "unknown-mode", True, "Keep Case"),
    ("", "default", False, ""),
]


@pytest.mark.parametrize(("text", "mode", "cased", "expected"), CASES)
def test_slugify_matches_jekyll(
    text: str, mode: str, cased: bool, expected: str
) -> None:
    assert slugify(text, mode, cased=cased) == expected


def test_none_gives_empty_slug() -> None:
    assert slugify(None) == ""

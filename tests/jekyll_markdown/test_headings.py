import pytest

from jekyll_markdown.headings import HeaderIds


@pytest.mark.parametrize(
    ("texts", "ids"),
    [
        (["Introduction"], ["introduction"]),
        (["Why I Decided To Pursue Research "], ["why-i-decided-to-pursue-research"]),
        (["A", "A", "A"], ["a", "a-1", "a-2"]),
        (["Über Straße"], ["über-straße"]),
        (["snake_case stays"], ["snake_case-stays"]),
        (["1. Numbers"], ["1-numbers"]),
        (["!!!"], [""]),
    ],
)
def test_gfm_ids(texts: list[str], ids: list[str]) -> None:
    maker = HeaderIds()
    assert [maker.make(text) for text in texts] == ids

import pytest

from jekyll_reader.taxonomy import categories_of, tags_of

TAGS = [
    ({"tags": "a b  c"}, ["a", "b", "c"]),
    ({"tags": ["x y", 2, None, "x y"]}, ["x y", "2"]),
    ({"tag": "one two", "tags": ["ignored"]}, ["one two"]),
    ({"tags": [False, True]}, ["false", "true"]),
    ({"tags": None}, []),
    ({"tags": ""}, []),
    ({}, []),
]


@pytest.mark.parametrize(("data", "expected"), TAGS)
def test_tags(data: dict, expected: list[str]) -> None:
    assert tags_of(data) == expected


CATEGORIES = [
    ({"category": "career "}, (), ["career"]),
    ({"category": "two words"}, (), ["two words"]),
    ({"categories": "a b", "category": "c"}, ("blog",), ["blog", "a", "b", "c"]),
    ({"categories": ["Edge Case", "edge case"]}, (), ["Edge Case", "edge case"]),
    ({"categories": ["a"]}, ("a",), ["a"]),
]


@pytest.mark.parametrize(("data", "folders", "expected"), CATEGORIES)
def test_categories(data: dict, folders: tuple[str, ...], expected: list[str]) -> None:
    assert categories_of(data, folders) == expected

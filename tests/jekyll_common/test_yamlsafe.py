import pytest

from jekyll_common.errors import ContentError
from jekyll_common.yamlsafe import load_yaml

CASES = [
    # (text, line, column, words of the message)
    ('title: "My blog\nurl: x\n', 1, 8, "A quote opened here is never closed"),
    ("title: 'x\n", 1, 8, "A quote opened here is never closed"),
    ("title: Notes: a blog\n", 1, 13, "must be quoted"),
    ("a:\n\tb: 1\n", 2, 1, "never tabs"),
    ("a: [1, 2\n", 1, 4, "[ or { opened there"),
    ("a: [1, 2\nb: 3\n", 2, 2, "flow sequence at line 1, column 4"),
    ("a: *x\n", 1, 4, "&anchor"),
    ("a: @x\n", 1, 4, "starts with @"),
]


@pytest.mark.parametrize(("text", "line", "column", "words"), CASES)
def test_syntax_errors_name_where_the_problem_starts(
    text: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(ContentError) as caught:
        load_yaml(text)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert caught.value.message.startswith("YAML error: ")
    assert words in caught.value.message
    assert caught.value.where("f.yml") == f"f.yml:{line}:{column}"


def test_lines_count_from_where_the_text_starts_in_its_file() -> None:
    with pytest.raises(ContentError) as caught:
        load_yaml('title: "open\n', first_line=2)
    assert caught.value.where("post.md") == "post.md:2:8"

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


def _laughs(levels: int) -> str:
    lines = ['l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for n in range(1, levels):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_once() -> None:
    text = _laughs(9)  # a few hundred bytes, 9 ** 9 values expanded
    assert len(text) < 1000
    with pytest.raises(ContentError, match="expands to more than 100,000 values"):
        load_yaml(text)


def test_aliases_within_the_limit_are_read() -> None:
    data = load_yaml(_laughs(3)).data
    assert data["l2"][0][0][0] == "ha"


def test_deep_nesting_and_self_reference_are_refused() -> None:
    with pytest.raises(ContentError, match="nests deeper than 100 levels"):
        load_yaml("a: " + "[" * 3000 + "]" * 3000 + "\n")
    with pytest.raises(ContentError, match="refers to the value that holds it"):
        load_yaml("a: &a [1, *a]\n")
    assert load_yaml("a: " + "[" * 50 + "]" * 50).data


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("title: x\ndate: 0000-01-01\n", 2, 7, "year 0 is out of range"),
        ("date: 2021-02-30\n", 1, 7, "day is out of range for month"),
        ("a:\n  - b: 2021-02-03 10:00:00 +25:00\n", 2, 8, "offset must be"),
    ],
)
def test_dates_that_do_not_exist_are_named_at_their_place(
    text: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(ContentError) as caught:
        load_yaml(text)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert "is not a date that exists" in caught.value.message
    assert words in caught.value.message


def test_an_anchor_defined_again_means_its_latest_definition() -> None:
    # As Ruby's Psych reads it (TeXt's navigation.yml reuses its anchors).
    document = load_yaml("a: &x 1\nb: *x\nc: &x 2\nd: *x\nd: 3\n")
    assert document.data == {"a": 1, "b": 1, "c": 2, "d": 3}
    assert document.duplicate_keys == [("d", 5)]


def test_plain_data_is_read_whatever_its_size() -> None:
    # 20,000 records of 5 fields: 200,000 values, no alias.
    text = "".join(
        f"- {{id: {i}, name: n{i}, a: 1, b: 2, c: [x, y]}}\n" for i in range(20_000)
    )
    assert len(load_yaml(text).data) == 20_000


def test_what_aliases_add_is_still_bounded() -> None:
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        text += f"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
    with pytest.raises(ContentError, match="expands to more than"):
        load_yaml(text)


def test_a_mapping_as_a_key_is_kept_as_its_text_as_psych_reads_it() -> None:
    # Liquid written unquoted in front matter: a mapping whose key is a
    # mapping. Jekyll keeps the page's other settings; so does this build.
    text = "title: Home\nseo:\n  name: {{ site.title }}\nnav_order: 1\n? [a, b]\n: 2\n"
    data = load_yaml(text).data
    assert data["title"] == "Home" and data["nav_order"] == 1
    assert data["seo"] == {"name": {"{ site.title }": None}}
    assert data["[a, b]"] == 2

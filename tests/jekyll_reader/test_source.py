import pytest

from jekyll_common.errors import ContentError
from jekyll_reader.source import decode, has_front_matter, split_source

SPLITS = [
    ("---\ntitle: A\n---\nBody\n", {"title": "A"}, "Body\n", 4),
    ("---\n---\nBody", {}, "Body", 3),
    # Blank lines after the header go with it, as Jekyll's pattern reads
    # them (checked against Jekyll); a first line's own indentation stays.
    ("---   \ntitle: A\n--- \n\nBody", {"title": "A"}, "Body", 5),
    ("---\ntitle: A\n---\n\n  \n\nBody\n", {"title": "A"}, "Body\n", 7),
    ("---\ntitle: A\n---\n  Indented\n", {"title": "A"}, "  Indented\n", 4),
    ("---\ntitle: A\n---\n\n\n", {"title": "A"}, "", 6),
    ("---\ntitle: A\n...\nBody", {"title": "A"}, "Body", 4),
    (
        "---\n# a comment\ntags: [a, b]\nlist:\n  - x\n  - y\n---\n",
        {"tags": ["a", "b"], "list": ["x", "y"]},
        "",
        8,
    ),
    ('---\ntitle: "Quoted: yes"\n---\n', {"title": "Quoted: yes"}, "", 4),
    ("No front matter\n---\n", None, "No front matter\n---\n", 1),
    ("---\ntitle: A\n---", {"title": "A"}, "", 3),
    ("---\nbody: |\n  ---\n  inside\n---\nB", {"body": "---\ninside\n"}, "B", 6),
]


@pytest.mark.parametrize(("text", "data", "body", "line"), SPLITS)
def test_split_source(text: str, data: dict | None, body: str, line: int) -> None:
    document = split_source(text)
    assert document.front_matter == data
    assert document.body == body
    assert document.body_line == line


ERRORS = [
    ("---\n- a\n- b\n---\n", 2, "list"),
    ("---\njust a string\n---\n", 2, "str"),
    ("---\nx: !!python/object/apply:os.system [ls]\n---\n", 2, "not allowed"),
]


@pytest.mark.parametrize(("text", "line", "words"), ERRORS)
def test_split_errors_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ContentError) as caught:
        split_source(text)
    assert caught.value.line == line
    assert words in caught.value.message


# Jekyll reads past these: text -> (body, line noted, words of the note).
READ_PAST = [
    # Never closed: the whole file is the text.
    ("---\ntitle: A\n\nBody\n", "---\ntitle: A\n\nBody\n", 1, "never closed"),
    # Where the bracket opened, not the end of the header where PyYAML noticed.
    ("---\ntitle: [unclosed\n---\nBody", "Body", 2, "opened there is not closed"),
    ("---\ntitle: Part 1: a\n---\nBody", "Body", 2, 'title: "Part 1: the start"'),
]


@pytest.mark.parametrize(("text", "body", "line", "words"), READ_PAST)
def test_a_header_jekyll_reads_past_leaves_the_text_and_a_note(
    text: str, body: str, line: int, words: str
) -> None:
    document = split_source(text)
    assert document.front_matter == {}
    assert document.body == body
    (note,) = document.notes
    assert note.line == line
    assert words in note.message
    assert any(said in note.message for said in ("none of its settings", "alone"))


def test_duplicate_keys_are_noted_with_their_line() -> None:
    document = split_source("---\ntitle: A\ntitle: B\n---\n")
    assert document.front_matter == {"title": "B"}
    assert [(note.line, note.message) for note in document.notes] == [
        (3, "key 'title' is given twice; the last value is used")
    ]


DECODES = [
    (b"\xef\xbb\xbf---\r\na: 1\r\n---\r\n", "---\na: 1\n---\n", 0),
    (b"lone\rcr\r", "lone\ncr\n", 0),
    (b"caf\xe9\n", "café\n", 1),
    ("---\na: é\n---\n".encode("utf-16"), "---\na: é\n---\n", 1),
]


@pytest.mark.parametrize(("raw", "text", "notes"), DECODES)
def test_decode(raw: bytes, text: str, notes: int) -> None:
    decoded, found = decode(raw)
    assert decoded == text
    assert len(found) == notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [("---\n", True), ("--- \n", True), ("----\n", False), ("x\n---\n", False)],
)
def test_has_front_matter(text: str, expected: bool) -> None:
    assert has_front_matter(text) is expected

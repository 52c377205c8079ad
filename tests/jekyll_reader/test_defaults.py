import pytest

from jekyll_reader.defaults import applies, defaults_for

SETS = [
    {"scope": {"path": ""}, "values": {"layout": "default", "a": 1}},
    {"scope": {"path": "", "type": "posts"}, "values": {"layout": "post"}},
    {"scope": {"path": "projects"}, "values": {"layout": "project", "a": 2}},
    {"scope": {"path": "projects", "type": "pages"}, "values": {"nested": {"x": 1}}},
    {"scope": {"path": "projects/*.md"}, "values": {"glob": True}},
    {"scope": {"path": "", "type": "talks"}, "values": {"layout": "talk"}},
    {"values": {"b": 3}},
    {"scope": {"path": "notes"}},
]


@pytest.mark.parametrize(
    ("relpath", "doc_type", "expected"),
    [
        ("about.md", "pages", {"layout": "default", "a": 1, "b": 3}),
        ("_posts/2020-01-01-x.md", "posts", {"layout": "post", "a": 1, "b": 3}),
        (
            "projects/a.md",
            "pages",
            {"layout": "project", "a": 2, "nested": {"x": 1}, "glob": True, "b": 3},
        ),
        (
            "projects/sub/b.html",
            "pages",
            {"layout": "project", "a": 2, "nested": {"x": 1}, "b": 3},
        ),
        ("_talks/t.md", "talks", {"layout": "talk", "a": 1, "b": 3}),
        ("projectsX/a.md", "pages", {"layout": "default", "a": 1, "b": 3}),
    ],
)
def test_defaults_precedence(relpath: str, doc_type: str, expected: dict) -> None:
    assert defaults_for(SETS, relpath, doc_type) == expected


def test_scope_type_must_match() -> None:
    assert applies({"path": "", "type": "posts"}, "a.md", "posts")
    assert not applies({"path": "", "type": "posts"}, "a.md", "pages")
    assert applies({}, "anything/at/all.md", "pages")

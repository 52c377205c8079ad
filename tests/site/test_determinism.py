"""Two builds of the same content give byte-identical output."""

from __future__ import annotations

from pathlib import Path

from jekyll_tools.runner import run_build
from tests.helpers import build_fixture, tree


def test_bundled_site_builds_byte_identical(tmp_path: Path) -> None:
    first = run_build(output=tmp_path / "one", search=True).output
    second = run_build(output=tmp_path / "two", search=True).output
    one, two = tree(first), tree(second)
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_fixture_site_builds_byte_identical(tmp_path: Path) -> None:
    _, first = build_fixture("frontmatter", tmp_path / "a")
    _, second = build_fixture("frontmatter", tmp_path / "b")
    assert tree(first) == tree(second)

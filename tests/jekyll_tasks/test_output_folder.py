"""The output folder never takes the site's own files with it."""

from pathlib import Path

import pytest

from jekyll_common.errors import JekyllError
from jekyll_tasks.runner import run_build


def site(tmp_path: Path) -> Path:
    source = tmp_path / "site"
    (source / "_posts").mkdir(parents=True)
    (source / "assets").mkdir()
    (source / "assets" / "data.csv").write_text("a,b\n")
    (source / "_posts" / "2024-01-01-a.md").write_text("---\ntitle: A\n---\nA.\n")
    return source


@pytest.mark.parametrize("inside", ["assets", "_posts", "out"])
def test_a_folder_inside_the_source_is_refused_before_anything_is_written(
    tmp_path: Path, inside: str
) -> None:
    source = site(tmp_path)
    before = sorted(p.relative_to(source) for p in source.rglob("*"))
    with pytest.raises(JekyllError, match="inside the site's source folder"):
        run_build(source=source, output=source / inside)
    assert sorted(p.relative_to(source) for p in source.rglob("*")) == before


def test_a_link_into_the_source_is_refused(tmp_path: Path) -> None:
    source = site(tmp_path)
    (tmp_path / "link").symlink_to(source / "_posts")
    with pytest.raises(JekyllError, match="inside the site's source folder"):
        run_build(source=source, output=tmp_path / "link")
    assert (source / "_posts" / "2024-01-01-a.md").is_file()


def test_jekyll_s_own_site_folder_inside_the_source_is_fine(tmp_path: Path) -> None:
    source = site(tmp_path)
    result = run_build(source=source, output=source / "_site")
    assert result.errors == 0
    assert (source / "_site" / "2024" / "01" / "01" / "a.html").is_file()
    assert (source / "assets" / "data.csv").read_text() == "a,b\n"

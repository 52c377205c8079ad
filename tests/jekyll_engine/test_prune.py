"""Stale files removed from the output folder, kept folders left alone."""

from pathlib import Path

import pytest

from jekyll_engine.prune import OutputListing, build_folders, kept_folders, prune_output
from tests.helpers import write_files


@pytest.mark.parametrize("listed", [False, True])
def test_prune_output(tmp_path: Path, listed: bool) -> None:
    write_files(
        tmp_path,
        {
            "keep.html": "k",
            "old/deeper/gone.html": "g",
            "theme/css/a.css": "c",
            "a/b/keep.txt": "t",
            "a/retained/x.txt": "r",
            "c/gone.html": "g",
        },
    )
    kept = ["theme", "a/retained"]
    # Listed while the build runs, kept folders not entered: the same result.
    listing = OutputListing(tmp_path, kept) if listed else None
    removed = prune_output(
        tmp_path, [tmp_path / "keep.html", tmp_path / "a/b/keep.txt"], kept, listing
    )
    assert removed == 2
    assert not (tmp_path / "old").exists()
    assert not (tmp_path / "c").exists()
    assert (tmp_path / "theme/css/a.css").exists()
    assert (tmp_path / "a/b/keep.txt").exists()
    assert (tmp_path / "a/retained/x.txt").exists()


def test_prune_output_through_a_linked_output_folder(tmp_path: Path) -> None:
    # The kept paths name the real folder, the build was given a link to it.
    real = tmp_path / "real"
    write_files(real, {"keep.html": "k", "gone.html": "g", "a/keep.html": "k"})
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    removed = prune_output(link, [real / "keep.html", link / "a/keep.html"], [])
    assert removed == 1
    assert sorted(p.name for p in real.rglob("*.html")) == ["keep.html", "keep.html"]


def test_the_build_s_own_folders_are_kept_with_the_retained_ones() -> None:
    settings = {"THEME_STATIC_DIR": "static", "OUTPUT_RETENTION": [".git"]}
    assert build_folders(settings) == ("static", "pagefind")
    assert kept_folders(settings) == ["static", "pagefind", ".git"]
    assert kept_folders({}) == ["theme", "pagefind"]

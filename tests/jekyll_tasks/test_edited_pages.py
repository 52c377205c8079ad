"""The last build writes edited documents' own pages as the rebuild writes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jekyll_tasks.buildserver import BuildServer
from jekyll_tasks.edited_pages import LastBuild, kept_build, write_edited_pages
from jekyll_tasks.runner import run_build
from tests.helpers import write_files

POST = "_posts/2024-01-02-energy.md"
SITE = {
    "_config.yml": "title: Lab\nauthor: Ada Lovelace\npermalink: pretty\n",
    POST: """\
        ---
        title: Energy
        tags: [physics, notes]
        ---
        First paragraph.

        Mass $$E = mc^2$$ and [about](/about/).
        """,
    "_posts/2024-01-01-older.md": "---\ntitle: Older\ntags: [physics]\n---\nOld.\n",
    "_posts/2024-01-03-newer.md": "---\ntitle: Newer\n---\nNew.\n",
    "about.md": "---\ntitle: About\n---\nAbout the lab.\n",
}


def _links(page: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', page)


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), "utf-8")


def _append_a_paragraph(path: Path) -> None:
    with path.open("a", encoding="utf-8") as text:
        text.write("\nAnnealing\n")


def _kept(tmp_path: Path, files: dict[str, str], **options: bool) -> LastBuild:
    """Build ``files`` in this process (as the build server's fork does), kept."""
    write_files(tmp_path / "source", files)
    with kept_build() as kept:
        run_build(source=tmp_path / "source", output=tmp_path / "out", **options)
    return kept


@pytest.mark.parametrize(
    ("document", "page"),
    [(POST, "2024/01/02/energy/index.html"), ("about.md", "about/index.html")],
)
def test_an_edited_documents_page_is_the_rebuilds_page(
    tmp_path: Path, document: str, page: str
) -> None:
    source, output = tmp_path / "source", tmp_path / "out"
    write_files(source, SITE)
    builds = BuildServer(quiet=True)
    build = ["build", "--no-search", "--source", str(source), "--output", str(output)]
    try:
        assert builds.run(build, keep=True).code == 0
        before = (output / page).read_text(encoding="utf-8")
        _append_a_paragraph(source / document)
        # An editor's test file, come and gone, with the save.
        vanished = (source / "4913").resolve()
        edited = builds.write_edited([(source / document).resolve(), vanished])
        assert edited is not None and edited.pages == [page]
        written = (output / page).read_bytes()
        assert b"<p>Annealing</p>" in written
        # Every link is as before: the tags' and the author's pages (which
        # another generator links), the neighbours, the navigation.
        assert _links(written.decode()) == _links(before)
        stamp = (output / page).stat().st_mtime_ns
        assert builds.run(build, keep=True).code == 0
        assert (output / page).read_bytes() == written, "the rebuild wrote otherwise"
        assert (output / page).stat().st_mtime_ns == stamp
        # The kept build is spent; the rebuild is kept in its place.
        assert builds.write_edited([(source / document).resolve()]) is not None
        assert builds.write_edited([(source / document).resolve()]) is None
    finally:
        builds.close()


def test_only_documents_the_last_build_read_are_written_first(tmp_path: Path) -> None:
    source, output = tmp_path / "source", tmp_path / "out"
    kept = _kept(tmp_path, {**SITE, "_layouts/note.html": "{{ content }}"})
    write_files(source, {"_posts/2024-02-01-new.md": "---\n---\nNew.\n"})
    (tmp_path / "elsewhere.md").write_text("Elsewhere.\n", encoding="utf-8")
    (source / "about.md").unlink()
    before = {p: p.stat().st_mtime_ns for p in output.rglob("*.html")}
    for changed in (
        [source / "_posts" / "2024-02-01-new.md"],  # new since the build
        [source / "_layouts" / "note.html"],  # not a document
        [source / "_config.yml"],
        [source / POST, tmp_path / "elsewhere.md"],  # one outside the site
        [source / "about.md"],  # a document removed
        [source / "_posts"],  # a folder
    ):
        assert write_edited_pages(kept, [p.resolve() for p in changed]) is None
    # A file that came and went, never part of the site (an editor's test
    # file), changes nothing.
    assert write_edited_pages(kept, [(source / "4913").resolve()]) == []
    assert {p: p.stat().st_mtime_ns for p in output.rglob("*.html")} == before


def test_a_document_the_edit_leaves_unpublished_is_left_to_the_rebuild(
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    kept = _kept(tmp_path, SITE)
    _edit(source / POST, "title: Energy", "title: Energy\npublished: false")
    assert write_edited_pages(kept, [(source / POST).resolve()]) == []


def test_a_failed_build_is_not_kept(tmp_path: Path) -> None:
    source = tmp_path / "source"
    write_files(source, SITE)
    builds = BuildServer(quiet=True)
    try:
        missing = ["build", "--source", str(tmp_path / "gone"), "--no-search"]
        assert builds.run(missing, keep=True).code == 2
        assert builds.write_edited([(source / POST).resolve()]) is None
    finally:
        builds.close()


def test_a_production_build_swapped_in_is_not_written_into(tmp_path: Path) -> None:
    source = tmp_path / "source"
    site = {**SITE, "_config.yml": "title: Lab\nurl: https://lab.org\n"}
    kept = _kept(tmp_path, site, production=True, atomic=True)
    _append_a_paragraph(source / POST)
    assert write_edited_pages(kept, [(source / POST).resolve()]) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "source"]


def test_a_post_dated_by_its_file_is_not_in_the_future_once_saved(
    tmp_path: Path,
) -> None:
    # Dated from its file's time: saved after the build began, it is not
    # "dated in the future" for the page written first, as for the rebuild.
    source = tmp_path / "source"
    kept = _kept(tmp_path, {**SITE, "_posts/undated.md": "---\ntitle: U\n---\nU.\n"})
    _append_a_paragraph(source / "_posts" / "undated.md")
    pages = write_edited_pages(kept, [(source / "_posts" / "undated.md").resolve()])
    assert pages is not None and len(pages) == 1 and "/undated/" in pages[0]
    assert "<p>Annealing</p>" in (tmp_path / "out" / pages[0]).read_text("utf-8")

"""Whole builds of the front-matter scenario (fixtures/frontmatter/)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_tasks.runner import BuildResult, run_build
from tests.helpers import golden_path, output_files

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "frontmatter"


def build(tmp_path: Path, **overrides: object) -> tuple[BuildResult, Path]:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    output = tmp_path / "output"
    return run_build(source=source, output=output, overrides=overrides), output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    return build(tmp_path_factory.mktemp("frontmatter"))


def page(output: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((output / relative).read_text(encoding="utf-8"), "html.parser")


def test_urls_match_the_golden_list(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    assert (
        output_files(output) == golden_path("frontmatter").read_text().split("\n")[:-1]
    )


def test_summary_and_logs(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    assert result.summary.startswith("8 documents built (3 pages, 5 posts), 0 skipped")
    assert "2 not published" in result.summary
    assert not [m for level, m in result.messages if level == "ERROR"]
    warnings = [m for level, m in result.messages if level == "WARNING"]
    # Jekyll reads past the broken YAML: the post is built from its text.
    (broken,) = [w for w in warnings if "_posts/2020-07-07-bad-yaml.md:3:7:" in w]
    assert "YAML error" in broken and "built from its text alone" in broken
    assert any("layout 'mystery'" in w and "_pages/about.md" in w for w in warnings)


def test_title_typography_is_plain_text(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    soup = page(output, "notes/2020/01/31/dated-by-name/index.html")
    assert soup.title.string.startswith(
        "Dated \u2013 by its \u201cfile name\u201d\u2026"
    )
    assert soup.h1.get_text() == "Dated \u2013 by its \u201cfile name\u201d\u2026"
    body = soup.article
    assert "\u2018quotes\u2019 \u2013\xa0and" in body.get_text()
    assert body.code.get_text() == "code 'kept' -- as is"
    assert "pre 'kept' -- too" in body.pre.get_text()


def test_first_heading_is_the_title_and_stays(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    about = page(output, "about/index.html")
    assert about.title.string.startswith("About these cases")
    assert about.find(id="about-these-cases") is not None
    plain = page(output, "plain/index.html")
    assert plain.title.string.startswith("A page without front matter")


def test_no_front_matter_text_in_any_page(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    for html in output.rglob("*.html"):
        text = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").get_text()
        for marker in ("title:", "permalink:", "layout:", "nav_order:", "# A comment"):
            assert marker not in text, f"{marker!r} shows in {html}"


def test_dates_are_in_the_site_timezone(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    soup = page(output, "2020/03/04/front-matter-date-wins/index.html")
    assert soup.time["datetime"] == "2020-03-04T21:30:00-05:00"


def test_drafts_and_future_flags(tmp_path: Path) -> None:
    _, output = build(tmp_path, JEKYLL_DRAFTS=True, JEKYLL_FUTURE=True)
    files = output_files(output)
    assert "2020/09/09/a-draft/index.html" in files
    assert "2999/01/01/future/index.html" in files
    assert not any("unpublished" in f for f in files)


def test_source_folder_is_not_modified(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    before = {p: p.read_bytes() for p in source.rglob("*") if p.is_file()}
    run_build(source=source, output=tmp_path / "output")
    after = {p: p.read_bytes() for p in source.rglob("*") if p.is_file()}
    assert before == after

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_scholar.bibliography import Entry, read_bibliography
from jekyll_scholar.listing import publications
from jekyll_scholar.options import matches, site_options, tag_options
from tests.jekyll_scholar.test_listing import write

BIB = """\
@article{a2021, title = {One}, journal = {J}, year = {2021}, selected = {true}}
@inproceedings{b2020, title = {Two}, booktitle = {C}, year = {2020}}
@article{c2020, title = {Three}, journal = {J}, year = {2020}}
@article{c2020, title = {Three again}, journal = {J}, year = {2019}}
"""


def keys(html: str) -> list[str]:
    return [li["id"] for li in BeautifulSoup(html, "html.parser").select(".bib-entry")]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("-f papers", ["a2021", "b2020", "c2020", "c2020"]),
        ("-f papers -q @*[year=2020]*", ["b2020", "c2020"]),
        ("--file papers --query @article", ["a2021", "c2020", "c2020"]),
        ("-q [selected=true]", ["a2021"]),
        ("-q @article[year>=2020]", ["a2021", "c2020"]),
        ("-q @inproceedings -m 1", ["b2020"]),
    ],
)
def test_a_tag_s_query_picks_its_entries(
    tmp_path: Path, markup: str, expected: list[str]
) -> None:
    folder = write(tmp_path, BIB)
    html, count, _ = publications(folder, {}, "", tag_options(markup, {}))
    assert keys(html) == expected
    assert count == len(expected)


def test_grouping_and_order_follow_the_tag_and_the_site(tmp_path: Path) -> None:
    folder = write(tmp_path, BIB)
    options = tag_options("--group_by year --group_order descending", {})
    html, _, _ = publications(folder, {}, "", options)
    years = BeautifulSoup(html, "html.parser").select(".bib-year")
    assert [h.get_text() for h in years] == ["2021", "2020", "2019"]
    # al-folio's settings: no groups, newest first, in a <ul>.
    site = {
        "scholar": {
            "sort_by": "year",
            "order": "descending",
            "bibliography_list_tag": "ul",
        }
    }
    html, _, _ = publications(folder, site, "", tag_options("", site))
    assert keys(html) == ["a2021", "c2020", "b2020", "c2020"]
    assert BeautifulSoup(html, "html.parser").select_one("ul.bib-list") is not None
    assert BeautifulSoup(html, "html.parser").select(".bib-year") == []


def test_entries_sharing_a_key_are_all_kept_with_one_warning(tmp_path: Path) -> None:
    found = read_bibliography(write(tmp_path, BIB))
    assert [e.title for e in found.entries] == ["One", "Two", "Three", "Three again"]
    (problem,) = found.problems
    assert (
        "entry c2020 shares its key with an earlier entry; both are listed" in problem
    )


@pytest.mark.parametrize("name", ["../../outside/secret", "/etc/x", "../*", "a/b"])
def test_a_file_out_of_the_folder_is_never_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.bib").write_text("@misc{secret, title={S}}")
    (tmp_path / "site").mkdir()
    folder = write(tmp_path / "site", BIB)
    found = read_bibliography(folder, name)
    assert found.entries == []
    assert "is not a file name of the folder" in found.problems[0]


def test_a_link_to_a_file_elsewhere_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "secret.bib").write_text("@misc{secret, title={S}}")
    (tmp_path / "site").mkdir()
    folder = write(tmp_path / "site", BIB)
    (folder / "_bibliography" / "linked.bib").symlink_to(tmp_path / "secret.bib")
    found = read_bibliography(folder)
    assert "secret" not in [e.key for e in found.entries]
    assert any("is a link to a file outside the site" in p for p in found.problems)


def test_queries() -> None:
    assert site_options({}).group_by == "none"
    assert not matches(_entry("misc", {"year": "2020"}), "@article")
    assert matches(_entry("misc", {"year": "2020"}), "@*[year=2020]*")
    assert matches(_entry("misc", {"title": "Deep Nets"}), "@*[title~=deep]")
    assert not matches(_entry("misc", {}), "@*[year=2020]")


def _entry(kind: str, fields: dict) -> Entry:
    return Entry("k", kind, "T", (), fields.get("year", ""), "", fields, "")


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "vbscript:x",
     "javascript:alert(1)//://", "data:text/html,x"],
)  # fmt: skip
def test_a_link_of_another_scheme_is_left_out_and_named(
    tmp_path: Path, url: str
) -> None:
    bib = f"@misc{{k, title={{T}}, year={{2020}}, website={{{url}}}, code={{{url}}}}}\n"
    html, _, problems = publications(write(tmp_path, bib), {}, "")
    assert "<a " not in html
    assert len(problems) == 2
    assert all("is not an http(s), mailto or site address" in p for p in problems)


def test_a_tag_may_name_several_files(tmp_path: Path) -> None:
    folder = write(tmp_path, BIB)
    (folder / "_bibliography" / "talks.bib").write_text(
        "@misc{t2022, title = {Talk}, year = {2022}}\n", encoding="utf-8"
    )
    assert tag_options("-f papers --file talks", {}).files == ("papers", "talks")
    html, count, _ = publications(
        folder, {}, "", tag_options("-f talks --file papers -q @misc", {})
    )
    assert (keys(html), count) == (["t2022"], 1)
    both = tag_options("-f papers -f talks", {})
    assert publications(folder, {}, "", both)[1] == 5
    # The site's own file, unless the tag names others.
    site = {"scholar": {"bibliography": "talks.bib"}}
    assert site_options(site).files == ("talks.bib",)
    assert tag_options("-f papers", site).files == ("papers",)

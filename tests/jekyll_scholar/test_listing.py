import logging
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_scholar.bibliography import read_bibliography, read_file
from jekyll_scholar.listing import publications, site_author_names, venue_text

BIB = """\
@article{a2021,
  title = {First {Paper}},
  author = {Researcher, Ada and M{\\"u}ller, Karl},
  journal = {J. Hydrol.},
  year = {2021},
  doi = {10.1/x},
  pdf = {a.pdf},
  abstract = {An abstract.},
  selected = {true},
}

@misc{broken2020,
  title = {Never closed,
  year = 2020
}

@book{b2019, title = "Second", author = "Other, Bo", publisher = "Press", year = 2019,
  url = {https://example.org/b}}
"""


def write(tmp_path: Path, text: str = BIB) -> Path:
    folder = tmp_path / "_bibliography"
    folder.mkdir()
    (folder / "papers.bib").write_text(text, encoding="utf-8")
    return tmp_path


def test_entries_are_read_and_a_bad_one_is_named(tmp_path: Path) -> None:
    found = read_bibliography(write(tmp_path))
    assert [e.key for e in found.entries] == ["a2021", "b2019"]
    first = found.entries[0]
    assert first.title == "First Paper"
    assert first.authors == (("Ada", "Researcher"), ("Karl", "Müller"))
    assert (first.venue, first.year, first.file) == (
        "J. Hydrol.",
        "2021",
        "_bibliography/papers.bib:1",
    )
    # The BibTeX shown leaves out the fields only the site uses.
    assert "pdf" not in first.bibtex and "selected" not in first.bibtex
    assert "doi = {10.1/x}" in first.bibtex
    (problem,) = found.problems
    assert problem.startswith(
        "_bibliography/papers.bib:12: entry broken2020 cannot be read (Unexpected block "
        "start: `@book`."
    )


def test_authors_joined_by_commas_are_listed_as_written(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        "@article{comma2019,\n author = {Qiu Quan, Sun Na, Bai He, Wang Ning},\n"
        " title = {Fields},\n year = {2019}\n}\n",
    )
    found = read_bibliography(folder)
    (entry,) = found.entries
    assert (entry.key, entry.title, entry.year) == ("comma2019", "Fields", "2019")
    assert entry.authors == (("", "Qiu Quan, Sun Na, Bai He, Wang Ning"),)
    (problem,) = found.problems
    assert problem.startswith("_bibliography/papers.bib:1: entry comma2019: ")
    assert problem.endswith(
        "its authors are listed as written (separate names with 'and')"
    )


def test_garbage_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = write(tmp_path, "@@@ {{{ not bibtex at all\n\x00\n@article{")
    found = read_file(folder / "_bibliography" / "papers.bib", "papers.bib")
    assert found.entries == []


def test_the_listing(tmp_path: Path) -> None:
    source = write(tmp_path)
    (source / "assets" / "pdf").mkdir(parents=True)
    (source / "assets" / "pdf" / "a.pdf").write_bytes(b"%PDF-1.4")
    site = {"author": {"name": "Ada Researcher"}}
    html, count, problems = publications(source, site, "/base")
    assert count == 2 and len(problems) == 1  # the broken entry
    page = BeautifulSoup(html, "html.parser")
    assert [h.get_text() for h in page.select(".bib-year")] == ["2021", "2019"]
    first = page.select_one("#a2021")
    assert first.select_one(".me").get_text() == "Ada Researcher"
    links = {a.get_text(): a["href"] for a in first.select(".bib-links a")}
    assert links == {"PDF": "/base/assets/pdf/a.pdf", "DOI": "https://doi.org/10.1/x"}
    assert first.select_one("details.bib-abstract p").get_text() == "An abstract."
    assert (
        first.select_one("details.bib-bibtex code")
        .get_text()
        .startswith("@article{a2021,")
    )
    (source / "assets" / "pdf" / "a.pdf").unlink()
    html, _, problems = publications(source, site, "")
    assert "assets/pdf/a.pdf" not in html
    assert any(
        "entry a2021: its pdf '/assets/pdf/a.pdf' is not in the site" in p
        for p in problems
    )


def test_whose_name_is_bold() -> None:
    assert site_author_names({"author": {"name": "Ada B. Researcher"}}) == (
        ("Ada B.", "Researcher"),
    )
    scholar = {"scholar": {"last_name": ["Researcher"], "first_name": ["Ada", "A."]}}
    assert site_author_names(scholar) == (("Ada", "Researcher"), ("A.", "Researcher"))
    assert site_author_names({}) == ()


def test_bibtexparser_says_nothing_of_its_own(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Its messages name no file: they reach the user as problems that do.
    with caplog.at_level(logging.DEBUG):
        found = read_bibliography(write(tmp_path))
    assert [r for r in caplog.records if r.name.startswith("bibtexparser")] == []
    assert found.problems and found.problems[0].startswith(
        "_bibliography/papers.bib:12:"
    )


@pytest.mark.parametrize(
    ("venue", "year", "shown"),
    [
        ("Journal of Hydrology", "2021", "Journal of Hydrology, 2021"),
        ("Proceedings of ICLR, 2025.", "2025", "Proceedings of ICLR, 2025"),
        ("NeurIPS.", "", "NeurIPS"),
        ("", "2019", "2019"),
    ],
)
def test_the_year_is_shown_once(venue: str, year: str, shown: str) -> None:
    assert venue_text(venue, year) == shown

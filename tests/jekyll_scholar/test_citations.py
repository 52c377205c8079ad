"""jekyll-scholar's in-text citations, APA's way."""

from __future__ import annotations

from jekyll_scholar.bibliography import Entry
from jekyll_scholar.citations import MISSING, citation_html, citation_text


def entry(key: str, *lasts: str, year: str = "2020", title: str = "T") -> Entry:
    return Entry(
        key=key,
        kind="article",
        title=title,
        authors=tuple(("A.", last) for last in lasts),
        year=year,
        venue="",
        fields={},
        bibtex="",
    )


def test_one_two_and_many_authors() -> None:
    assert citation_text(entry("a", "Lovelace", year="1843")) == "Lovelace, 1843"
    assert citation_text(entry("b", "Turing", "Church")) == "Turing & Church, 2020"
    assert citation_text(entry("c", "Ng", "Li", "Wu")) == "Ng et al., 2020"


def test_an_entry_without_authors_or_year_is_named_by_its_title() -> None:
    assert citation_text(entry("d", year="", title="Report")) == "Report"


def test_several_keys_make_one_parenthesis_linked_to_the_first() -> None:
    entries = {e.key: e for e in (entry("a", "Lovelace"), entry("b", "Turing"))}
    assert citation_html(["a", "b"], entries) == (
        '<a class="citation" href="#a">(Lovelace, 2020; Turing, 2020)</a>'
    )


def test_an_unknown_key_makes_the_whole_citation_missing() -> None:
    entries = {"a": entry("a", "Lovelace")}
    assert citation_html(["a", "zzz"], entries) == MISSING
    assert citation_html([], entries) == MISSING


def test_names_stay_text() -> None:
    entries = {'x"': entry('x"', "<b>O'Brien</b>")}
    shown = citation_html(['x"'], entries)
    assert "<b>" not in shown and "&lt;b&gt;" in shown and 'href="#x&quot;"' in shown

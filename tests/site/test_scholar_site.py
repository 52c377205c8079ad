"""A research site the al-folio and Minimal Mistakes way (fixtures/scholar/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_tasks.runner import BuildResult, run_build
from tests.conftest import SiteBuilder
from tests.helpers import build_fixture, write_files

FIXTURE = Path(__file__).parent / "fixtures" / "scholar"
POST = "2024/03/04/long-post.html"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    return build_fixture("scholar", tmp_path_factory.mktemp("scholar"), production=True)  # type: ignore[return-value]


def page(output: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")


# A page of the fixture's publications, at /publications/.
PUBLICATIONS = "---\ntitle: Publications\npermalink: /publications/\n---\n"


def with_papers(
    build_site: SiteBuilder, files: dict[str, str], config: str = "title: Lab\n"
) -> tuple[BuildResult, Path]:
    """Build ``files`` beside the fixture's BibTeX file, with ``config``."""
    bib = (FIXTURE / "_bibliography" / "papers.bib").read_text(encoding="utf-8")
    result, output = build_site(
        {"_config.yml": config, "_bibliography/papers.bib": bib, **files}
    )
    assert result.errors == 0
    return result, output


def test_the_build_is_clean(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    assert (result.errors, result.warnings) == (0, 0), result.messages


def test_publications_come_from_the_bibtex_file(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    publications = page(output, "publications/index.html")
    assert [h.get_text() for h in publications.select(".bib-year")] == [
        "2021",
        "2019",
        "2017",
    ]
    assert len(publications.select(".bib-entry")) == 3
    assert publications.select_one(".me").get_text() == "Ada Researcher"
    nitrate = publications.select_one("#researcher2021nitrate")
    assert [a.get_text() for a in nitrate.select(".bib-links a")] == [
        "PDF",
        "DOI",
        "Code",
    ]
    assert (output / "assets/pdf/nitrate.pdf").is_file()


def test_navigation_toc_math_comments_and_analytics(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    post = page(output, POST)
    nav = [a.get_text() for a in post.select(".site-nav > ul > li > a")]
    assert nav[:3] == ["Publications", "Notes", "About"]
    toc = [a.get_text().replace("\xa0", " ") for a in post.select("nav.page-toc a")]
    assert toc == ["The balance", "The code", "Boundary conditions", "Results"]
    assert "\\frac{dS}{dt}" in post.select_one(".content").get_text()
    assert post.select_one("section.comments")["data-provider"] == "giscus"
    counter = post.find("script", attrs={"data-goatcounter": True})
    assert counter["data-goatcounter"] == "https://hydro.goatcounter.com/count"


def test_al_folio_publications_page_with_the_bibliography_tag(
    build_site: SiteBuilder,
) -> None:
    bib = (FIXTURE / "_bibliography" / "papers.bib").read_text(encoding="utf-8")
    result, output = build_site(
        {
            "_config.yml": "title: Lab\nauthor: Ada Researcher\n",
            "_bibliography/papers.bib": bib + "\n@article{bad,\n title = {x\n",
            "_pages/publications.md": (
                "---\nlayout: page\ntitle: Publications\npermalink: /publications/\n---\n"
                "<!-- _pages/publications.md -->\n"
                '<div class="publications">\n\n{% bibliography -f papers %}\n\n</div>\n'
            ),
        }
    )
    assert result.errors == 0
    listing = page(output, "publications/index.html").select_one(
        ".content .bibliography"
    )
    assert len(listing.select(".bib-entry")) == 3
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert any(
        "_bibliography/papers.bib:" in w and "entry bad cannot be read" in w
        for w in warnings
    )
    # Its PDF and slides are not in this site: the links are left out, named.
    assert sum("is not in the site; the link is left out" in w for w in warnings) == 2


def test_collections_without_an_index_page_get_one(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": (
                "title: Lab\ncollections:\n  talks: {output: true}\n"
                "  teaching: {output: true}\n  notes: {output: true}\n"
            ),
            "_talks/2021-keynote.md": (
                "---\ntitle: Keynote\ntype: Talk\nvenue: AGU\ndate: 2021-12-13\n---\nSlides.\n"
            ),
            "_talks/2023-seminar.md": "---\ntitle: Seminar\ndate: 2023-02-01\n---\nX.\n",
            "_teaching/hydrology.md": "---\ntitle: Hydrology 101\n---\nA course.\n",
            "teaching.md": "---\ntitle: Teaching\npermalink: /teaching/\n---\nOwn page.\n",
            "_notes/n.md": "---\ntitle: A note\n---\nNot a research collection.\n",
        }
    )
    assert result.errors == 0
    talks = page(output, "talks/index.html")
    assert talks.select_one("h1").get_text() == "Talks"
    items = talks.select(".archive-item")
    assert [i.h2.get_text() for i in items] == ["Seminar", "Keynote"]
    assert "Talk, AGU, 13 December 2021" in items[1].select_one(".meta").get_text()
    # The site's own page at /teaching/ wins; other collections get none.
    assert "Own\xa0page." in page(output, "teaching/index.html").get_text()
    assert not (output / "notes" / "index.html").exists()


def test_an_empty_index_page_lists_its_collection_and_stays_current(
    tmp_path: Path,
) -> None:
    # academicpages' talks page without its theme code: a layout, no body.
    source = tmp_path / "source"
    files = {
        "_config.yml": "title: Lab\ncollections:\n  talks: {output: true}\n",
        "_pages/talks.html": (
            "---\nlayout: archive\ntitle: Talks\npermalink: /talks/\n---\n"
            "<!-- the theme's loop, not migrated -->\n"
        ),
        "_talks/2021-keynote.md": "---\ntitle: Keynote\ndate: 2021-12-13\n---\nSlides.\n",
    }
    write_files(source, files)
    output = tmp_path / "output"
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    run_build(source=source, output=output, overrides=cache)
    assert [
        h.get_text() for h in page(output, "talks/index.html").select(".content h2")
    ] == ["Keynote"]
    write_files(
        source,
        {"_talks/2023-seminar.md": "---\ntitle: Seminar\ndate: 2023-02-01\n---\nX.\n"},
    )
    result = run_build(source=source, output=output, overrides=cache)
    assert result.errors == 0
    assert [
        h.get_text() for h in page(output, "talks/index.html").select(".content h2")
    ] == [
        "Seminar",
        "Keynote",
    ]


def test_the_site_s_own_publications_page_lists_the_entries_below_its_text(
    build_site: SiteBuilder,
) -> None:
    _, output = with_papers(
        build_site,
        {"_pages/publications.md": PUBLICATIONS + "Our papers, newest first.\n"},
    )
    content = page(output, "publications/index.html").select_one(".content")
    assert "Our papers" in content.get_text()
    assert len(content.select(".bibliography .bib-entry")) == 3


def test_al_folio_s_page_lists_each_year_once(build_site: SiteBuilder) -> None:
    body = (
        "{% assign years = '2021,2019,2017' | split: ',' %}"
        '{% for y in years %}<h2 class="year">{{ y }}</h2>\n\n'
        "{% bibliography -f papers -q @*[year={{y}}]* %}\n\n{% endfor %}\n"
    )
    _, output = with_papers(
        build_site,
        {"_pages/publications.md": PUBLICATIONS + body},
        "title: Lab\nscholar:\n  bibliography: papers.bib\n",
    )
    content = page(output, "publications/index.html").select_one(".content")
    lists = content.select(".bibliography")
    assert [len(one.select(".bib-entry")) for one in lists] == [1, 1, 1]


def test_a_post_cites_and_lists_what_it_cites(build_site: SiteBuilder) -> None:
    result, output = with_papers(
        build_site,
        {
            "_posts/2024-01-02-notes.md": (
                "---\ntitle: Notes\n---\n"
                "As shown {% cite researcher2019exchange %}, and again "
                "{% cite researcher2021nitrate researcher2017thesis %}; "
                "not {% cite nobody2000 %}.\n\n"
                "{% bibliography --cited_in_order %}\n"
            ),
        },
    )
    cite_warnings = [text for _, text in result.messages if "{% cite" in text]
    assert cite_warnings == [
        "_posts/2024-01-02-notes.md: {% cite nobody2000 %}: no entry nobody2000 "
        "in the bibliography; it is shown as '(missing reference)', as "
        "jekyll-scholar shows it. Add the entry to _bibliography/ or correct the key."
    ]
    content = page(output, "2024/01/02/notes.html").select_one(".content")
    citations = content.select("a.citation")
    assert [(a["href"], a.get_text()) for a in citations] == [
        ("#researcher2019exchange", "(Chen & Researcher, 2019)"),
        (
            "#researcher2021nitrate",
            "(Researcher et al., 2021; Researcher, 2017)",
        ),
    ]
    assert "(missing reference)" in " ".join(content.get_text().split())
    listed = [li["id"] for li in content.select(".bibliography .bib-entry")]
    assert listed == [
        "researcher2019exchange",
        "researcher2021nitrate",
        "researcher2017thesis",
    ]
    # Each citation's link leads to its entry on the page.
    assert all(content.select_one(a["href"]) is not None for a in citations)


def test_years_without_publications_are_left_out_by_their_count(
    build_site: SiteBuilder,
) -> None:
    # jekyll-scholar's own idiom: capture the count, list the year if any.
    body = (
        "I have {% bibliography_count %} papers.\n\n"
        "{% for y in (2016..2021) reversed %}"
        "{%- capture n -%}{%- bibliography_count --query @*[year={{y}}] -%}"
        "{%- endcapture -%}\n"
        '{% if n != "0" %}\n## {{ y }}\n{% bibliography --query @*[year={{y}}] %}\n'
        "{% endif %}{% endfor %}\n"
    )
    _, output = with_papers(build_site, {"_pages/publications.md": PUBLICATIONS + body})
    content = page(output, "publications/index.html").select_one(".content")
    assert content.p.get_text() == "I have 3\xa0papers."  # a widow kept off
    assert [h.contents[0].strip() for h in content.select("h2")] == [
        "2021",
        "2019",
        "2017",
    ]

"""A research site's content Liquid on a whole build (fixtures/research/).

Publications and talks listed from collections by content Liquid, a home
page paginated by jekyll-paginate's rules, every Jekyll tag and filter on
one page, and Jekyll's reading rules for dates and the posts collection.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_tasks.runner import BuildResult, run_build
from tests.helpers import build_fixture

FIXTURE = Path(__file__).parent / "fixtures" / "research"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    return build_fixture("research", tmp_path_factory.mktemp("research"))  # type: ignore[return-value]


def content(output: Path, path: str) -> BeautifulSoup:
    # Typography keeps the last two words together with a no-break space.
    html = (output / path).read_text(encoding="utf-8")
    soup = BeautifulSoup(
        html.replace("\xa0", " ").replace("&nbsp;", " "), "html.parser"
    )
    return soup.select_one(".content")


def titles(page: BeautifulSoup, selector: str) -> list[str]:
    return [a.get_text() for a in page.select(selector)]


def test_the_build_is_clean(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    assert (result.errors, result.warnings) == (0, 0), result.messages


def test_publications_and_talks_are_listed_from_their_collections(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    publications = content(output, "publications/index.html")
    # `site.publications reversed`: the newest first.
    assert titles(publications, "h2 a") == [
        "Nitrate in riparian zones",
        "River exchange flows",
    ]
    links = [a["href"] for a in publications.select("h2 a")]
    assert links == [
        "/publication/2021-07-15-nitrate/",
        "/publication/2019-03-01-river-flows/",
    ]
    assert all((output / link.lstrip("/") / "index.html").is_file() for link in links)
    assert "Published in Journal of Hydrology, 2021" in publications.get_text()
    assert publications.find("a", string="Download paper")["href"].endswith(".pdf")
    talks = content(output, "talks/index.html").get_text()
    assert "Keynote on groundwater" in talks and "Keynote, Hydrology Days" in talks


def test_the_home_page_is_paginated_as_jekyll_paginate_does(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    first = content(output, "index.html")
    second = content(output, "page2/index.html")
    assert [a.get_text() for a in first.select(".news a")] == [
        "Newest",
        "A date Ruby reads",
    ]
    # Posts with `hidden: true` are left out; 4 posts, 2 a page.
    assert [a.get_text() for a in second.select(".news a")] == ["Models", "Late night"]
    assert "Page 1 of 2 (4 posts)" in first.get_text()
    assert first.select_one("a.next")["href"] == "/page2"
    assert first.select_one("a.previous") is None
    assert second.select_one("a.previous")["href"] == "/"
    assert second.select_one("a.next") is None
    assert not (output / "page3").exists()


def test_every_tag_and_filter(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    page = content(output, "every-tag/index.html")
    text = " ".join(page.get_text().split())
    expected = [
        "NOTE: Every tag and filter",
        "Included from beside the page: Every tag and filter.",
        "Kept: {{ not Liquid }}",
        "Years: 2024, 2023, 2021, 2020, 2017.",
        "Tagged models: A date Ruby reads and Models.",
        "Venues: Journal of Hydrology; Water Resources Research.",
        "Found: nitrate-in-riparian-zones; R&D <now>; a+b; a%20b.",
        "Stack: zabc zab abc.",
        "Dates: February 3rd, 2021; 2021-02-03T00:00:00-08:00; "
        "Wed, 03 Feb 2021 00:00:00 -0800.",
        "Tags: field (2), models (2).",
        "More: https://lab.example/cv.pdf; 03 Feb 2021; /news/2020/05/01/models/; "
        "2 groups; publications; A date Ruby reads.",
    ]
    for line in expected:
        assert line in text
    assert page.select_one("td.linenos") is not None
    assert page.select_one("td.code .mi").get_text() == "42"
    assert page.find("a", string="models")["href"] == "/news/2020/05/01/models/"
    assert page.find("a", string="talks")["href"] == "/talks/"
    assert page.find("em").get_text() == "markdownified"


@pytest.mark.parametrize(
    "url",
    [
        # collections: posts: permalink: wins over the site's permalink.
        "news/2020/05/01/models/",
        # date: 2017-06-27 04:00:00 is UTC (Ruby's YAML), the 26th in LA.
        "news/2017/06/26/late-night/",
        # date: 2023-01-29 18:30:22 2023 -0800, as Ruby's Time.parse reads it.
        "news/2023/01/29/ruby-date/",
    ],
)
def test_jekylls_reading_rules_place_the_posts(
    built: tuple[BuildResult, Path], url: str
) -> None:
    _, output = built
    assert (output / url / "index.html").is_file()


def test_a_warm_build_sees_a_changed_document_in_every_list(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    output = tmp_path / "output"
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    run_build(source=source, output=output, overrides=cache)
    paper = source / "_publications" / "2019-03-01-river-flows.md"
    paper.write_text(
        paper.read_text(encoding="utf-8").replace(
            'title: "River exchange flows"', 'title: "Renamed paper"'
        ),
        encoding="utf-8",
    )
    newest = source / "_posts" / "2024-02-02-newest.md"
    newest.unlink()
    result = run_build(source=source, output=output, overrides=cache)
    assert result.errors == 0
    titles = [
        a.get_text() for a in content(output, "publications/index.html").select("h2 a")
    ]
    assert titles == ["Nitrate in riparian zones", "Renamed paper"]
    home = [a.get_text() for a in content(output, "index.html").select(".news a")]
    assert home == ["A date Ruby reads", "Models"]
    assert [
        a.get_text() for a in content(output, "page2/index.html").select(".news a")
    ] == ["Late night"]


def test_a_collection_with_output_false_is_listed_not_written(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    awards = content(output, "awards/index.html")
    assert titles(awards, ".awards li") == [
        "Early career award (2023)",
        "Best paper (2021)",
    ]
    assert not list(output.rglob("*early-career*"))

"""A whole build of the bundled site in content/, as `invoke build` makes it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_tasks.runner import BuildResult, run_build
from tests.helpers import PROJECT_ROOT, output_files

CONTENT = PROJECT_ROOT / "content"
POST = "_posts/research-diary-2-machine-learning.md"
# SHA-256 of the four seed documents as they were given: never edited.
SEED_SHA256 = {
    "index.md": "d3131ce5e57998d04487059b1485e0ce20da6ed6bac08660c30370d9453ddbfb",
    "_pages/research.md": "7e5421714398f7d33364b8d0e28cbece4c77189eb97907d26fd0ba4a73455b57",
    "_pages/statement-of-academic-purpose.md": (
        "8e56d654bd2479c323fd1030963fd9ddbad95f652d7c59c747b0ef25c262053a"
    ),
    POST: "6abd672495c5def2b944c70e04caf7b7d37f580f0cd3101d6453d9c73381cb90",
}


def first_commit_date(relative: str) -> dt.datetime:
    dates = subprocess.run(
        ["git", "log", "--format=%aI", "--", relative],
        cwd=CONTENT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert dates, f"{relative} is not committed"
    return dt.datetime.fromisoformat(dates[-1]).astimezone(dt.UTC)


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    output = tmp_path_factory.mktemp("bundled") / "output"
    before = tree_hash(CONTENT)
    result = run_build(output=output)
    assert tree_hash(CONTENT) == before, "the build changed content/"
    return result, output


def test_output_urls(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    date = first_commit_date(POST)
    assert output_files(output) == sorted(
        [
            "index.html",
            "blog/index.html",
            "research/index.html",
            "statement-of-academic-purpose/index.html",
            "nmp.html",
            "nmp/index.html",
            "redirects.json",
            "_redirects",
            ".htaccess",
            "redirects.nginx.conf",
            "tag/wona/index.html",
            "tags/index.html",
            "category/career/index.html",
            "categories/index.html",
            "feed.xml",
            "feed/by_tag/wona.xml",
            "feed/career.xml",
            "sitemap.xml",
            "robots.txt",
            "404.html",
            "search/index.html",
            "author/ashish-sinha/index.html",
            f"career/{date:%Y/%m/%d}/research-diary-2-machine-learning/index.html",
        ]
    )


def test_four_documents_built_none_skipped(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    assert result.summary.startswith("4 documents built (3 pages, 1 post), 0 skipped")
    assert result.errors == 0


def test_missing_files_and_the_undated_post_are_reported(
    built: tuple[BuildResult, Path],
) -> None:
    result, _ = built
    warnings = [message for level, message in result.messages if level == "WARNING"]
    assert len(warnings) == 3
    assert any("index.md" in w and "/assets/img/galgif.gif" in w for w in warnings)
    assert any(f"{POST}:7: image 'ashish1.jpeg'" in w for w in warnings)
    assert any(POST in w and "from git" in w for w in warnings)


def test_titles_and_no_front_matter_text(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    for html in output.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        text = soup.get_text()
        for marker in ("permalink:", "redirect_from", "sidebar_sort_order", "layout:"):
            assert marker not in text, f"{marker!r} shows in {html}"
    statement = output / "statement-of-academic-purpose/index.html"
    soup = BeautifulSoup(statement.read_text(encoding="utf-8"), "html.parser")
    # No front matter: named by its first heading, written in capitals, shown
    # in title case as the page's visible H1, once (not again in the body).
    assert soup.title.string.startswith("Statement of Academic Purpose")
    heading = soup.select_one("h1.document-title")
    assert heading.get_text() == "Statement of Academic Purpose"
    assert not heading.has_attr("hidden")
    assert "STATEMENT OF ACADEMIC PURPOSE" not in soup.select_one(".content").get_text()
    home = BeautifulSoup(
        (output / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert home.select_one("h1.document-title").get_text() == "Research Notes"


def test_post_is_dated_from_git_and_has_no_header_image(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    date = first_commit_date(POST)
    page = (
        output / f"career/{date:%Y/%m/%d}/research-diary-2-machine-learning/index.html"
    )
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert soup.time["datetime"] == date.replace(microsecond=0).isoformat()
    assert soup.find("img", class_="header-image") is None
    assert soup.h1.get_text() == "Research Diary 2: Machine Learning"
    assert soup.find(id="why-i-decided-to-pursue-research") is not None


def test_home_lists_nest_as_in_kramdown(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    soup = BeautifulSoup(
        (output / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    computers = next(
        li for li in soup.find_all("li") if li.get_text().startswith("Computers")
    )
    assert [a.get_text().replace("\xa0", " ") for a in computers.find_all("a")][:2] == [
        "Polaris",
        "SambaNova and Cerebras AI accelerator systems",
    ]
    assert soup.find(id="tools").find_next_sibling("p") is not None
    assert soup.find(id="tools").find_next_sibling("ul") is not None


def test_seed_bytes_are_unchanged() -> None:
    for relative, digest in SEED_SHA256.items():
        assert hashlib.sha256((CONTENT / relative).read_bytes()).hexdigest() == digest


def test_old_research_urls_redirect(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    mapping = json.loads((output / "redirects.json").read_text(encoding="utf-8"))
    assert mapping == {"/nmp.html": "/research/", "/nmp/": "/research/"}
    for name in ("_redirects", ".htaccess", "redirects.nginx.conf"):
        text = (output / name).read_text(encoding="utf-8")
        assert "/nmp/" in text
        assert "/nmp.html" in text


def soup_of(output: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((output / relative).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize(
    "archive", ["tag/wona/index.html", "category/career/index.html"]
)
def test_archives_list_the_post_with_its_excerpt(
    built: tuple[BuildResult, Path], archive: str
) -> None:
    _, output = built
    soup = soup_of(output, archive)
    (item,) = soup.select("ol.post-list > li")
    assert item.a.get_text() == "Research Diary 2: Machine Learning"
    excerpt = item.select_one(".excerpt").get_text()
    assert excerpt.startswith("Let\u2019s start with a brief introduction of mine.")
    assert "power of machine learning." in excerpt.replace("\xa0", " ")


def test_feed_is_atom_with_jekyll_feed_ids(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.parse(output / "feed.xml").getroot()
    for required in ("a:id", "a:title", "a:updated"):
        assert root.find(required, ns) is not None
    (entry,) = root.findall("a:entry", ns)
    date = first_commit_date(POST)
    expected = f"https://example.github.io/career/{date:%Y/%m/%d}/research-diary-2-machine-learning"
    assert entry.find("a:id", ns).text == expected
    assert entry.find("a:link", ns).get("href") == expected + "/"
    assert entry.find("a:title", ns).text == "Research Diary 2: Machine Learning"
    assert {c.get("term") for c in entry.findall("a:category", ns)} == {
        "wona",
        "career",
    }


def test_sitemap_lists_documents_not_redirects(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        loc.text
        for loc in ET.parse(output / "sitemap.xml").getroot().iter(f"{{{ns['s']}}}loc")
    }
    date = first_commit_date(POST)
    base = "https://example.github.io/"
    for path in ("", "research/", "statement-of-academic-purpose/",
                 f"career/{date:%Y/%m/%d}/research-diary-2-machine-learning/"):  # fmt: skip
        assert base + path in locations
    assert not any("nmp" in location for location in locations)
    robots = (output / "robots.txt").read_text(encoding="utf-8")
    assert robots == "Sitemap: https://example.github.io/sitemap.xml\n"


def test_seo_meta(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    research = soup_of(output, "research/index.html")
    description = "Page contains updates about my current research interests"
    assert (
        research.find("meta", attrs={"name": "description"})["content"] == description
    )
    assert (
        research.find("link", rel="canonical")["href"]
        == "https://example.github.io/research/"
    )
    assert research.find("meta", property="og:title")["content"] == "Research"
    home = soup_of(output, "index.html")
    ld = json.loads(home.find("script", type="application/ld+json").string)
    assert ld["@type"] == "WebSite"
    date = first_commit_date(POST)
    post = soup_of(
        output, f"career/{date:%Y/%m/%d}/research-diary-2-machine-learning/index.html"
    )
    ld = json.loads(post.find("script", type="application/ld+json").string)
    assert ld["@type"] == "BlogPosting"
    assert ld["author"] == {"@type": "Person", "name": "Ashish Sinha"}
    redirect = soup_of(output, "nmp/index.html")
    assert redirect.find("script", type="application/ld+json") is None

"""Whole builds of the redirect scenario (fixtures/redirects/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_tasks.runner import BuildResult
from tests.conftest import SiteBuilder
from tests.helpers import build_fixture, golden_path, output_files
from tests.site.parity import redirect_target

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    return build_fixture("redirects", tmp_path_factory.mktemp("redirects"))


def test_urls_match_the_golden_list(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    assert output_files(output) == golden_path("redirects").read_text().split("\n")[:-1]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        # Claimed by claimant.md and research.md: the last by path is kept,
        # as Jekyll writes both and the file holds the last.
        ("nmp/index.html", "https://redirects.example/sub/research/"),
        ("nmp.html", "https://redirects.example/sub/research/"),
        ("old page.html", "https://redirects.example/sub/research/"),
        ("deep/er/path.php.html", "https://redirects.example/sub/research/"),
        ("2021/old-post.html", "https://redirects.example/sub/2021/02/03/a-post/"),
        ("moved/index.html", "https://redirects.example/sub/research/"),
        ("external/index.html", "https://elsewhere.example/page/"),
    ],
)
def test_redirect_pages(
    built: tuple[BuildResult, Path], path: str, target: str
) -> None:
    _, output = built
    soup = BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("link", rel="canonical")["href"] == target
    assert (
        soup.find("meta", attrs={"http-equiv": "refresh"})["content"]
        == f"0; url={target}"
    )
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert soup.find("a", href=target) is not None
    assert soup.script.string == f'location.replace("{target}");'


def test_refusals_name_the_files(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    errors = [message for level, message in result.messages if level == "ERROR"]
    expected = [
        ("research.md", "'/../escape/'"),
        ("research.md", "'/%2e%2e/encoded/'"),
        ("research.md", "'/query?x=1'"),
        ("research.md", "'/research/' is the URL of a page"),
        ("hostile.md", "javascript:"),
        ("loop-a.md, ", "loop"),
    ]
    for source, words in expected:
        assert any(source in e and words in e for e in errors), (source, words)
    assert len(errors) == 7  # two loop entries, one per page
    warnings = [message for level, message in result.messages if level == "WARNING"]
    assert any(
        "claimant.md" in w
        and "'/nmp/' is also redirected by" in w
        and "research.md" in w
        for w in warnings
    )


def test_real_page_wins_and_refused_redirects_keep_the_page(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    research = BeautifulSoup(
        (output / "research/index.html").read_text(), "html.parser"
    )
    assert research.find("meta", attrs={"http-equiv": "refresh"}) is None
    for page in ("loop-a/index.html", "hostile/index.html"):
        soup = BeautifulSoup((output / page).read_text(encoding="utf-8"), "html.parser")
        assert soup.find("meta", attrs={"http-equiv": "refresh"}) is None
    hostile = (output / "hostile/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in hostile


def test_maps_list_the_same_redirects(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    mapping = json.loads((output / "redirects.json").read_text(encoding="utf-8"))
    assert mapping["/nmp/"] == "https://redirects.example/sub/research/"
    assert mapping["/moved/"] == "https://redirects.example/sub/research/"
    assert len(mapping) == 7
    netlify = (output / "_redirects").read_text(encoding="utf-8")
    assert "/sub/nmp.html https://redirects.example/sub/research/ 301" in netlify
    assert "/sub/old%20page https://redirects.example/sub/research/ 301" in netlify
    htaccess = (output / ".htaccess").read_text(encoding="utf-8")
    assert (
        'Redirect 301 "/sub/old page" "https://redirects.example/sub/research/"'
        in htaccess
    )
    nginx = (output / "redirects.nginx.conf").read_text(encoding="utf-8")
    assert '"/sub/nmp.html" "https://redirects.example/sub/research/";' in nginx


def test_redirect_pages_are_not_listed(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    home = BeautifulSoup((output / "blog/index.html").read_text(), "html.parser")
    nav = [a.get_text() for a in home.select("nav a")]
    assert "Moved away" not in nav
    assert "Research" in nav


def test_redirect_target_helper_reads_canonical(
    built: tuple[BuildResult, Path],
) -> None:
    _, output = built
    assert (
        redirect_target(output / "nmp.html")
        == "https://redirects.example/sub/research/"
    )


def test_legacy_urls_become_redirects_to_the_matching_document(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site(
        {
            "_config.yml": "permalink: pretty\n",
            "_posts/2020-01-01-hello-world.md": "---\ntitle: Hello\n---\nHi.\n",
            "about.md": "---\ntitle: About\n---\nAbout.\n",
            "old-urls.txt": (
                "https://old.example/2019/05/hello-world.html\n"
                "/about/\n"
                "/nothing/here/\n"
            ),
        },
        JEKYLL_LEGACY_URLS="old-urls.txt",
    )
    page = output / "2019/05/hello-world.html"
    assert redirect_target(page) == "/2020/01/01/hello-world/"
    assert not (output / "about/index.html").read_text().count("http-equiv")
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert any("old-urls.txt" in w and "/nothing/here/" in w for w in warnings)
    mapping = json.loads((output / "redirects.json").read_text(encoding="utf-8"))
    assert mapping == {"/2019/05/hello-world.html": "/2020/01/01/hello-world/"}

"""The scholar fixture site in Chromium: publications, a long post, the phone.

Built for production (comments and analytics on) and read on a closed
network (``closed_network``).
"""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from jekyll_tasks.runner import run_build
from tests.browser.closed_network import asked_for, open_offline
from tests.helpers import SiteServer

FIXTURE = Path(__file__).parents[1] / "site" / "fixtures" / "scholar"
SITE = "https://hydro.example"
PAGES = {
    "home": "/",
    "post": "/2024/03/04/long-post.html",
    "publications": "/publications/",
    "about": "/about/",
}
ANALYTICS = "https://gc.zgo.at/"  # goatcounter's script, on every page


class Served:
    def __init__(self, root: Path) -> None:
        shutil.copytree(FIXTURE, root / "source")
        self.output = root / "output"
        result = run_build(source=root / "source", output=self.output, production=True)
        assert result.errors == 0
        self.server = SiteServer(self.output)

    def open(
        self, browser: Browser, name: str, **context: object
    ) -> tuple[Page, list[str]]:
        return open_offline(
            browser, self.server.url, self.output, SITE, PAGES[name], **context
        )


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    site = Served(tmp_path_factory.mktemp("scholar"))
    yield site
    site.server.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violation(
    browser: Browser, served: Served, name: str, scheme: str
) -> None:
    page, _ = served.open(browser, name, color_scheme=scheme)
    violations = Axe().run(page).response["violations"]
    serious = [
        v["id"] for v in violations if v.get("impact") in ("serious", "critical")
    ]
    assert serious == []
    page.context.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_no_horizontal_scroll_at_320(
    browser: Browser, served: Served, name: str
) -> None:
    page, _ = served.open(browser, name, viewport={"width": 320, "height": 700})
    assert (
        page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        <= 0
    )
    page.context.close()


def test_only_analytics_leave_the_site_until_the_reader_reaches_the_comments(
    browser: Browser, served: Served
) -> None:
    page, outside = served.open(
        browser, "post", viewport={"width": 1280, "height": 600}
    )
    assert [u for u in outside if not u.startswith(ANALYTICS)] == []
    page.locator("section.comments").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.comments__thread script')")
    assert asked_for(page, outside, lambda u: u.startswith("https://giscus.app/"))
    page.context.close()


def test_the_publications_toggles_open_without_script(
    browser: Browser, served: Served
) -> None:
    page, _ = served.open(browser, "publications", java_script_enabled=False)
    entry = page.locator("#researcher2021nitrate")
    code = entry.locator("details.bib-bibtex pre")
    assert not code.is_visible()
    entry.locator("details.bib-bibtex summary").click()
    assert code.is_visible() and "@article{researcher2021nitrate" in code.inner_text()
    page.context.close()


def test_the_math_is_drawn_in_both_schemes(browser: Browser, served: Served) -> None:
    for scheme in ("light", "dark"):
        page, _ = served.open(browser, "post", color_scheme=scheme)
        page.wait_for_selector("mjx-container")
        colour = page.evaluate(
            "getComputedStyle(document.querySelector('mjx-container')).color"
        )
        body = page.evaluate("getComputedStyle(document.body).color")
        assert colour == body  # formulas take the text colour of the scheme
        page.context.close()


def test_the_home_page_weighs_under_50_kb_gzipped(served: Served) -> None:
    home = (served.output / "index.html").read_bytes()
    css = (served.output / "theme/css/site.css").read_bytes()
    js = (served.output / "theme/js/theme.js").read_bytes()
    total = sum(len(gzip.compress(part)) for part in (home, css, js))
    assert total < 50 * 1024, total


def test_the_navigation_is_navigation_yml(browser: Browser, served: Served) -> None:
    page, _ = served.open(browser, "about", viewport={"width": 1280, "height": 700})
    links = page.locator(".site-nav > ul > li > a")
    assert links.all_inner_texts()[:3] == ["Publications", "Notes", "About"]
    assert page.locator('.site-nav a[aria-current="page"]').inner_text() == "About"
    page.locator(".site-nav a", has_text="Publications").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Publications"
    page.context.close()

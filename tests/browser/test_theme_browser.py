"""The bundled site in a real browser: every page type, links, layout, a11y.

Debian's Chromium, driven by Playwright. Files the build reported missing
(the content refers to them; they were never part of it) are known gaps,
not theme faults.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from jekyll_tasks.linkcheck import references
from jekyll_tasks.runner import BuildResult, run_build
from tests.helpers import HANG, PROJECT_ROOT, SiteServer

SCREENSHOTS = PROJECT_ROOT / "screenshots"


class Site:
    """The bundled site, built with its search index and served locally."""

    def __init__(self, root: Path) -> None:
        self.output = root / "output"
        self.result: BuildResult = run_build(output=self.output, search=True)
        self.server = SiteServer(self.output)
        post = next(self.output.glob("career/*/*/*/*/index.html"))
        self.pages = {
            "home": "/",
            "research": "/research/",
            "post": "/" + post.parent.relative_to(self.output).as_posix() + "/",
            "statement": "/statement-of-academic-purpose/",
            "tag": "/tag/wona/",
            "category": "/category/career/",
            "blog": "/blog/",
            "tags": "/tags/",
            "categories": "/categories/",
            "author": "/author/ashish-sinha/",
            "search": "/search/",
            "404": "/no/such/page/",
        }

    def url(self, path: str) -> str:
        return self.server.url + path

    @property
    def known_missing(self) -> set[str]:
        """Site paths of the files the build reported missing."""
        return {"/" + ref.lstrip("/") for _, ref in self.result.missing_files}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    built = Site(tmp_path_factory.mktemp("theme"))
    yield built
    built.server.close()


def test_the_build_reported_exactly_the_two_missing_files(site: Site) -> None:
    assert sorted(ref for _, ref in site.result.missing_files) == [
        "/assets/img/galgif.gif",
        "ashish1.jpeg",
    ]


PAGE_NAMES = [
    "home", "research", "post", "statement", "tag", "category", "blog",
    "tags", "categories", "author", "search", "404",
]  # fmt: skip


def open_page(browser: Browser, site: Site, name: str, **context: object) -> Page:
    page = browser.new_context(**context).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def console(message: object) -> None:
        if message.type != "error":
            return
        url = (message.location or {}).get("url", "")
        if urlsplit(url).path in site.known_missing:
            return
        if name == "404" and urlsplit(url).path == "/no/such/page/":
            return  # the 404 status of the page itself
        errors.append(f"{message.text} ({url})")

    page.on("console", console)
    page.console_errors = errors  # type: ignore[attr-defined]
    page.goto(site.url(site.pages[name]))
    page.wait_for_load_state("networkidle")
    return page


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_loads_without_console_errors(
    browser: Browser, site: Site, name: str
) -> None:
    page = open_page(browser, site, name)
    assert page.console_errors == []  # type: ignore[attr-defined]
    assert page.locator("h1").count() >= 1
    page.context.close()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_horizontal_scroll_at_320(browser: Browser, site: Site, name: str) -> None:
    page = open_page(browser, site, name, viewport={"width": 320, "height": 800})
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_serious_accessibility_violation(
    browser: Browser, site: Site, name: str, scheme: str
) -> None:
    page = open_page(browser, site, name, color_scheme=scheme)
    results = Axe().run(page)
    serious = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
    assert serious == []
    page.context.close()


def test_keyboard_focus_is_visible(browser: Browser, site: Site) -> None:
    page = open_page(browser, site, "home")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.className")
    assert skip == "skip-link"
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0
    for _ in range(3):
        page.keyboard.press("Tab")
        outline = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, s.outlineWidth]; })()"
        )
        assert outline[0] != "none" and outline[1] != "0px", outline
    page.context.close()


@pytest.mark.parametrize("name", ["home", "statement", "post", "404"])
def test_header_content_and_footer_share_a_left_edge(
    browser: Browser, site: Site, name: str
) -> None:
    page = open_page(browser, site, name, viewport={"width": 1280, "height": 900})
    edges = page.evaluate(
        """[".site-title", "main h1", ".site-footer p"].map(
            s => Math.round(document.querySelector(s).getBoundingClientRect().left))"""
    )
    assert len(set(edges)) == 1, edges
    page.context.close()


def test_the_footer_stays_at_the_bottom_of_a_short_page(
    browser: Browser, site: Site
) -> None:
    page = open_page(browser, site, "404", viewport={"width": 1280, "height": 1200})
    bottom = page.evaluate(
        "document.querySelector('.site-footer').getBoundingClientRect().bottom"
    )
    assert abs(bottom - 1200) <= 1
    page.context.close()


def test_the_phone_header_is_short_and_the_toggle_says_what_it_does(
    browser: Browser, site: Site
) -> None:
    page = open_page(browser, site, "home", viewport={"width": 375, "height": 800})
    height = page.evaluate(
        "document.querySelector('.site-header').getBoundingClientRect().height"
    )
    # Every link shows, wrapped under the name and the toggle (no strip cut
    # mid-word), and the header still leaves the screen to the page.
    assert height <= 0.2 * 800, height
    for link in page.locator(".site-nav > ul > li > a").all():
        if link.is_visible():
            box = link.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert page.locator(".nav-search a").is_visible()
    label = page.locator(".theme-toggle__label")
    assert label.is_visible() and label.inner_text() in ("Dark", "Light")
    before = label.inner_text()
    page.locator(".theme-toggle").click()
    assert label.inner_text() != before
    page.context.close()


def test_theme_toggle_is_remembered(browser: Browser, site: Site) -> None:
    page = open_page(browser, site, "home", color_scheme="light")
    toggle = page.locator(".theme-toggle")
    assert toggle.is_visible()
    toggle.click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    page.reload()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 22, 26)"
    page.context.close()


def test_search_finds_the_post(browser: Browser, site: Site) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(site.url("/search/?q=Kaggle"))
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=HANG * 1000)
    assert "Research Diary 2" in result.inner_text()
    # On a phone: no empty thumbnail column, every result inside the screen.
    assert page.locator(".pagefind-ui__result-thumb").count() == 0
    for box in page.locator(".pagefind-ui__result").all():
        bounds = box.bounding_box()
        assert bounds is not None and bounds["x"] + bounds["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.close()


def test_header_image_of_a_missing_file_is_not_shown(
    browser: Browser, site: Site
) -> None:
    page = open_page(browser, site, "post")
    assert page.locator(".header-image").count() == 0
    broken = page.evaluate(
        "[...document.images].filter(i => i.complete && i.naturalWidth === 0).length"
    )
    assert broken == 0
    page.context.close()


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=HANG) as response:  # noqa: S310 (local)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_every_internal_link_and_asset_answers_200(site: Site) -> None:
    base = site.server.url
    pending = ["/"] + [
        "/" + p.relative_to(site.output).as_posix() for p in site.output.rglob("*.html")
    ]
    seen: set[str] = set()
    broken: list[str] = []
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        status = _status(base + path)
        if status != 200:
            if path not in site.known_missing:
                broken.append(f"{path}: {status}")
            continue
        if not (path.endswith("/") or path.endswith(".html")):
            continue
        with urllib.request.urlopen(base + path) as response:  # noqa: S310 (local)
            links = references(response.read().decode("utf-8"))
        for link in links:
            absolute = urljoin(base + path, link)
            parts = urlsplit(absolute)
            if f"{parts.scheme}://{parts.netloc}" == base and parts.path:
                pending.append(parts.path)
    assert broken == []
    assert len(seen) > 20


SHOTS = [
    (n, w, s)
    for n in ("home", "post", "tag")
    for w in (1280, 375)
    for s in ("light", "dark")
]


BACKGROUND = {"light": "rgb(255, 255, 255)", "dark": "rgb(21, 22, 26)"}


@pytest.mark.parametrize(("name", "width", "scheme"), SHOTS)
def test_screenshots_for_people_show_the_scheme_and_fit_the_screen(
    browser: Browser, site: Site, name: str, width: int, scheme: str
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page = open_page(
        browser,
        site,
        name,
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
    )
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == BACKGROUND[scheme]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator("main h1, main h2").first.is_visible()
    target = SCREENSHOTS / f"{name}-{width}-{scheme}.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 5_000
    page.context.close()

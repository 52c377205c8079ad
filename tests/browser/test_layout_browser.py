"""Every page of the nine shared sites and the bundled one, on a phone and a desktop.

Each site is built as it is (with its search index) and served at its own
``baseurl``. In Chromium, every page the theme draws must fit a 320 px phone
(code, tables and math scroll in their own box), ask the site for nothing it
lacks and raise no script error; one page of each shape has no serious axe
finding of the theme's, in light and dark (``accessibility``); at 375 px
every link of the header shows, wrapped, with the theme toggle on the top
row; at 1280 px the toggle stays on the header's row however many links a
site has.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, ConsoleMessage, Page, Response

from tests.browser.accessibility import pages_to_check, serious_findings
from tests.browser.mathjax import typeset
from tests.conftest import SharedSite, SiteBuilder
from tests.helpers import SiteServer
from tests.site.parity import NAMES

THEME_CSS = "theme/css/site.css"


@pytest.fixture(scope="module")
def built(shared_site: SharedSite) -> dict[str, tuple[Path, str]]:
    """Each site's output folder and base path (its ``baseurl``)."""
    found = {}
    for name in [*NAMES, "bundled"]:
        result, output = shared_site(name)
        assert result.errors == 0
        config = yaml.safe_load((result.source / "_config.yml").read_text()) or {}
        found[name] = (output, str(config.get("baseurl") or "").rstrip("/"))
    return found


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page(viewport={"width": 320, "height": 700})
    yield opened
    opened.close()


def _theme_pages(output: Path) -> dict[str, str]:
    """The pages the theme draws (not a site's own standalone HTML files)."""
    found = {}
    for path in sorted(output.rglob("*.html")):
        html = path.read_text(encoding="utf-8", errors="replace")
        if THEME_CSS in html[:4000]:
            found[path.relative_to(output).as_posix()] = html
    return found


def test_every_page_fits_a_phone_and_loads_whole(
    built: dict[str, tuple[Path, str]], page: Page
) -> None:
    wider, failed, script_errors, theirs, authors = [], [], [], [], []
    count = checked = 0
    every = {name: _theme_pages(output) for name, (output, _) in built.items()}
    to_check = pages_to_check(
        (name, path, html)
        for name, pages in every.items()
        for path, html in pages.items()
    )
    current = [""]
    for name, (output, base) in built.items():
        server = SiteServer(output, base)

        def on_response(response: Response, server: SiteServer = server) -> None:
            if response.url.startswith(server.url) and response.status >= 400:
                failed.append((current[0], response.url, response.status))

        def on_console(message: ConsoleMessage) -> None:
            # Another site's resource cannot load offline; anything else is ours.
            if (
                message.type == "error"
                and "Failed to load resource" not in message.text
            ):
                script_errors.append((current[0], message.text[:200]))

        page.on("response", on_response)
        page.on("console", on_console)
        try:
            for relative in every[name]:
                current[0] = f"{name}: {base}/{relative}"
                page.goto(f"{server.url}/{relative}")
                typeset(page)
                width = page.evaluate("() => document.documentElement.scrollWidth")
                count += 1
                if width > 321:
                    wider.append((current[0], width))
                if (name, relative) in to_check:
                    checked += 1
                    for finding in serious_findings(page):
                        owner = theirs if finding[2] == "theme" else authors
                        owner.append((current[0], *finding))
        finally:
            page.remove_listener("response", on_response)
            page.remove_listener("console", on_console)
            server.close()
    assert count > 800  # every page of ten sites
    assert checked == len(to_check) > 50  # one of each shape and of each site
    assert wider == []
    assert failed == []  # every stylesheet, script, image and index of the site
    assert script_errors == []
    assert theirs == []  # the authors' own markup's findings are theirs
    # The bundled site's own content has none either.
    assert not [f for f in authors if f[0].startswith("bundled:")], authors
    print(f"{checked} pages checked with axe; the authors' markup: {len(authors)}")


def _header_boxes(page: Page) -> dict[str, object]:
    return page.evaluate(
        """() => {
          const box = e => e && e.getBoundingClientRect();
          const links = [...document.querySelectorAll('.site-nav a')]
            .filter(a => !a.closest('.site-nav__children'))
            .filter(a => getComputedStyle(a.closest('li')).display !== 'none');
          return {
            width: innerWidth,
            title: (b => [b.top, b.bottom])(box(document.querySelector('.site-title'))),
            toggle: (b => (b.top + b.bottom) / 2)(box(document.querySelector('.theme-toggle'))),
            links: links.map(a => { const b = box(a); return [b.left, b.right, b.width]; }),
          };
        }"""
    )


@pytest.mark.parametrize("width", [375, 1280])
def test_every_header_link_shows_and_the_toggle_keeps_its_row(
    built: dict[str, tuple[Path, str]], page: Page, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 700})
    for name, (output, base) in built.items():
        server = SiteServer(output, base)
        try:
            page.goto(f"{server.url}/")
            boxes = _header_boxes(page)
        finally:
            server.close()
        assert boxes["links"], name
        for left, right, link_width in boxes["links"]:
            assert link_width > 0 and left >= 0 and right <= width + 1, (name, boxes)
        # On the name's row: the toggle's middle is within the name's lines
        # (a long name wraps in its room).
        top, bottom = boxes["title"]
        assert top <= boxes["toggle"] <= bottom, (name, boxes)


@pytest.mark.parametrize("width", [375, 660, 800, 1280])
def test_the_pages_past_a_few_open_under_more_within_the_screen(
    build_site: SiteBuilder, browser: Browser, width: int
) -> None:
    # A documentation site: forty pages, no navigation of its own.
    files = {
        f"pages/{n:02d}.md": (
            f"---\ntitle: Setting up part {n} of the guide\n"
            f"permalink: /guide-{n}.html\n---\nText.\n"
        )
        for n in range(40)
    }
    _, output = build_site(files)
    page = browser.new_page(viewport={"width": width, "height": 700})
    server = SiteServer(output)
    try:
        page.goto(f"{server.url}/guide-1.html")
        assert page.locator(".site-nav > ul > li").count() < 12
        # Focus (a key, or a tap) opens it as a pointer does.
        page.locator(".site-nav__label", has_text="More").focus()
        menu = page.evaluate(
            """() => {
              const m = document.querySelector('.site-nav__children');
              const box = m.getBoundingClientRect();
              return {left: box.left, right: box.right, top: box.top,
                      first: m.querySelector('a').getBoundingClientRect().top,
                      links: m.querySelectorAll('a').length,
                      scrolls: m.scrollHeight > m.clientHeight,
                      page: document.documentElement.scrollWidth};
            }"""
        )
    finally:
        server.close()
        page.close()
    assert menu["left"] >= 0 and menu["right"] <= width, menu
    assert menu["links"] > 30 and menu["scrolls"], menu
    assert menu["top"] <= menu["first"] < menu["top"] + 40, menu  # from its start
    assert menu["page"] == width, menu

"""An al-folio home page in a real browser: Bootstrap's markup, the news."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.conftest import SiteBuilder
from tests.helpers import SiteServer
from tests.site.test_al_folio_site import SITE


@pytest.fixture
def server(build_site: SiteBuilder, tmp_path: Path) -> Iterator[SiteServer]:
    result, output = build_site(SITE)
    assert result.errors == 0
    served = SiteServer(output)
    yield served
    served.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_carousel_shows_its_first_slide_and_the_news_its_dates(
    browser: Browser, server: SiteServer, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{server.url}/")
    # Without Bootstrap's script: the active slide, no empty indicators.
    assert page.get_by_text("First slide").is_visible()
    assert not page.get_by_text("Second slide").is_visible()
    assert not page.locator(".carousel-indicators").is_visible()
    # Each date beside its item on a desktop, above it on a phone; never cut.
    rows = page.locator(".news-list > li")
    for row in range(rows.count()):
        date = rows.nth(row).locator("time").bounding_box()
        text = rows.nth(row).locator("time + *").bounding_box()
        assert date is not None and text is not None
        if width > 700:
            assert date["x"] + date["width"] <= text["x"]
        else:
            assert date["y"] + date["height"] <= text["y"]
    page.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_what_the_page_s_framework_hides_stays_hidden(
    browser: Browser, build_site: SiteBuilder, width: int
) -> None:
    # A message a script of the site's shows on one host only, and a note
    # shown from a tablet's width up: Bootstrap's classes, without Bootstrap.
    about = (
        "---\ntitle: Home\n---\nWelcome.\n\n"
        '<div class="alert d-none" id="note">Rename your repository.</div>\n'
        '<div class="d-none d-md-block">Wide screens only.</div>\n'
    )
    result, output = build_site({"_config.yml": "title: Lab\n", "index.md": about})
    assert result.errors == 0
    served = SiteServer(output)
    try:
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(f"{served.url}/")
        assert page.get_by_text("Welcome.").is_visible()
        assert not page.get_by_text("Rename your repository.").is_visible()
        assert page.get_by_text("Wide screens only.").is_visible() is (width >= 768)
        page.close()
    finally:
        served.close()

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

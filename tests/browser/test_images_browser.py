"""A big image in a real browser: a phone loads a copy, a desktop another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from jekyll_reader.responsive import COLUMN_WIDTH
from tests.conftest import SiteBuilder
from tests.helpers import SiteServer
from tests.site.test_responsive_images_site import FILES


@pytest.fixture
def server(build_site: SiteBuilder, tmp_path: Path) -> Iterator[SiteServer]:
    result, output = build_site(FILES, CACHE_PATH=str(tmp_path / "cache"))
    assert result.errors == 0
    served = SiteServer(output, "/lab")
    yield served
    served.close()


@pytest.mark.parametrize(
    ("width", "density", "picked"),
    [(375, 2, "wide-800w.png"), (375, 1, "wide-480w.png"), (1280, 2, "wide-1600w.png")],
)
def test_the_browser_picks_the_copy_its_screen_needs(
    browser: Browser, server: SiteServer, width: int, density: int, picked: str
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": 800}, device_scale_factor=density
    )
    page = context.new_page()
    page.goto(f"{server.url}/2024/01/01/figures.html")
    image = page.locator('img[alt="A wide plot"]')
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.evaluate("img => img.currentSrc").endswith(picked)
    shown = image.evaluate("img => img.getBoundingClientRect().width")
    assert shown <= min(width, COLUMN_WIDTH)  # what `sizes` tells the browser
    context.close()

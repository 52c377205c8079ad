"""The bundled site's old research URLs land on /research/ in a real browser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from jekyll_tasks.runner import run_build
from tests.helpers import SiteServer


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    output = tmp_path_factory.mktemp("browser") / "output"
    run_build(output=output)
    server = SiteServer(output)
    yield server
    server.close()


@pytest.mark.parametrize("old", ["/nmp/", "/nmp.html", "/nmp"])
def test_old_urls_land_on_research(
    browser: Browser, site: SiteServer, old: str
) -> None:
    page = browser.new_page()
    page.goto(site.url + old)
    page.wait_for_url(site.url + "/research/")
    assert page.title().startswith("Research")
    page.close()


def test_redirect_works_without_script(browser: Browser, site: SiteServer) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/nmp/")
    page.wait_for_url(site.url + "/research/")
    context.close()

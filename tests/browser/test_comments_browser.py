"""Comments in Chromium: no request to their provider before the reader asks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from jekyll_tasks.runner import run_build
from tests.browser.closed_network import asked_for, open_offline
from tests.helpers import SiteServer, write_files
from tests.site.test_services_site import CONFIG

LONG = "---\ntitle: Long\n---\n" + "\n\n".join(f"Paragraph {i}." for i in range(80))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("comments")
    config = CONFIG.replace("analytics:", "no_analytics:")  # comments alone
    write_files(
        root / "source", {"_config.yml": config, "_posts/2024-01-02-long.md": LONG}
    )
    result = run_build(source=root / "source", output=root / "output", production=True)
    assert result.errors == 0
    served = SiteServer(root / "output")
    served.output = root / "output"  # type: ignore[attr-defined]
    yield served
    served.close()


SITE = "https://lab.example"  # the production address the pages link to


def open_post(browser: Browser, server: SiteServer) -> tuple[Page, list[str]]:
    return open_offline(
        browser,
        server.url,
        server.output,  # type: ignore[attr-defined]
        SITE,
        "/2024/01/02/long.html",
        viewport={"width": 1280, "height": 700},
    )


def test_nothing_is_asked_of_the_provider_until_the_reader_scrolls(
    browser: Browser, server: SiteServer
) -> None:
    page, outside = open_post(browser, server)
    assert page.locator("section.comments").count() == 1
    assert outside == []
    page.locator("section.comments").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.comments__thread script')")
    assert asked_for(page, outside, lambda url: url.startswith("https://giscus.app/"))
    page.context.close()


def test_the_button_loads_them_at_once(browser: Browser, server: SiteServer) -> None:
    page, outside = open_post(browser, server)
    assert outside == []
    page.locator(".comments__load").evaluate("button => button.click()")
    assert asked_for(
        page, outside, lambda u: u.startswith("https://giscus.app/client.js")
    )
    page.context.close()

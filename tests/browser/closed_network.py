"""A production build read in Chromium on a closed network.

A production page links to its site's own address (``url`` in
``_config.yml``); those requests are answered from the output folder, the
local server's are let through, and every other request is recorded and
refused, so a test can say what would have left the site.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, Route

from tests.helpers import wait_until


def own_file(output: Path, url: str) -> Path:
    """Return the output file a URL of the site's own address serves."""
    path = output / urlsplit(url).path.lstrip("/")
    return path / "index.html" if path.is_dir() else path


def open_offline(
    browser: Browser,
    served: str,
    output: Path,
    address: str,
    path: str,
    **context: object,
) -> tuple[Page, list[str]]:
    """Open ``served + path``; return the page and the third-party URLs it asked for."""
    outside: list[str] = []

    def route(route: Route) -> None:
        url = route.request.url
        if url.startswith(served):
            route.continue_()
        elif url.startswith(address + "/"):
            file = own_file(output, url)
            kind = mimetypes.guess_type(file.name)[0] or "text/html"
            route.fulfill(status=200, body=file.read_bytes(), content_type=kind)
        else:
            outside.append(url)
            route.abort()

    browser_context = browser.new_context(**context)
    browser_context.route("**/*", route)
    page = browser_context.new_page()
    page.goto(served + path)
    page.wait_for_load_state("networkidle")
    return page, outside


def asked_for(page: Page, outside: list[str], wanted: Callable[[str], bool]) -> bool:
    """Wait until the page has asked for a URL ``wanted`` says yes to.

    The browser's events are taken while it waits, however long the busy
    machine makes it; False only when nothing came before ``HANG``.
    """
    return wait_until(
        lambda: any(wanted(url) for url in outside),
        pause=lambda: page.wait_for_timeout(50),
    )

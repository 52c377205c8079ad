"""The browser the browser tests drive: Debian's Chromium through Playwright.

Only the tests in this folder need Playwright: ``pytest tests/`` without it
installed runs every other test (``--ignore=tests/browser``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

# Debian's Chromium, unless CHROMIUM_PATH names another (Ubuntu's snap:
# /snap/bin/chromium).
CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
# Chromium's background connections would fail on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()

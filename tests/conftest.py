"""Shared test helpers: build a small site from files written into tmp_path."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from jekyll_tools.runner import BuildResult, run_build
from tests.helpers import write_files

SiteBuilder = Callable[..., tuple[BuildResult, Path]]


@pytest.fixture
def build_site(tmp_path: Path) -> SiteBuilder:
    """Return a function that builds ``files`` as a site and returns (result, output)."""

    def build(
        files: Mapping[str, str | bytes],
        production: bool = False,
        **overrides: Any,
    ) -> tuple[BuildResult, Path]:
        source = tmp_path / "site"
        output = tmp_path / "output"
        source.mkdir(exist_ok=True)
        write_files(source, files)
        result = run_build(
            source=source, output=output, production=production, overrides=overrides
        )
        return result, output

    return build


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

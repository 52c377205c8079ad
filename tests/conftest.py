"""Shared test helpers: build a small site from files written into tmp_path."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from jekyll_tasks.runner import BuildResult, run_build
from jekyll_tasks.settings_page import every_setting
from tests.helpers import PROJECT_ROOT, write_files
from tests.site.parity import SITES

# Every plugin's settings declared up front, whichever test runs first.
every_setting()

SiteBuilder = Callable[..., tuple[BuildResult, Path]]
SharedSite = Callable[[str], tuple[BuildResult, Path]]


# Without Playwright (a unit-test-only setup), the browser tests are not
# collected and every other test runs; in CI they always are, so a missing
# Playwright fails there instead of passing by leaving them out.
def _has_playwright() -> bool:
    try:
        import playwright  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


if not os.environ.get("CI") and not _has_playwright():
    collect_ignore = ["browser"]


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


@pytest.fixture(scope="session")
def shared_site(tmp_path_factory: pytest.TempPathFactory) -> SharedSite:
    """Return a function giving a real site's build (made once a run) and output.

    The nine shared Jekyll sites by name, and ``"bundled"``, each built as it
    is, with its search index, the first time a test asks for it. The tests
    that use them read them and change nothing.
    """
    made: dict[str, tuple[BuildResult, Path]] = {}

    def shared(name: str) -> tuple[BuildResult, Path]:
        if name not in made:
            source = (
                PROJECT_ROOT / "content" if name == "bundled" else SITES / name / "site"
            )
            output = tmp_path_factory.mktemp(name) / "output"
            made[name] = run_build(source=source, output=output, search=True), output
        return made[name]

    return shared

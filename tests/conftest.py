"""Shared test helpers: build a small site from files written into tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from jekyll_common.runner import BuildResult, run_build
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

"""The golden files the tests compare with, written anew (``invoke regen-golden``).

The settings tables of ``docs/settings.md``, the kramdown cases this
renderer agrees on and those it does not, and the URL lists of the golden
fixture sites. Review the diff before committing it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from jekyll_tasks.settings_page import settings_page
from tests.helpers import (
    GOLDEN_FIXTURES,
    PROJECT_ROOT,
    build_fixture,
    golden_path,
    output_files,
)
from tests.jekyll_markdown import kramdown_cases


def regenerate() -> Iterator[tuple[Path, str]]:
    """Write every golden file; yield each path written, with what it holds."""
    page = PROJECT_ROOT / "docs" / "settings.md"
    page.write_text(settings_page(page.read_text(encoding="utf-8")), encoding="utf-8")
    yield page, " (settings tables)"
    results = kramdown_cases.agreement()
    agree = sorted(name for name, (same, _) in results.items() if same)
    kramdown_cases.GOLDEN.write_text("\n".join(agree) + "\n", encoding="utf-8")
    yield kramdown_cases.GOLDEN, f" ({len(agree)} cases)"
    differ = kramdown_cases.differences()
    kramdown_cases.DIFFER.write_text("\n".join(differ) + "\n", encoding="utf-8")
    yield kramdown_cases.DIFFER, f" ({len(differ)} cases)"
    for name in GOLDEN_FIXTURES:
        with tempfile.TemporaryDirectory() as folder:
            _, output = build_fixture(name, Path(folder))
            golden_path(name).write_text("\n".join(output_files(output)) + "\n")
        yield golden_path(name), ""

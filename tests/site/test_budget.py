"""Speed budgets of the home page, checked on the built files (no timing)."""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from jekyll_tasks.runner import BuildResult, run_build

BUDGET_BYTES = 50 * 1024


class _Resources(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self.blocking_scripts: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.all_urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "stylesheet":
            self.styles.append(values["href"] or "")
        if tag == "script" and values.get("src"):
            self.scripts.append(values["src"] or "")
            if "defer" not in values and "async" not in values:
                self.blocking_scripts.append(values["src"] or "")
        if tag == "img":
            self.images.append(values)
        # What the browser fetches: not canonical or alternate links.
        fetched_links = ("stylesheet", "icon", "preload", "modulepreload")
        if tag in ("script", "img") and values.get("src"):
            self.all_urls.append(values["src"] or "")
        if tag == "link" and values.get("rel") in fetched_links:
            self.all_urls.append(values.get("href") or "")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    output = tmp_path_factory.mktemp("budget") / "output"
    return run_build(output=output), output


def resources(output: Path) -> _Resources:
    parser = _Resources()
    parser.feed((output / "index.html").read_text(encoding="utf-8"))
    return parser


def test_home_page_transfers_under_50_kb(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    found = resources(output)
    files = [output / "index.html"]
    files += [
        output / urlsplit(url).path.lstrip("/") for url in found.styles + found.scripts
    ]
    total = sum(len(gzip.compress(path.read_bytes())) for path in files)
    print(f"home page: {len(files)} files, {total} bytes gzipped")
    assert total < BUDGET_BYTES


def test_no_third_party_requests(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    found = resources(output)
    assert [u for u in found.all_urls if urlsplit(u).netloc] == []
    assert found.blocking_scripts == []


def test_no_web_fonts(built: tuple[BuildResult, Path]) -> None:
    _, output = built
    for css in output.rglob("*.css"):
        if "pagefind" in css.parts:
            continue
        text = css.read_text(encoding="utf-8")
        assert "@font-face" not in text, css
        assert not re.search(r"url\([^)]*\.(woff2?|ttf|otf)", text), css


def test_images_are_lazy_and_sized(built: tuple[BuildResult, Path]) -> None:
    result, output = built
    known_missing = {ref for _, ref in result.missing_files}
    for page in output.rglob("*.html"):
        parser = _Resources()
        parser.feed(page.read_text(encoding="utf-8"))
        for image in parser.images:
            assert image.get("loading") == "lazy", (page, image)
            if image.get("src") not in known_missing:
                assert image.get("width") and image.get("height"), (page, image)

"""invoke serve in Chromium: a page open in the browser reloads after an edit."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.mathjax import typeset
from tests.helpers import (
    HANG,
    PROJECT_ROOT,
    free_port,
    search_bundles,
    wait_for_port,
    wait_until,
    write_files,
)


@pytest.fixture
def served_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    source = tmp_path / "source"
    write_files(
        source,
        {
            "_config.yml": "title: Live\nbaseurl: /sub\npermalink: pretty\n",
            "about.md": "---\ntitle: About\n---\nFirst version of the page.\n",
        },
    )
    port = free_port()
    command = [sys.executable, "-m", "invoke", "serve", "--port", str(port)]
    command += ["--source", str(source), "--output", str(tmp_path / "out")]
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, text=True
    )
    try:
        wait_for_port(port)
        yield source, f"http://127.0.0.1:{port}/sub"
    finally:
        process.terminate()
        process.wait(timeout=HANG)
        log.close()


def test_serve_rebuilds_and_reloads_the_open_page(
    browser: Browser, served_site: tuple[Path, str]
) -> None:
    source, base = served_site
    page, home = browser.new_page(), browser.new_page()
    loads: dict[str, int] = {"page": 0, "home": 0}
    page.on("load", lambda _: loads.update(page=loads["page"] + 1))
    home.on("load", lambda _: loads.update(home=loads["home"] + 1))
    page.goto(base + "/about/")
    home.goto(base + "/")
    assert "First version" in page.inner_text("main")
    # Saved whole, in one step (as editors save), so the server sees one
    # change however slow the machine: each page's loads can be counted.
    saved = source.parent / "about.md"
    saved.write_text(
        "---\ntitle: About\n---\nSecond version of the page.\n", encoding="utf-8"
    )
    saved.replace(source / "about.md")
    # Asked again from the reloaded document's start, before its <main> is
    # parsed: no <main> yet is "not yet", not an error.
    page.wait_for_function(
        "document.querySelector('main')?.innerText.includes('Second version')",
        timeout=HANG * 1000,
    )
    # After the reload, the search index catches up with the edited page.
    output = source.parent / "out"
    edited = (output / "about" / "index.html").stat().st_mtime_ns

    def indexed() -> int:
        return max(search_bundles(output).values(), default=0)

    assert wait_until(lambda: indexed() > edited), (
        "the search index was not brought up to date"
    )
    # The edited page reloaded once (its page was written before the
    # rebuild, which left it so); the home page, unchanged, not at all.
    # Waiting on each page takes in the load events the browser has sent.
    page.wait_for_load_state("load")
    home.wait_for_load_state("load")
    assert loads == {"page": 2, "home": 1}
    page.close()
    home.close()


def test_serve_production_previews_the_live_site_locally(
    browser: Browser, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    write_files(
        source,
        {
            "_config.yml": "title: Live\nurl: https://lab.example.org\nbaseurl: /sub\n",
            "_posts/2024-01-02-energy.md": "---\ntitle: Energy\n---\n"
            "Mass $$E = mc^2$$ and [about](/sub/about/).\n",
            "about.md": "---\ntitle: About\npermalink: /about/\n---\nAbout.\n",
        },
    )
    port = free_port()
    command = [sys.executable, "-m", "invoke", "serve", "--production"]
    command += ["--port", str(port), "--source", str(source)]
    command += ["--output", str(tmp_path / "out")]
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, text=True
    )
    page = browser.new_page()
    live: list[str] = []
    page.on(
        "request", lambda r: live.append(r.url) if "lab.example.org" in r.url else None
    )
    try:
        wait_for_port(port)
        page.goto(f"http://127.0.0.1:{port}/sub/2024/01/02/energy.html")
        # The built page names the live site; the preview answers as it.
        built = (tmp_path / "out" / "2024" / "01" / "02" / "energy.html").read_text()
        assert "https://lab.example.org/sub/theme/css/site.css" in built
        page.wait_for_function("() => window.MathJax && MathJax.startup")
        typeset(page)
        assert page.locator("mjx-container").count() == 1  # MathJax loaded locally
        assert (
            page.evaluate(
                "getComputedStyle(document.querySelector('.site-header')).display"
            )
            == "flex"
        )
        assert live == []  # nothing asked of the live site
    finally:
        page.close()
        process.terminate()
        process.wait(timeout=HANG)
        log.close()

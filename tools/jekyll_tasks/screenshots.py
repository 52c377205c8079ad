"""Screenshots of a built site as people see it: phone and desktop, light and dark.

``invoke screenshots`` serves the built site on 127.0.0.1 at its
``baseurl`` and opens each page in Chromium (Debian's, driven by
Playwright: the test requirements) at each width and colour scheme, after
its fonts and math are drawn. Each shot is checked as it is taken: the page
is in the asked scheme, fits the screen and shows its heading; what does
not is reported, with the shot kept for a look.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jekyll_tasks.devserver import make_server

CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
HEIGHTS = {375: 812, 320: 640}  # a phone's screen; wider screens: 900
BACKGROUND = {"light": "rgb(255, 255, 255)", "dark": "rgb(21, 22, 26)"}


@dataclass
class Shot:
    """One screenshot, and what was wrong with the page it shows."""

    path: Path
    page: str
    width: int
    scheme: str
    problems: list[str] = field(default_factory=list)


def shot_name(page: str, width: int, scheme: str, prefix: str = "") -> str:
    """Return the file name of a page's shot: ``publications-375-dark.png``."""
    slug = page.strip("/").replace("/", "-") or "home"
    return f"{prefix}{slug}-{width}-{scheme}.png"


@contextmanager
def served(root: Path, base_path: str) -> Iterator[str]:
    """Serve ``root`` at ``base_path`` on 127.0.0.1; yield the site's address."""
    server = make_server(root, 0, base_path)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}{base_path}"
    finally:
        server.shutdown()
        server.server_close()


def take(
    browser: Any,
    site: str,
    pages: Iterable[str],
    target: Path,
    widths: Iterable[int] = (375, 1280),
    schemes: Iterable[str] = ("light", "dark"),
    prefix: str = "",
) -> list[Shot]:
    """Take each page's shot at each width and scheme into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shots = []
    for page in pages:
        for width in widths:
            for scheme in schemes:
                path = target / shot_name(page, width, scheme, prefix)
                shots.append(Shot(path, page, width, scheme))
                _take(browser, site + page, shots[-1])
    return shots


def _take(browser: Any, url: str, shot: Shot) -> None:
    context = browser.new_context(
        viewport={"width": shot.width, "height": HEIGHTS.get(shot.width, 900)},
        color_scheme=shot.scheme,
    )
    try:
        tab = context.new_page()
        tab.goto(url, wait_until="networkidle")
        tab.evaluate(
            "() => Promise.all([document.fonts.ready, "
            "window.MathJax?.startup?.promise])"
        )
        seen = tab.evaluate(
            """() => ({
              background: getComputedStyle(document.body).backgroundColor,
              width: document.documentElement.scrollWidth,
              heading: !!document.querySelector('main h1, main h2')?.checkVisibility(),
            })"""
        )
        if seen["background"] != BACKGROUND[shot.scheme]:
            shot.problems.append(f"not drawn in the {shot.scheme} scheme")
        if seen["width"] > shot.width:
            shot.problems.append(f"{seen['width']} px wide on a {shot.width} px screen")
        if not seen["heading"]:
            shot.problems.append("no heading shown")
        tab.screenshot(path=str(shot.path))
    finally:
        context.close()


def screenshots(
    output: Path, base_path: str, pages: Iterable[str], target: Path, **options: Any
) -> list[Shot]:
    """Serve ``output`` and take the shots in Debian's Chromium."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (a test requirement)

    with served(output, base_path) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        try:
            return take(browser, site, pages, target, **options)
        finally:
            browser.close()


def shoot_site(
    source: str | None, pages: Iterable[str], target: Path, **options: Any
) -> list[Shot]:
    """Build ``source`` into a folder of its own, then take its shots."""
    import tempfile  # noqa: PLC0415

    from jekyll_tasks.commands import build_site  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        result = build_site(source, str(Path(folder) / "site"), search=False)
        base = str(result.settings.get("JEKYLL_BASEURL") or "").rstrip("/")
        return screenshots(result.output, base, pages, target, **options)

"""Waiting for MathJax to typeset a page, bounded.

``page.evaluate`` of MathJax's startup promise waits as long as it takes,
without end if the promise never settles: one stuck page held a whole run.
Here the promise sets a flag, and Playwright waits for the flag with a
bound far above any real typesetting (well under a second on a quiet
machine), so a hang fails its test, naming the page, instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page

from tests.helpers import SiteServer

_BOUND_MS = 120_000
_SETTLED = """() => {
  window.__typeset = false;
  const startup = window.MathJax && window.MathJax.startup;
  Promise.resolve(startup && startup.promise).finally(() => { window.__typeset = true; });
}"""


def typeset(page: Page) -> None:
    """Return once MathJax has typeset the page (at once on a page without it)."""
    page.evaluate(_SETTLED)
    page.wait_for_function("() => window.__typeset === true", timeout=_BOUND_MS)


@contextmanager
def typeset_page(browser: Browser, output: Path, path: str) -> Iterator[Page]:
    """Serve a built site and yield its page at ``path`` once MathJax drew it."""
    server = SiteServer(output)
    page = browser.new_page(viewport={"width": 900, "height": 700})
    try:
        page.goto(f"{server.url}/{path}")
        page.wait_for_function("() => window.MathJax && MathJax.startup")
        typeset(page)
        yield page
    finally:
        page.close()
        server.close()

"""Search over an index in several bundles, and after an edit."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Browser

from jekyll_tasks.runner import run_build
from jekyll_tasks.search_index import update_search_index
from tests.helpers import HANG, SiteServer, write_files

POSTS = {
    f"_posts/2024-01-0{n}-note-{n}.md": f"---\ntitle: Note {n}\n---\n"
    f"A measurement of the lattice, number {n}.\n"
    for n in range(1, 7)
}


def _search(browser: Browser, url: str) -> tuple[str, list[str]]:
    """Return the search page's message and the titles it lists."""
    # A new context each time: nothing of an earlier index is kept.
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.locator(".pagefind-ui__message").wait_for(timeout=HANG * 1000)
    page.wait_for_function(
        "!document.querySelector('.pagefind-ui__message').innerText"
        ".startsWith('Searching')",
        timeout=HANG * 1000,
    )
    message = page.locator(".pagefind-ui__message").inner_text()
    found = re.match(r"(\d+) results? for", message)
    expected = int(found.group(1)) if found else 0
    links = page.locator(".pagefind-ui__result-link")
    shown = 0
    while shown < expected:  # five results at a time, each shown once loaded
        if shown:
            page.locator(".pagefind-ui__button").click()
        shown = min(expected, shown + 5)
        page.wait_for_function(
            f"document.querySelectorAll('.pagefind-ui__result-link').length >= {shown}",
            timeout=HANG * 1000,
        )
    titles = links.all_inner_texts()
    context.close()
    return message, titles


def test_search_merges_every_bundle_and_finds_an_edit(
    browser: Browser, tmp_path: Path
) -> None:
    source, output = tmp_path / "source", tmp_path / "out"
    write_files(source, {"_config.yml": "title: Lab\n", **POSTS})
    records = tmp_path / "records"
    run_build(source=source, output=output)
    update_search_index(output, records, per_bundle=2)
    bundles = json.loads((output / "pagefind/bundles.json").read_text("utf-8"))
    assert len(bundles["bundles"]) > 1
    server = SiteServer(output)
    try:
        message, titles = _search(browser, server.url + "/search/?q=lattice")
        assert message == "6 results for lattice"
        assert sorted(titles) == [f"Note {n}" for n in range(1, 7)]
        # An edit, indexed in its own bundle only: found by its new word.
        post = source / "_posts/2024-01-03-note-3.md"
        post.write_text(
            post.read_text("utf-8").replace("number 3", "number 3, annealed"), "utf-8"
        )
        run_build(source=source, output=output)
        update_search_index(output, records, per_bundle=2)
        # First: a bundle without the word offers its nearest words' pages
        # after it (Pagefind's own fallback, in each bundle).
        assert _search(browser, server.url + "/search/?q=annealed")[1][0] == "Note 3"
        found = sorted(_search(browser, server.url + "/search/?q=lattice")[1])
        assert found == [f"Note {n}" for n in range(1, 7)]
    finally:
        server.close()

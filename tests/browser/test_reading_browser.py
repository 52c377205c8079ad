"""Reading a long post in Chromium: its table of contents and copy buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from jekyll_tasks.runner import run_build
from tests.helpers import SiteServer, write_files

LONG_POST = """\
---
title: A long post
toc: true
toc_label: Sections
---
Intro.

## Method

```python
print("copied as written")
```

### Details

More.

## Results

Done.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("reading")
    write_files(
        root / "source",
        {"_config.yml": "title: Lab\n", "_posts/2024-01-02-long.md": LONG_POST},
    )
    result = run_build(source=root / "source", output=root / "output")
    assert result.errors == 0
    served = SiteServer(root / "output")
    yield served
    served.close()


def test_the_table_of_contents_links_to_each_section(
    browser: Browser, server: SiteServer
) -> None:
    page = browser.new_page()
    page.goto(server.url + "/2024/01/02/long.html")
    toc = page.locator("nav.page-toc")
    assert toc.locator(".toc__title").inner_text() == "Sections"
    assert toc.locator("a").all_inner_texts() == ["Method", "Details", "Results"]
    toc.locator("a", has_text="Results").click()
    assert page.url.endswith("#results")
    assert page.locator("#results").is_visible()
    page.close()


def test_a_code_block_copies_its_code(browser: Browser, server: SiteServer) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(server.url + "/2024/01/02/long.html")
    button = page.locator(".highlight .copy-code")
    assert button.count() == 1
    button.click()
    page.wait_for_function(
        "document.querySelector('.copy-code').textContent === 'Copied'"
    )
    assert (
        page.evaluate("navigator.clipboard.readText()") == 'print("copied as written")'
    )
    context.close()


def test_without_script_there_is_no_button(
    browser: Browser, server: SiteServer
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/2024/01/02/long.html")
    assert page.locator(".copy-code").count() == 0
    assert "copied as written" in page.locator(".highlight").inner_text()
    assert page.locator("nav.page-toc a").count() == 3  # no script needed
    context.close()

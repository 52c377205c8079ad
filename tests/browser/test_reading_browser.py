"""Reading a long post in Chromium: its table of contents, copy buttons, side notes."""

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

<div class="video-wrapper" style="padding-bottom: 56.25%;"><iframe src="about:blank" title="Talk" width="200" height="100"></iframe></div>

<p class="share"><a href="https://example.org/share" class="social-link"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>Share</title><path d="M0 0h32v32H0z"/></svg></a></p>

<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50"/></svg>

A claim<label for="n1" class="margin-toggle sidenote-number"></label><input type="checkbox" id="n1" class="margin-toggle"><span class="sidenote">Proved elsewhere.</span> and a remark.
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


def test_a_side_note_is_numbered_and_set_apart_not_a_checkbox(
    browser: Browser, server: SiteServer
) -> None:
    # tufte-jekyll's markup, as course notes write it through an include.
    page = browser.new_page()
    page.goto(server.url + "/2024/01/02/long.html")
    assert not page.locator("input.margin-toggle").is_visible()
    note = page.locator(".sidenote")
    assert note.evaluate("n => getComputedStyle(n).display") == "block"
    # The note and its mark in the text show the same count.
    before = note.evaluate("n => getComputedStyle(n, '::before').content")
    number = page.locator("label.sidenote-number")
    after = number.evaluate("n => getComputedStyle(n, '::after').content")
    assert before == after == "counter(sidenote)"
    assert number.evaluate("n => getComputedStyle(n).counterIncrement") == "sidenote 1"


def test_a_site_s_own_video_wrapper_keeps_the_frame_s_shape(
    browser: Browser, server: SiteServer
) -> None:
    # A course site's wrapper, styled by its own stylesheet, which the theme
    # replaces: the frame fills the wrapper, 16:9, not 200 by 100 in a gap.
    page = browser.new_page()
    page.goto(server.url + "/2024/01/02/long.html")
    wrapper = page.locator("div.video-wrapper").bounding_box()
    frame = page.locator("div.video-wrapper iframe").bounding_box()
    assert wrapper is not None and frame is not None
    assert frame["width"] == wrapper["width"] > 200
    assert abs(frame["height"] - wrapper["width"] * 0.5625) < 1
    assert abs(wrapper["height"] - frame["height"]) < 1


def test_a_site_s_unsized_icon_in_a_link_is_the_size_of_its_text(
    browser: Browser, server: SiteServer
) -> None:
    # A social link's logo, sized by the site's stylesheet in its theme:
    # here the size of the text, not the column's width. A figure drawn
    # in SVG, in no link, keeps the column's width.
    page = browser.new_page()
    page.goto(server.url + "/2024/01/02/long.html")
    icon = page.locator("a.social-link svg").bounding_box()
    font = page.locator("p.share").evaluate(
        "p => parseFloat(getComputedStyle(p).fontSize)"
    )
    assert icon is not None and icon["width"] == icon["height"] == 1.25 * font
    diagram = page.locator("svg.diagram").bounding_box()
    column = page.locator(".content").bounding_box()
    assert diagram is not None and column is not None
    assert abs(diagram["width"] - column["width"]) < 1
    page.close()

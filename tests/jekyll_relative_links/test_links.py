"""Links to Markdown files, written as the URLs of their pages."""

from __future__ import annotations

import pytest

from jekyll_relative_links.links import with_page_links

URLS = {
    "staff.md": "/base/staff/",
    "docs/setup.md": "/base/docs/setup.html",
    "my notes.md": "/base/notes/",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See [staff](staff.md).", "See [staff](/base/staff/)."),
        ("[Run](docs/setup.md#run \"How\")", '[Run](/base/docs/setup.html#run "How")'),
        ("[up](../staff.md)", "[up](/base/staff/)"),
        ("[root](/docs/setup.md)", "[root](/base/docs/setup.html)"),
        ("[space](my%20notes.md)", "[space](/base/notes/)"),
        ("[ref]: docs/setup.md\n", "[ref]: /base/docs/setup.html\n"),
        # Left as written: an image, code, another site, no such page.
        ("![pic](staff.md)", "![pic](staff.md)"),
        ("`[x](staff.md)`", "`[x](staff.md)`"),
        ("```\n[x](staff.md)\n```\n[y](staff.md)", "```\n[x](staff.md)\n```\n[y](/base/staff/)"),
        ("[gh](https://github.com/a/b/blob/main/staff.md)", "[gh](https://github.com/a/b/blob/main/staff.md)"),
        ("[gone](missing.md)", "[gone](missing.md)"),
    ],
)  # fmt: skip
def test_a_link_to_a_page_s_source_leads_to_the_page(text: str, expected: str) -> None:
    assert with_page_links(text, ".", URLS.get) == expected


def test_a_link_is_read_from_the_document_s_folder() -> None:
    assert with_page_links("[s](setup.md)", "docs", URLS.get) == (
        "[s](/base/docs/setup.html)"
    )


def test_brackets_and_backticks_that_close_nothing_are_read_in_linear_time() -> None:
    # No timed assertion: at this size a scan from each "[" to the text's
    # "]" (the quadratic way) would run for hours.
    brackets = "[" * 300_000 + "](staff.md)"
    assert with_page_links(brackets, ".", URLS.get).endswith("](/base/staff/)")
    # Runs of backticks, each closed by the next of its own length only.
    runs = "a" + "".join("`" * length + "a" for length in range(600, 0, -1))
    assert with_page_links(runs + "[x](staff.md)", ".", URLS.get).endswith(
        "[x](/base/staff/)"
    )

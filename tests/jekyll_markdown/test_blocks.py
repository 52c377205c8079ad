import markdown
import pytest

from jekyll_markdown.blocks import BARE_TEXT_MARK, ITEMS_MARK, normalise_lists
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown

CASES = [
    ("para\n* a\n* b", "para\n\n* a\n* b"),
    ("* a\n  * b\n  * c\n* d", "* a\n    * b\n    * c\n* d"),
    ("* a\n    * b\n    * c", "* a\n    * b\n    * c"),
    ("1. a\n   1. b", "1. a\n    1. b"),
    ("# Heading\n* a", "# Heading\n* a"),
    ("```\npara\n* not a list\n```", "```\npara\n* not a list\n```"),
    ("text\n    * indented code-like", "text\n    * indented code-like"),
    # An item right after an item's indented paragraph starts the next item.
    ("* a\n\n  more a\n* b", f"* a\n\n    more a\n\n{ITEMS_MARK.format('last')}\n* b"),
    ("* a\n\nafter", "* a\n\nafter"),
    # A fence outside any item's content, then an item: a list begins. The
    # fence (up to three spaces in) moves to the margin, its code as written.
    ("  ```\n  x\n  ```\n- a", "```\n  x\n```\n\n- a"),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_normalise_lists(source: str, expected: str) -> None:
    assert normalise_lists(source) == expected


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["extra", "jekyll_markdown.extension"])


def test_two_space_nesting_renders_nested_lists() -> None:
    html = render("Tools:\n* Computers:\n  * Polaris\n  * Frontera\n* Other")
    assert html.count("<ul>") == 2
    assert "<li>Computers:\n<ul>" in html or "<li>Computers:<ul>" in html.replace(
        "\n", ""
    )


def test_headings_get_kramdown_gfm_ids() -> None:
    html = render("## Results/ Takeaways\n\n## Why *Me*?\n\n## Why Me\n\n## `code` & é")
    assert 'id="results-takeaways"' in html
    assert 'id="why-me"' in html
    assert 'id="why-me-1"' in html
    assert 'id="code--é"' in html


def test_a_fence_right_after_an_items_text_is_the_items() -> None:
    # kramdown keeps such a fence (at any indentation) in the item, and the
    # text right after it; Python-Markdown needs them apart and indented,
    # and the mark keeps the item's text bare.
    source = "- Run it\n```bash\nmake\n```\nand then\n- Next\n"
    assert normalise_lists(source) == (
        f"- Run it\n\n    {BARE_TEXT_MARK}\n    ```bash\n    make\n    ```\n\n"
        f"    and then\n\n{ITEMS_MARK.format('last')}\n- Next\n"
    )
    html = render_markdown(site_markdown(), source)
    assert html.count("<li>") == 2 and "<p>and then</p>\n</li>" in html
    assert "<pre>" in html.split("<li>")[1]  # the code is in the first item
    # Both texts bare, as kramdown shows them.
    assert "<li>Run it" in html and "<li>Next</li>" in html
    assert "kramdown-items" not in html


def test_a_closing_fence_may_stand_further_in() -> None:
    source = "- a\n\n  ```\n  x\n    ```\n- b\n"
    lines = normalise_lists(source).split("\n")
    # The closing fence stands where its opening one does, in the item.
    assert lines[2] == lines[4] == "    ```"


def _marked(shown: str, indent: str = "") -> str:
    return f"{indent}{ITEMS_MARK.format(shown)}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # The next item of the list follows: the part's first item is bare.
        (
            "* a\n\n  more a\n* b\n* c",
            ["* a", "", "    more a", "", _marked("tight"), "* b", "* c"],
        ),
        # A blank line, then the list goes on: a paragraph.
        (
            "* a\n\n  more a\n* b\n\n* c",
            ["* a", "", "    more a", "", _marked("loose"), "* b", "", "* c"],
        ),
        # No item of its list follows: kramdown looks at the items before.
        ("* a\n\n  more a\n* b\n\nafter", [
            "* a", "", "    more a", "", _marked("last"), "* b", "", "after"]),
        # After a deeper list begun below a blank line, on its own level.
        ("- a\n  - b\n\n    more b\n  - c\n  - d", [
            "- a", "    - b", "", "        more b", "", _marked("tight", "    "),
            "    - c", "    - d"]),
    ],
)  # fmt: skip
def test_an_item_after_an_items_paragraph_begins_a_marked_part(
    source: str, expected: list[str]
) -> None:
    assert normalise_lists(source).split("\n") == expected


def test_an_item_of_the_other_kind_after_a_paragraph_is_a_line_of_it() -> None:
    # kramdown's ordered list does not go on with a bullet: "* b" is text.
    source = "1. a\n\n   more a\n* b\n* c"
    assert normalise_lists(source) == "1. a\n\n    more a\n* b\n* c"


def test_a_fence_right_after_a_paragraph_line_ends_the_paragraph() -> None:
    # kramdown ends a paragraph at a fence, and starts one after its closing
    # line; Python-Markdown read the code into the paragraph (<p><div>).
    source = "Run:\n```bash\nmake\n```\nIt prints the table.\n"
    assert normalise_lists(source) == (
        "Run:\n\n```bash\nmake\n```\n\nIt prints the table.\n"
    )
    html = render_markdown(site_markdown(), source)
    assert "<p>Run:</p>" in html and "<p>It prints the table.</p>" in html


def test_a_fence_three_spaces_in_keeps_its_code_as_written() -> None:
    source = "   ```\n  two\n    four\n   ```\n"
    assert normalise_lists(source) == "```\n  two\n    four\n```\n"


def test_a_longer_closing_fence_closes_the_code() -> None:
    source = "```\ncode\n``````\n\nafter\n"
    assert normalise_lists(source) == "```\ncode\n```\n\nafter\n"


def test_text_after_a_fence_in_an_item_is_a_paragraph_of_the_item() -> None:
    source = "- Build\n  ```\n  make\n  ```\n  and read.\n- Next\n"
    html = render_markdown(site_markdown(), source)
    assert "<li>Build<div" in html and "<p>and read.</p>" in html
    assert "<li>Next</li>" in html

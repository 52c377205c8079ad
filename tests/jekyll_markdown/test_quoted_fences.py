from jekyll_markdown.quoted_fences import part_quoted_fences
from jekyll_markdown.render import render_markdown
from tests.jekyll_markdown.kramdown_cases import site_markdown


def test_a_quoted_fence_is_parted_from_the_text_around_it() -> None:
    lines = ["> text", "> ```", "> code", "> ```", "> more"]
    assert part_quoted_fences(lines) == [
        "> text", ">", "> ```", "> code", "> ```", ">", "> more"
    ]  # fmt: skip


def test_a_fence_in_a_nested_quote_is_parted_at_its_depth() -> None:
    lines = ["> a", "> > b", "> > ~~~", "> > c", "> > ~~~", "> > d"]
    parted = part_quoted_fences(lines)
    assert parted[2] == parted[6] == ">>"
    assert len(parted) == len(lines) + 2


def test_lines_outside_quotes_are_left_as_they_are() -> None:
    lines = ["> q", "> ```", "> x", "> ```", "", "text", "- item", "  more"]
    assert part_quoted_fences(lines)[4:] == lines[3:]


def test_the_code_is_a_block_of_its_own_in_the_quote() -> None:
    html = render_markdown(site_markdown(), "> text\n> ```\n> code\n> ```\n> more\n")
    assert "<p>text</p>" in html and "<p>more</p>" in html
    assert "<p>text\n<div" not in html


def test_a_fence_with_a_language_inside_quoted_code_does_not_close_it() -> None:
    # kramdown closes a fence only with a bare run: "```python" is code.
    lines = ["> ```", "> a", "> ```python", "> b", "> ```", "> after"]
    assert part_quoted_fences(lines) == [*lines[:5], ">", "> after"]

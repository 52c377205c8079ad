"""Warnings about a body name its line: formulas, kramdown options."""

from __future__ import annotations

import logging

import pytest

from jekyll_reader import body_warnings
from jekyll_reader.body_warnings import (
    warn_formula_problems,
    warn_images_without_alt,
    warn_unhonoured_options,
)

BODY = "Intro.\n\nA broken one, $$\\frac{1}{$$, and a fine one $$x$$.\n"


def test_the_warning_names_the_line_and_quotes_the_tex_as_written(
    caplog: pytest.LogCaptureFixture,
) -> None:
    html = "<p>A broken one, \\(\\frac{1}{\\), and a fine one \\(x\\).</p>"
    with caplog.at_level(logging.WARNING):
        warn_formula_problems(html, BODY, 5, "_posts/x.md")
    assert [r.getMessage() for r in caplog.records] == [
        "_posts/x.md:7: the formula «\\frac{1}{» cannot be drawn (1 { not closed); "
        "readers see its TeX. Fix the formula."
    ]


def test_a_formula_not_in_the_source_is_named_without_a_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        warn_formula_problems("<p>\\(\\begin{x}\\)</p>", BODY, 5, "page.md")
    assert (
        caplog.records[0].getMessage().startswith("page.md: the formula «\\begin{x}»")
    )


def test_an_option_this_build_does_not_apply_is_named_at_its_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = 'Text.\n\n{::options parse_block_html="true" parse_span_html="false" /}\n'
    with caplog.at_level(logging.WARNING):
        warn_unhonoured_options(body, 4, "_posts/x.md")
    assert [r.getMessage() for r in caplog.records] == [
        "_posts/x.md:6: the kramdown option parse_span_html is not applied by this build; "
        "the page is rendered with Jekyll's default for it."
    ]


def test_images_without_alt_text_are_named_once_at_the_first(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = "Intro.\n\n![](a.png)\n\n<img src='/img/b.png'>\n\n![shown](c.png)\n"
    html = (
        "<p><img src=\"a.png\" /></p>\n<img src='/img/b.png'>\n"
        '<p><img src="c.png" alt="shown" /></p>'
    )
    with caplog.at_level(logging.WARNING):
        warn_images_without_alt(html, body, 5, "_posts/x.md")
    assert [r.getMessage() for r in caplog.records] == [
        "_posts/x.md:7: 2 image(s) have no alt text ('a.png', 'b.png'); screen "
        "readers announce them by file name. Say what each shows: "
        '![what it shows](file.png) or alt="...".'
    ]


def test_an_image_written_without_text_is_named_and_html_decoration_is_not(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # kramdown gives ![](a.png) an empty alt; an author's alt="" in HTML
    # marks an image as decoration.
    body = "![](a.png)\n\n<img src='/deco.png' alt=''>\n\n![ ](<b c.png>)\n"
    html = (
        "<p><img src=\"a.png\" alt=\"\" /></p>\n<img src='/deco.png' alt=''>\n"
        '<p><img src="b%20c.png" alt="" /></p>'
    )
    with caplog.at_level(logging.WARNING):
        warn_images_without_alt(html, body, 1, "x.md")
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith("x.md:1: 1 image(s) have no alt text ('a.png')")


def test_an_image_is_named_by_its_file_without_the_query(
    caplog: pytest.LogCaptureFixture,
) -> None:
    src = "https://host.example/u/9/shot.gif?jwt=eyJ0eXAi/LCJhbGci/OiJIUzI1NiJ9"
    with caplog.at_level(logging.WARNING):
        warn_images_without_alt(f'<img src="{src}">', f"<img src='{src}'>", 1, "x.md")
    (message,) = [r.getMessage() for r in caplog.records]
    assert "have no alt text ('shot.gif')" in message


def test_many_images_written_without_text_are_read_once() -> None:
    # Each ![](src) was once looked for in the whole body: quadratic. At
    # this size that never ends; read once, it is instant.
    count = 60_000
    body = "".join(f"![](i{n}.png)\n" for n in range(count))
    html = "".join(f'<img src="i{n}.png" alt="" />' for n in range(count))
    with pytest.MonkeyPatch.context() as patch:
        said = []
        patch.setattr(body_warnings.logger, "warning", lambda *a: said.append(a))
        warn_images_without_alt(html, body, 1, "x.md")
    assert said[0][2] == count


def test_pelican_s_own_empty_alt_warning_is_the_one_pelicanconf_filters() -> None:
    # LOG_FILTER drops it by its template: the reader names these images.
    import inspect  # noqa: PLC0415

    from pelican import readers  # noqa: PLC0415

    import pelicanconf  # noqa: PLC0415

    template = "Empty alt attribute for image %s in %s"
    assert (logging.WARNING, template) in pelicanconf.LOG_FILTER
    assert f'"{template}"' in inspect.getsource(readers.find_empty_alt)

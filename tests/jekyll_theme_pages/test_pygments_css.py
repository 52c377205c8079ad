"""Code colours that read on the theme's code box, in both schemes."""

from __future__ import annotations

import re

from jekyll_theme_pages.pygments_css import (
    DARK_CODE_BACKGROUND,
    LIGHT_CODE_BACKGROUND,
    contrast,
    pygments_css,
    readable,
)
from tests.helpers import PROJECT_ROOT

_RULE = re.compile(r"^(?P<selector>[^{]+)\{(?P<body>[^}]*)\}", re.MULTILINE)
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\b")


def test_every_token_colour_reads_on_the_code_box_of_its_scheme() -> None:
    checked = 0
    for rule in _RULE.finditer(pygments_css()):
        dark = rule["selector"].startswith(":root")  # the dark schemes' rules
        background = DARK_CODE_BACKGROUND if dark else LIGHT_CODE_BACKGROUND
        for colour in _COLOUR.findall(rule["body"]):
            assert contrast(colour, background) >= 4.5, rule.group(0)
            checked += 1
    assert checked > 100  # both styles, both dark selectors


def test_inline_code_given_a_language_takes_the_token_colours_of_each_scheme() -> None:
    css = pygments_css()
    for scheme in ("", ':root[data-theme="dark"] ', ':root:not([data-theme="light"]) '):
        assert f"{scheme}code.highlighter-rouge .nb {{ color: #" in css
        assert f"{scheme}code.highlighter-rouge {{" not in css  # its own background


def test_the_backgrounds_are_the_stylesheets_code_box() -> None:
    css = (PROJECT_ROOT / "theme/static/css/site.css").read_text()
    soft = re.findall(r"--bg-soft:\s*(#[0-9a-f]{6})", css)
    assert soft[0] == LIGHT_CODE_BACKGROUND
    assert set(soft[1:]) == {DARK_CODE_BACKGROUND}
    assert re.search(r"^pre \{[^}]*background: var\(--bg-soft\)", css, re.MULTILINE)


def test_a_colour_that_reads_is_kept_and_one_that_does_not_keeps_its_hue() -> None:
    assert readable("#000080", LIGHT_CODE_BACKGROUND) == "#000080"
    darker = readable("#3d7b7b", LIGHT_CODE_BACKGROUND)  # 4.45:1 as Pygments has it
    assert contrast(darker, LIGHT_CODE_BACKGROUND) >= 4.5
    red, green, blue = (int(darker[i : i + 2], 16) for i in (1, 3, 5))
    assert red < green == blue  # still teal
    lighter = readable("#444444", DARK_CODE_BACKGROUND)
    assert contrast(lighter, DARK_CODE_BACKGROUND) >= 4.5

"""Code highlighting colours for the light and the dark theme, from Pygments.

Pygments' styles are drawn for their own backgrounds; on the theme's code
box a few token colours fall short of WCAG's 4.5:1 contrast for text (the
default style's comments, 4.45:1). Each such colour is darkened (light
scheme) or lightened (dark scheme) just enough, keeping its hue.
"""

from __future__ import annotations

import re

from pygments.formatters import HtmlFormatter

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
# The code box's background in each scheme: --bg-soft in theme/static/css/site.css.
LIGHT_CODE_BACKGROUND = "#f4f5f7"
DARK_CODE_BACKGROUND = "#1f2126"
TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text
_INLINE_CODE = "code.highlighter-rouge"
_DARK_SELECTOR = ':root[data-theme="dark"] .highlight'
_AUTO_DARK_SELECTOR = ':root:not([data-theme="light"]) .highlight'
_TEXT_COLOUR = re.compile(r"(?<![-\w])color:\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def _rgb(colour: str) -> tuple[int, int, int]:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """Return WCAG's contrast ratio of two ``#rrggbb`` (or ``#rgb``) colours."""
    lighter, darker = sorted(
        (_luminance(_rgb(foreground)), _luminance(_rgb(background))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: str, background: str) -> str:
    """Return ``colour`` moved toward black or white until it reads on ``background``.

    Mixed in steps of 2 %, so its hue stays; a colour that reads is kept.
    """
    toward = 0 if _luminance(_rgb(background)) > 0.5 else 255
    rgb = _rgb(colour)
    share = 0.0
    candidate = colour
    while contrast(candidate, background) < TEXT_CONTRAST and share < 1:
        share += 0.02
        mixed = (round(v + (toward - v) * share) for v in rgb)
        candidate = "#{:02x}{:02x}{:02x}".format(*mixed)
    return candidate


def _rules(style: str, selector: str, background: str) -> str:
    css = HtmlFormatter(style=style).get_style_defs(selector)
    lines = [line for line in css.splitlines() if line.startswith(selector)]
    # Inline code given a language (kramdown's highlighter-rouge) holds the
    # same token spans, on the same background: the same colours.
    inline = selector.replace(".highlight", _INLINE_CODE)
    lines += [
        line.replace(selector, inline, 1)
        for line in lines
        if line.startswith(f"{selector} .")
    ]
    rules = "\n".join(lines)
    return _TEXT_COLOUR.sub(
        lambda m: f"color: {readable('#' + m.group(1), background)}", rules
    )


def pygments_css() -> str:
    """Return the stylesheet: light by default, dark by choice or by system."""
    auto_dark = _rules(DARK_STYLE, _AUTO_DARK_SELECTOR, DARK_CODE_BACKGROUND)
    return (
        "/* Code highlighting, generated from Pygments styles "
        f"{LIGHT_STYLE!r} (light) and {DARK_STYLE!r} (dark), "
        "each token colour at least 4.5:1 on the code box. */\n"
        f"{_rules(LIGHT_STYLE, '.highlight', LIGHT_CODE_BACKGROUND)}\n"
        f"{_rules(DARK_STYLE, _DARK_SELECTOR, DARK_CODE_BACKGROUND)}\n"
        "@media (prefers-color-scheme: dark) {\n"
        f"{auto_dark}\n"
        "}\n"
    )

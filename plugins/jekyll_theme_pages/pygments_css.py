"""Code highlighting colours for the light and the dark theme, from Pygments."""

from __future__ import annotations

from pygments.formatters import HtmlFormatter

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
_DARK_SELECTOR = ':root[data-theme="dark"] .highlight'
_AUTO_DARK_SELECTOR = ':root:not([data-theme="light"]) .highlight'


def _rules(style: str, selector: str) -> str:
    css = HtmlFormatter(style=style).get_style_defs(selector)
    return "\n".join(line for line in css.splitlines() if line.startswith(selector))


def pygments_css() -> str:
    """Return the stylesheet: light by default, dark by choice or by system."""
    auto_dark = _rules(DARK_STYLE, _AUTO_DARK_SELECTOR)
    return (
        "/* Code highlighting, generated from Pygments styles "
        f"{LIGHT_STYLE!r} (light) and {DARK_STYLE!r} (dark). */\n"
        f"{_rules(LIGHT_STYLE, '.highlight')}\n"
        f"{_rules(DARK_STYLE, _DARK_SELECTOR)}\n"
        "@media (prefers-color-scheme: dark) {\n"
        f"{auto_dark}\n"
        "}\n"
    )

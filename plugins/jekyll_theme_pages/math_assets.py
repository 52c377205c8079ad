r"""MathJax, served by the site itself, for the pages that hold math.

kramdown writes math for MathJax (``\(...\)`` and ``\[...\]``) and Jekyll
sites load MathJax from a CDN; here it comes from a package
(``django-static-mathjax``: MathJax 3, no Django needed) and is copied into
the theme's folder of the output, so a page with math makes no third-party
request. Only the one script that holds the TeX input, every extension and
the HTML output is copied, with the safe extension and the fonts: about
1.6 MB, loaded only by the pages that hold math (``JEKYLL_MATH = "none"``
copies nothing and loads nothing, for a site that loads its own).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup

from jekyll_engine.whole_files import copy_whole

SCRIPT = "tex-chtml-full.js"
# MathJax's safe extension: no javascript: in \href, no \style that
# positions: TeX comes from text (titles, excerpts, posts of others).
SAFE = "ui/safe.js"
FONTS = "output/chtml/fonts/woff-v2"
# Where MathJax's files are in the output's theme folder.
FOLDER = "mathjax"


def mathjax_source() -> Path:
    """Return the folder of the packaged MathJax's browser files."""
    return Path(str(files("mathjax") / "static" / "mathjax" / "es5"))


def math_assets() -> list[str]:
    """Return the files a page with math needs, relative to MathJax's folder."""
    source = mathjax_source()
    fonts = sorted(p.relative_to(source).as_posix() for p in (source / FONTS).iterdir())
    return [SCRIPT, SAFE, *fonts]


def copy_math_assets(target: Path) -> int:
    """Copy MathJax into ``target`` where it is missing or differs; return how many."""
    source = mathjax_source()
    copied = 0
    for name in math_assets():
        origin, copy = source / name, target / name
        try:
            same = copy.stat().st_size == origin.stat().st_size and (
                copy.read_bytes() == origin.read_bytes()
            )
        except OSError:
            same = False
        if not same:
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy_whole(origin, copy)
            copied += 1
    return copied


def mathjax_config(settings: Mapping[str, Any]) -> dict[str, Any]:
    r"""Return MathJax's configuration: kramdown's delimiters and the site's setup.

    ``\(...\)`` and ``\[...\]`` always (kramdown writes them); ``$...$``
    and ``$$...$$`` and ``\$`` as a dollar when the site reads single dollars
    (an HTML post exported from a notebook writes them as they are); equation
    numbers, macros and packages as the ``JEKYLL_MATH_*`` settings give them.
    A formula MathJax cannot read shows its TeX (``noerrors``).
    """
    dollars = bool(settings.get("JEKYLL_MATH_INLINE_DOLLARS"))
    inline = [["\\(", "\\)"], *([["$", "$"]] if dollars else [])]
    packages = ["noerrors", *(settings.get("JEKYLL_MATH_PACKAGES") or [])]
    tex: dict[str, Any] = {
        "inlineMath": inline,
        "displayMath": [["\\[", "\\]"], *([["$$", "$$"]] if dollars else [])],
        "processEscapes": dollars,
        "packages": {"[+]": packages},
        "tags": settings.get("JEKYLL_MATH_NUMBERING") or "none",
    }
    macros = settings.get("JEKYLL_MATH_MACROS")
    if macros:
        tex["macros"] = {
            name: list(v) if isinstance(v, tuple) else v for name, v in macros.items()
        }
    return {
        "loader": {"load": ["ui/safe"]},
        "tex": tex,
        "options": {"ignoreHtmlClass": "no-math"},
    }


@pass_context
def mathjax_script_config(context: Any) -> Markup:
    """Return ``mathjax_config`` as JavaScript safe inside a ``<script>`` element."""
    text = json.dumps(mathjax_config(context), ensure_ascii=True, separators=(",", ":"))
    for character, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(character, escaped)
    return Markup(text)  # noqa: S704 (JSON, with every markup character escaped)

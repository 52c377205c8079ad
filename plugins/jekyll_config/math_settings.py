"""The math settings: who draws kramdown's math, and the site's math setup.

``JEKYLL_MATH_*`` other than ``JEKYLL_MATH`` come from the site's own
MathJax or KaTeX setup when ``pelicanconf.py`` leaves them ``None``
(``math_setup``); nothing found, kramdown's rules only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from jekyll_common.setting_kinds import BOOL, Kind, Setting, group
from jekyll_common.settings import declare


def _is_macros(value: Any) -> bool:
    return isinstance(value, Mapping) and all(
        isinstance(name, str)
        and (
            isinstance(tex, str)
            or (
                isinstance(tex, list | tuple)
                and len(tex) == 2
                and isinstance(tex[0], str)
                and isinstance(tex[1], int)
            )
        )
        for name, tex in value.items()
    )


MATH_RENDERERS: Final = Kind(
    '"mathjax" (this site serves MathJax) or "none" (the site loads its own)',
    lambda v: v in ("mathjax", "none"),
)
OPTIONAL_BOOL: Final = Kind(
    "True, False or None", lambda v: v is None or BOOL.accepts(v), "True"
)
NUMBERING: Final = Kind(
    '"none", "ams" (numbered environments), "all" (every display), or None',
    lambda v: v in (None, "none", "ams", "all"),
    '"ams"',
)
MACROS: Final = Kind(
    "a dict of macro names to TeX, or to [TeX, number of arguments]; or None",
    lambda v: v is None or _is_macros(v),
    '{"RR": "\\\\mathbb{R}"}',
)
PACKAGES: Final = Kind(
    "a list of MathJax TeX package names, or None",
    lambda v: (
        v is None
        or (isinstance(v, list | tuple) and all(isinstance(p, str) for p in v))
    ),
    '["physics"]',
)

MATH_ROWS: Final = declare(
    *group(
        "math",
        Setting(
            "JEKYLL_MATH",
            MATH_RENDERERS,
            "mathjax",
            "who draws kramdown's math: MathJax served by the site, on pages with "
            "math only, or `none`",
        ),
        Setting(
            "JEKYLL_MATH_INLINE_DOLLARS",
            OPTIONAL_BOOL,
            None,
            "`$...$` is inline math, as the site's MathJax `inlineMath` (or KaTeX "
            "`delimiters`) makes it, and an HTML document's `$$...$$` display "
            "math (`None`: as the site's setup says; none: off)",
            shown="None",
        ),
        Setting(
            "JEKYLL_MATH_NUMBERING",
            NUMBERING,
            None,
            "equation numbers, as MathJax's `tags` (`autoNumber` in MathJax 2)",
            shown="None",
        ),
        Setting(
            "JEKYLL_MATH_MACROS",
            MACROS,
            None,
            "TeX macros every formula may use, as MathJax's `macros`",
            shown="None",
        ),
        Setting(
            "JEKYLL_MATH_PACKAGES",
            PACKAGES,
            None,
            "TeX packages loaded beyond MathJax's defaults (`physics`, `mhchem`...)",
            shown="None",
        ),
    )
)

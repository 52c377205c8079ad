"""Warnings about a body as written: formulas, kramdown options not honoured."""

from __future__ import annotations

import logging

from jekyll_markdown.html_blocks import unhonoured_options
from jekyll_markdown.math import formula_problems

logger = logging.getLogger(__name__)

_SHOWN = 60  # characters of a long formula a message quotes


def warn_formula_problems(html: str, source: str, first_line: int, shown: str) -> None:
    """Warn of each formula of ``html`` that cannot be drawn, where ``source`` has it.

    ``source`` is the document's body as written, starting at file line
    ``first_line``; a formula not found there (made by Liquid) is named
    without a line.
    """
    for tex, problem in formula_problems(html):
        at = source.find(tex)
        where = (
            f"{shown}:{first_line + source.count(chr(10), 0, at)}" if at >= 0 else shown
        )
        quoted = tex if len(tex) <= _SHOWN else tex[: _SHOWN - 3] + "..."
        logger.warning(
            "%s: the formula «%s» cannot be drawn (%s); readers see its TeX. "
            "Fix the formula.",
            where,
            quoted,
            problem,
        )


def warn_unhonoured_options(source: str, first_line: int, shown: str) -> None:
    """Warn of each ``{::options}`` key of ``source`` this build does not apply."""
    for line, key in unhonoured_options(source):
        logger.warning(
            "%s:%d: the kramdown option %s is not applied by this build; the "
            "page is rendered with Jekyll's default for it.",
            shown,
            first_line + line - 1,
            key,
        )

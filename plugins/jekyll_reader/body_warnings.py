"""Warnings about a body as written: formulas, options, images' text, nesting."""

from __future__ import annotations

import html as html_text
import logging
import re
from pathlib import Path
from urllib.parse import urlsplit

from jekyll_markdown.html_blocks import unhonoured_options
from jekyll_markdown.math import formula_problems
from jekyll_markdown.nesting import MOST_COLUMNS, MOST_QUOTES, bounded_nesting
from jekyll_reader.layouts import layout_scripts
from jekyll_reader.source import SourceDocument

logger = logging.getLogger(__name__)

_SHOWN = 60  # characters of a long formula a message quotes
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HAS_ALT = re.compile(r"\salt\s*=", re.IGNORECASE)
_EMPTY_ALT = re.compile(r"""\salt\s*=\s*(?:""|'')""", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_NAMED = 3  # images a message names before "and N more"
# kramdown's ``alt=""``: an image written ``![](src)`` in Markdown.
_WITHOUT_ALT = re.compile(r"!\[\s*\]\(\s*(?:<([^>\n]*)>|([^\s)]+))")
_SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
# A script from another host (a tweet's, a gist's widget) brings what it
# needs; one of another type (JSON, a template) is no program.
_SELF_CONTAINED = re.compile(
    r"""\ssrc\s*=\s*["']?(?:https?:)?//|\stype\s*=\s*["']?(?!(?:text|application)/"""
    r"""(?:java|ecma)script|module)""",
    re.IGNORECASE,
)


def warn_body(
    html: str,
    body: SourceDocument,
    shown: str,
    *,
    has_math: bool,
    layout: tuple[Path, str | None] | None = None,
) -> None:
    """Warn of what in a Markdown body readers or this build cannot honour.

    ``layout``: the site's folder, and the document's own layout there.
    """
    source, first_line = body.body, body.body_line
    if has_math:
        warn_formula_problems(html, source, first_line, shown)
    warn_unhonoured_options(source, first_line, shown)
    warn_images_without_alt(html, source, first_line, shown)
    warn_deep_nesting(source, first_line, shown)
    if layout is not None:
        warn_scripts_without_their_layout(source, first_line, shown, *layout)


def warn_deep_nesting(source: str, first_line: int, shown: str) -> None:
    """Warn at the first line nested deeper than the Markdown reader reads."""
    _, first = bounded_nesting(source.expandtabs(4).split("\n"))
    if first is not None:
        logger.warning(
            "%s:%d: lists or quotes nest deeper here than this build reads "
            "(%d quote markers, %d columns of indentation); the deeper lines are "
            "shown at that depth. Nest them less deeply.",
            shown,
            first_line + first,
            MOST_QUOTES,
            MOST_COLUMNS,
        )


def warn_scripts_without_their_layout(
    source: str, first_line: int, shown: str, site: Path, layout: str | None
) -> None:
    """Warn when a body's own scripts lose the scripts its site's layout loads.

    An interactive figure's script often uses what the layout loaded (d3,
    jQuery); this theme loads none of them, so it would not run.
    """
    at = next(
        (
            m.start()
            for m in _SCRIPT.finditer(source)
            if not _SELF_CONTAINED.search(m[1])
        ),
        -1,
    )
    scripts = layout_scripts(site, layout) if at >= 0 else ()
    if not scripts:
        return
    listed = ", ".join(scripts[:_NAMED]) + (
        f" and {len(scripts) - _NAMED} more" if len(scripts) > _NAMED else ""
    )
    logger.warning(
        "%s:%d: its scripts may need what the site's layout %r loads (%s), which "
        "this theme does not load: they may not run. Load what they need in the "
        'page, before them (<script src="..."></script>).',
        shown,
        first_line + source.count("\n", 0, at),
        layout,
        listed,
    )


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


def warn_images_without_alt(
    html: str, source: str, first_line: int, shown: str
) -> None:
    """Warn once per document of its images that have no ``alt`` text.

    Screen readers announce such an image by its file name. An image
    without ``alt``, or written ``![](file.png)`` (kramdown's ``alt=""``),
    is named; ``alt=""`` in the author's HTML marks an image as decoration,
    and is left alone. The page keeps the image as written: only its
    author knows what it shows.
    """
    names = []
    written_without_alt = None  # the sources of ``![](src)``, found once
    for tag in _IMG.findall(html):
        src = _SRC.search(tag)
        name = html_text.unescape(src.group(1)) if src else ""
        if _HAS_ALT.search(tag):
            if not (name and _EMPTY_ALT.search(tag)):
                continue
            if written_without_alt is None:
                written_without_alt = {
                    m[1] or m[2] for m in _WITHOUT_ALT.finditer(source)
                }
            if name not in written_without_alt:
                continue
        names.append(name)
    if not names:
        return
    at = source.find(names[0]) if names[0] else -1
    where = f"{shown}:{first_line + source.count(chr(10), 0, at)}" if at >= 0 else shown
    listed = ", ".join(repr(_file_name(n)) for n in names[:_NAMED])
    more = f" and {len(names) - _NAMED} more" if len(names) > _NAMED else ""
    logger.warning(
        "%s: %d image(s) have no alt text (%s%s); screen readers announce them by "
        "file name. Say what each shows: ![what it shows](file.png) or "
        'alt="...".',
        where,
        len(names),
        listed,
        more,
    )


def _file_name(src: str) -> str:
    """Return the file name an image's address ends with, without its query."""
    return urlsplit(src).path.rstrip("/").rpartition("/")[2] or src

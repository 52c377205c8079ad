"""Links to a site's Markdown files, written as the URLs of their pages.

``[Staff](staff.md)``, ``[part](../notes/a.md#b)`` and ``[x]: /docs/y.md``
name a source file; the site serves its page elsewhere (``/staff/``). Pure
text work on Markdown before it is rendered, as jekyll-relative-links does
it: images, code spans, fenced code and links with a scheme are left alone,
and so is a link to a file that is no page of the site.
"""

from __future__ import annotations

import posixpath
import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Final
from urllib.parse import unquote, urlsplit

from jekyll_common.paths import MARKDOWN_SUFFIX

# A Markdown file's name, with a fragment perhaps.
_TARGET: Final = rf"[^\s()<>\"']+?{MARKDOWN_SUFFIX}(?:#[^\s()<>\"']*)?"
# An inline link's opening (its text holds no bracket, so each "[" is
# scanned once) and target, or a reference definition's.
_LINK: Final = re.compile(
    rf"(?P<inline>(?<!!)\[[^\[\]\n]*\]\()(?P<target>{_TARGET})(?=[\s)])"
    rf"|(?P<definition>^ {{0,3}}\[[^\[\]\n]+\]:[ \t]*)(?P<defined>{_TARGET})(?=\s|$)",
    re.MULTILINE,
)
_TICKS: Final = re.compile(r"`+")
_FENCE: Final = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


def with_page_links(text: str, folder: str, url_of: Callable[[str], str | None]) -> str:
    """Return Markdown ``text`` with its links to pages' sources as their URLs.

    ``folder``: the document's folder in the site; ``url_of`` gives the URL
    (with the base path) of the page a source file becomes, or None.
    """
    parts = _outside_fences(text)
    return "".join(
        part if number % 2 else _linked(part, folder, url_of)  # fenced code as is
        for number, part in enumerate(parts)
    )


def _linked(text: str, folder: str, url_of: Callable[[str], str | None]) -> str:
    spans = _code_spans(text)
    starts = [start for start, _ in spans]

    def link(found: re.Match[str]) -> str:
        where = bisect_right(starts, found.start()) - 1
        if where >= 0 and found.start() < spans[where][1]:
            return found[0]  # in a code span
        lead = found["inline"] or found["definition"]
        target = found["target"] or found["defined"]
        url = _page_url(target, folder, url_of)
        return lead + url if url else found[0]

    return _LINK.sub(link, text)


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Return where code spans are: a run of backticks to the next of its length.

    Each run's closing one is looked up among the runs of its length, so
    backticks that close nothing cost no scan to the end of the text.
    """
    runs = [(found.start(), len(found[0])) for found in _TICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for start, length in runs:
        by_length.setdefault(length, []).append(start)
    spans: list[tuple[int, int]] = []
    for start, length in runs:
        if spans and start < spans[-1][1]:
            continue
        same = by_length[length]
        after = bisect_right(same, start)
        if after < len(same):
            spans.append((start, same[after] + length))
    return spans


def _page_url(
    target: str, folder: str, url_of: Callable[[str], str | None]
) -> str | None:
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    source = posixpath.normpath(posixpath.join("/", folder, path)).lstrip("/")
    url = url_of(source)
    if url is None:
        return None
    return url + (f"#{parts.fragment}" if parts.fragment else "")


def _outside_fences(text: str) -> list[str]:
    """Split ``text`` into pieces outside and inside fenced code, alternately."""
    pieces, start, position = [], 0, 0
    while (opening := _FENCE.search(text, position)) is not None:
        fence = opening[1]
        closing = re.compile(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}[ \t]*$", re.M)
        end = closing.search(text, opening.end())
        stop = end.end() if end is not None else len(text)
        pieces += [text[start : opening.start()], text[opening.start() : stop]]
        start = position = stop
    return [*pieces, text[start:]]

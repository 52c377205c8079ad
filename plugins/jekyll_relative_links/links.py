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
from collections.abc import Callable
from typing import Final
from urllib.parse import unquote, urlsplit

# A Markdown file's name, with a fragment perhaps.
_TARGET: Final = r"[^\s()<>\"']+?\.(?:md|markdown|mkdn|mkd|mdown)(?:#[^\s()<>\"']*)?"
_PIECE: Final = re.compile(
    rf"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    rf"|(?P<inline>(?<!!)\[[^\]\n]*\]\()(?P<target>{_TARGET})(?=[\s)])"
    rf"|(?P<definition>^ {{0,3}}\[[^\]\n]+\]:[ \t]*)(?P<defined>{_TARGET})(?=\s|$)",
    re.MULTILINE | re.DOTALL,
)
_FENCE: Final = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_NAMED: Final = re.compile(r"\.(?:md|markdown|mkdn|mkd|mdown)(?:[#)\s]|$)", re.I)


def names_markdown_file(text: str) -> bool:
    """Return whether ``text`` may link to a Markdown file (a quick test)."""
    return _NAMED.search(text) is not None


def with_page_links(text: str, folder: str, url_of: Callable[[str], str | None]) -> str:
    """Return Markdown ``text`` with its links to pages' sources as their URLs.

    ``folder``: the document's folder in the site; ``url_of`` gives the URL
    (with the base path) of the page a source file becomes, or None.
    """
    parts = []
    for number, part in enumerate(_outside_fences(text)):
        if number % 2:
            parts.append(part)  # fenced code, as written
            continue

        def linked(found: re.Match[str]) -> str:
            if found["code"] is not None:
                return found[0]
            lead = found["inline"] or found["definition"]
            target = found["target"] or found["defined"]
            url = _page_url(target, folder, url_of)
            return lead + url if url else found[0]

        parts.append(_PIECE.sub(linked, part))
    return "".join(parts)


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

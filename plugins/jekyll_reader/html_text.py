"""Front-matter text written in HTML: its words, with the links it holds.

Group blogs (the BAIR blog) write every post's authors as one HTML string,
each name linked to its page; al-folio's home page is titled
``<strong>Al</strong> Folio``. Their layouts print these unescaped. Text
from front matter stays text here: it is read into plain words and links
whose addresses pass the allowlist (``is_safe_url``); every other tag
(``<br>``, ``<sup>``, ``<strong>``) gives only its text. ``plain_text``
reads only formatting: a value holding any other element (a script, a
form) is shown as written, every character of it, never half-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from jekyll_common.safe_urls import is_safe_url

# A value holds HTML when it has a tag or an entity.
_MARKUP = re.compile(r"<[A-Za-z/!]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_SPACES = re.compile(r"\s+")
# Elements whose content is no one's name.
_SKIPPED = frozenset({"script", "style", "template"})
# Elements that set their text apart from the next: a space between them.
_BLOCKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4"})
# Tags that only hold or format words: a title or address written with them
# is read; any other (script, img, form) keeps the value as written.
_FORMATTING = _BLOCKS | frozenset({
    "a", "abbr", "b", "blockquote", "center", "cite", "code", "del", "em",
    "font", "i", "ins", "kbd", "mark", "ol", "q", "s", "small", "span", "strong",
    "sub", "sup", "u", "ul", "var", "wbr",
})  # fmt: skip
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")


@dataclass(frozen=True, slots=True)
class LinkedText:
    """Text's pieces in order: (text, link address or None)."""

    parts: tuple[tuple[str, str | None], ...]

    @property
    def text(self) -> str:
        """Return the plain text (its words, without links)."""
        return "".join(text for text, _ in self.parts)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, str | None]] = []
        self.href: str | None = None
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.href = href if href and is_safe_url(href) else None
        elif tag in _BLOCKS:
            self.handle_data(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a":
            self.href = None
        elif tag in _BLOCKS:
            self.handle_data(" ")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        text = _SPACES.sub(" ", data)
        if self.parts and self.parts[-1][1] == self.href:
            text = self.parts.pop()[0] + text
        self.parts.append((text, self.href))


def linked_text(value: str) -> LinkedText | None:
    """Return the words and links of a ``value`` holding HTML; None for plain text."""
    if not _MARKUP.search(value):
        return None
    parser = _TextParser()
    parser.feed(value)
    parser.close()
    # A link around nothing but spaces is dropped; spaces at either end go.
    parts = [
        (_SPACES.sub(" ", text), href)
        for text, href in parser.parts
        if text.strip() or href is None
    ]
    if parts:
        parts[0] = (parts[0][0].lstrip(), parts[0][1])
        parts[-1] = (parts[-1][0].rstrip(), parts[-1][1])
    found = tuple((text, href) for text, href in parts if text)
    return LinkedText(found) if found else None


def plain_text(value: str) -> str:
    """Return ``value`` as plain text: the words of its formatting, if it holds any.

    A value with a tag beyond formatting, or a comment, is returned as written.
    """
    if "<!" in value or any(
        name.lower() not in _FORMATTING for name in _TAG_NAME.findall(value)
    ):
        return value
    found = linked_text(value)
    return found.text if found is not None else value

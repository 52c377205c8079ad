"""Atom 1.0 feeds (RFC 4287) as jekyll-feed writes them, built as XML.

Entry ids are jekyll-feed's: the post's ``id`` (the directory of its URL
joined with its slug) made absolute, so readers of a migrated site see no
old post as new. Everything is serialised by ElementTree, never by string
formatting, so any text is escaped.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

ATOM = "http://www.w3.org/2005/Atom"
MEDIA = "http://search.yahoo.com/mrss/"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def jekyll_post_id(url_path: str, slug: str) -> str:
    """Return Jekyll's ``Document#id``: ``File.join(File.dirname(url), slug)``."""
    directory = posixpath.dirname(url_path.rstrip("/")) or "/"
    return posixpath.join(directory, slug)


@dataclass(frozen=True, slots=True)
class Entry:
    """One post in a feed."""

    id: str
    title: str
    url: str
    published: dt.datetime
    updated: dt.datetime
    content_html: str
    summary_html: str
    author: str | None = None
    categories: Sequence[str] = ()
    image: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed: its own address, the site's, and its entries (newest first)."""

    title: str
    feed_url: str
    site_url: str
    author: str | None
    entries: Sequence[Entry] = field(default_factory=tuple)
    subtitle: str | None = None


# What XML 1.0 forbids in a document (NUL, most control characters, lone
# surrogates, U+FFFE and U+FFFF): a feed holding one is not well-formed, and
# readers reject the whole feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_characters(text: str) -> tuple[str, int]:
    """Return ``text`` without the characters XML forbids, and how many went."""
    kept, dropped = _NOT_XML.subn("", text)
    return kept, dropped


def _use_prefixes(prefixes: dict[str, str]) -> None:
    # ElementTree's prefix registry is global and the sitemap uses the empty
    # prefix too: set ours right before serialising, every time.
    for prefix, uri in prefixes.items():
        ET.register_namespace(prefix, uri)


def _element(
    parent: ET.Element, tag: str, text: str | None = None, **attrs: str
) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _stamp(value: dt.datetime) -> str:
    return value.isoformat()


def render(feed: Feed, epoch: dt.datetime, texts: Sequence[str] | None = None) -> str:
    """Return the feed as Atom XML; ``epoch`` is ``updated`` when it has no entry.

    ``texts``: each entry as ``entry_xml`` gives it, when already made (a
    post is in the site feed and in each of its tags' and categories').
    """
    root = ET.Element(f"{{{ATOM}}}feed")
    _element(root, "link", href=feed.feed_url, rel="self", type="application/atom+xml")
    _element(root, "link", href=feed.site_url + "/", rel="alternate", type="text/html")
    updated = max((e.updated for e in feed.entries), default=epoch)
    _element(root, "updated", _stamp(updated))
    _element(root, "id", feed.feed_url)
    _element(root, "title", feed.title, type="html")
    if feed.subtitle:
        _element(root, "subtitle", feed.subtitle)
    if feed.author:
        author = _element(root, "author")
        _element(author, "name", feed.author)
    ET.indent(root)
    _use_prefixes({"": ATOM, "media": MEDIA})
    head = ET.tostring(root, encoding="unicode")
    if any(e.image for e in feed.entries):
        # ElementTree declares a prefix on the root only when the tree uses it.
        head = head.replace(_ROOT, f'{_ROOT[:-1]} xmlns:media="{MEDIA}">', 1)
    entries = texts if texts is not None else [entry_xml(e) for e in feed.entries]
    body = head.removesuffix(_END) + "".join(f"\n  {text}" for text in entries)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + _END + "\n"


_ROOT = f'<feed xmlns="{ATOM}">'
_END = "\n</feed>"


def entry_xml(entry: Entry) -> str:
    """Return an entry as it is written in a feed: indented, its prefixes set."""
    root = ET.Element(f"{{{ATOM}}}feed")
    _entry(root, entry)
    ET.indent(root)
    _use_prefixes({"": ATOM, "media": MEDIA})
    text = ET.tostring(root, encoding="unicode")
    # Text is escaped: the first "<entry>" and the last "</entry>" are tags.
    return text[text.index("<entry>") : text.rindex("</entry>") + len("</entry>")]


# The categories an entry lists. A post in each of its tags' feeds, listing
# every tag in each, grows with the square of its tags (a post with 100,000
# tags would write 10^10 of them); no feed reader shows more than a few.
MAX_CATEGORIES = 100


def _entry(root: ET.Element, entry: Entry) -> None:
    element = _element(root, "entry")
    _element(element, "title", entry.title, type="html")
    _element(
        element,
        "link",
        href=entry.url,
        rel="alternate",
        type="text/html",
        title=entry.title,
    )
    _element(element, "published", _stamp(entry.published))
    _element(element, "updated", _stamp(entry.updated))
    _element(element, "id", entry.id)
    _element(
        element, "content", entry.content_html, type="html", **{XML_BASE: entry.url}
    )
    if entry.author:
        author = _element(element, "author")
        _element(author, "name", entry.author)
    for term in entry.categories[:MAX_CATEGORIES]:
        _element(element, "category", term=term)
    _element(element, "summary", entry.summary_html, type="html")
    if entry.image:
        ET.SubElement(element, f"{{{MEDIA}}}thumbnail", {"url": entry.image})
        ET.SubElement(
            element, f"{{{MEDIA}}}content", {"medium": "image", "url": entry.image}
        )

"""Footnotes as kramdown writes them: numbered by first reference.

Python-Markdown's footnotes read the ``[^name]`` marks and definitions; this
sets them out as kramdown 2.4 does. Notes are numbered in the order they are
first referenced (not defined), from ``footnote_nr`` (an option of
``{::options}``; 1), and a definition never referenced is left out
(``footnote_prefix`` starts every id). A repeated reference gets the id
``fnref:NAME:1``, ``:2``..., and its note one more backlink ``↩²``,
``↩³``... after a no-break space. The marks and the list have kramdown's
classes and roles, which themes style, and no rule above them.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections import Counter

from markdown import Markdown
from markdown.extensions.footnotes import FN_BACKLINK_TEXT, NBSP_PLACEHOLDER
from markdown.treeprocessors import Treeprocessor

from jekyll_markdown.headings import STASHED, is_footnote_mark
from jekyll_markdown.html_blocks import options_of
from jekyll_markdown.trees import append_text

_NOTE_ID = "fn:"


class KramdownFootnotes(Treeprocessor):
    """Number, order and mark up the footnotes as kramdown does."""

    def run(self, root: etree.Element) -> None:
        """Renumber the marks; reorder the notes; make their backlinks."""
        found = _notes(root)
        if found is None:
            return
        parent, notes = found
        # Each note's number by name, in the order first marked.
        order: dict[str, int] = {}
        seen: Counter[str] = Counter()
        options = options_of(self.md)
        prefix = options.get("footnote_prefix", "")
        number = options.get("footnote_nr", "1")
        first = int(number) if number.isdigit() else 1
        for mark in [e for e in root.iter("sup") if is_footnote_mark(e)]:
            link = mark[0]
            name = (link.get("href") or "").removeprefix("#" + _NOTE_ID)
            link.text = str(order.setdefault(name, len(order)) + first)
            link.set("class", "footnote")
            link.set("rel", "footnote")
            repeat = seen[name]
            seen[name] += 1
            named = prefix + name
            mark.set("id", f"fnref:{named}:{repeat}" if repeat else f"fnref:{named}")
            link.set("href", f"#{_NOTE_ID}{named}")
            mark.set("role", "doc-noteref")
        listing = notes.find("ol")
        items = {} if listing is None else _items(listing)
        kept = [name for name in order if name in items]
        if listing is None or not kept:
            parent.remove(notes)
            return
        if first != 1:
            listing.set("start", str(first))
        notes.set("class", "footnotes")
        notes.set("role", "doc-endnotes")
        for rule in notes.findall("hr"):
            notes.remove(rule)
        backlink = options.get("footnote_backlink")
        for name in kept:
            item = items[name]
            item.set("role", "doc-endnote")
            item.set("id", f"{_NOTE_ID}{prefix}{name}")
            references = seen[name] if backlink != "" else 0
            _backlinks(item, prefix + name, references, backlink)
            listing.append(item)


def _notes(root: etree.Element) -> tuple[etree.Element, etree.Element] | None:
    """Return Python-Markdown's footnotes ``div`` and its parent, if any."""
    for parent in root.iter():
        for child in parent:
            if child.tag == "div" and child.get("class") == "footnote":
                return parent, child
    return None


def _items(listing: etree.Element) -> dict[str, etree.Element]:
    """Take the notes out of the list, by name."""
    items = {}
    for item in list(listing):
        listing.remove(item)
        items[(item.get("id") or "").removeprefix(_NOTE_ID)] = item
    return items


def _backlinks(
    item: etree.Element, name: str, references: int, text: str | None
) -> None:
    """Replace Python-Markdown's backlinks in a note with kramdown's.

    ``text`` is the ``footnote_backlink`` option (``None``: ``↩``; empty:
    no backlink).
    """
    for holder in list(item.iter()):
        for child in list(holder):
            if child.tag == "a" and child.get("class") == "footnote-backref":
                _remove_keeping_tail(holder, child)
    for element in item.iter():
        for attribute in ("text", "tail"):
            value = getattr(element, attribute)
            if value and NBSP_PLACEHOLDER in value:
                setattr(element, attribute, value.replace(NBSP_PLACEHOLDER, ""))
    last = item[-1] if len(item) else None
    if last is not None and last.tag == "p" and not len(last) and not last.text:
        item.remove(last)  # the paragraph Python-Markdown made for its backlink
        last = item[-1] if len(item) else None
    if not references:
        return
    if last is None or last.tag != "p" or _holds_a_block(last):
        last = etree.SubElement(item, "p")
    elif len(last) or last.text:
        append_text(last, NBSP_PLACEHOLDER)
    for repeat in range(references):
        if repeat:
            append_text(last, NBSP_PLACEHOLDER)
        link = etree.SubElement(last, "a")
        suffix = f":{repeat}" if repeat else ""
        link.set("href", f"#fnref:{name}{suffix}")
        link.set("class", "reversefootnote")
        link.set("role", "doc-backlink")
        link.text = FN_BACKLINK_TEXT if text is None else text
        if repeat:
            etree.SubElement(link, "sup").text = str(repeat + 1)


def _holds_a_block(paragraph: etree.Element) -> bool:
    """Return whether a ``p`` only stands for a block set aside (code, HTML)."""
    return (
        not len(paragraph)
        and STASHED.fullmatch((paragraph.text or "").strip()) is not None
    )


def _remove_keeping_tail(holder: etree.Element, child: etree.Element) -> None:
    index = list(holder).index(child)
    if child.tail:
        if index:
            holder[index - 1].tail = (holder[index - 1].tail or "") + child.tail
        else:
            holder.text = (holder.text or "") + child.tail
    holder.remove(child)


def register_footnotes(md: Markdown) -> None:
    """Register kramdown's footnotes on ``md``."""
    # After the footnotes are placed (Python-Markdown's footnotes, 50) and
    # their duplicates marked (15); after the table of contents (4), which
    # leaves the marks out by their Python-Markdown class.
    md.treeprocessors.register(KramdownFootnotes(md), "kd_footnotes", 3)

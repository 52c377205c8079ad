"""List items shown bare or as paragraphs as kramdown shows them.

``blocks.normalise_lists`` parts an item from the item's paragraph or
deeper list before it with a blank line, and marks the part tight, loose or
last. Python-Markdown's list processor takes a list continued after a blank
line as loose: it wraps the next item in a paragraph, and the text of the
item before it too, which kramdown shows bare when a list followed it.
``_TightItems`` adds the marked items to the list they continue as that
processor adds a new list's items, the first one wrapped only when loose;
``_BareItemText`` keeps Python-Markdown's indented blocks from wrapping an
item's text that a nested list followed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.blockprocessors import (
    BlockProcessor,
    ListIndentProcessor,
    OListProcessor,
)
from markdown.postprocessors import Postprocessor

from jekyll_markdown.blocks import BARE_TEXT_MARK, ITEMS_MARK

_LISTS = ("ul", "ol")
_MARK = re.compile(re.escape(ITEMS_MARK).replace(r"\{\}", "(tight|loose|last)"))
_ANY_MARK = re.compile(re.escape(ITEMS_MARK).replace(r"\{\}", "[a-z]+"))


class _TightItems(BlockProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        del parent  # the mark alone says the block is one
        return _MARK.match(block.lstrip(" ")) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> bool | None:
        mark, _, rest = blocks.pop(0).partition("\n")
        depth = (len(mark) - len(mark.lstrip(" "))) // self.tab_length
        items = self.looseDetab(rest, depth)
        target = self._list_at(parent, depth)
        lister = self._lister(target, items)
        if target is None or lister is None:
            # Not the list the mark was put for: read as if it were not there.
            blocks.insert(0, rest)
            return False
        first, *others = lister.get_items(items)
        found = _MARK.search(mark)
        shown = found[1] if found else "loose"
        bare = shown == "tight" or (shown == "last" and any(map(_bare, target)))
        # A loose item's text is a paragraph, as Python-Markdown reads it.
        self.parser.state.set("list" if bare else "looselist")
        self.parser.parseBlocks(etree.SubElement(target, "li"), [first])
        self.parser.state.reset()
        self.parser.state.set("list")
        for item in others:
            if item.startswith(" " * self.tab_length):
                self.parser.parseBlocks(target[-1], [item])
            else:
                self.parser.parseBlocks(etree.SubElement(target, "li"), [item])
        self.parser.state.reset()
        return None

    def _list_at(self, parent: etree.Element, depth: int) -> etree.Element | None:
        """Return the list ``depth`` levels down the last items under ``parent``."""
        found = self.lastChild(parent)
        for _ in range(depth):
            if found is None or found.tag not in _LISTS or not len(found):
                return None
            found = self.lastChild(found[-1])
        return found if found is not None and found.tag in _LISTS else None

    def _lister(
        self, target: etree.Element | None, items: str
    ) -> OListProcessor | None:
        """Return the list processor of ``target``'s kind, if ``items`` are of it."""
        if target is None or not len(target):
            return None
        name = "olist" if target.tag == "ol" else "ulist"
        if name not in self.parser.blockprocessors:
            return None
        lister = self.parser.blockprocessors[name]
        if isinstance(lister, OListProcessor) and lister.RE.match(items):
            return lister
        return None


class _BareItemText(ListIndentProcessor):
    """Python-Markdown's indented blocks, an item's text kept bare before its list.

    Given an indented block after a blank line, Python-Markdown makes the
    text of the item it goes to a paragraph. kramdown does so only when a
    blank line follows that text: an item whose nested list came right after
    its text (the item holds it already) keeps the text bare.
    """

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        mark, _, rest = blocks[0].partition("\n")
        kept = mark.strip() == BARE_TEXT_MARK and bool(rest)
        if kept:
            blocks[0] = rest
        _, found = self.get_level(parent, blocks[0])
        item = found[-1] if found.tag in _LISTS and len(found) else None
        if (
            item is None
            or parent.tag == "li"
            or not (kept or len(item))
            or not (item.text or "").strip()
        ):
            super().run(parent, blocks)
            return
        text, item.text = item.text, ""
        try:
            super().run(parent, blocks)
        finally:
            item.text = text


def _bare(item: etree.Element) -> bool:
    """Return whether a list item's text stands bare, not in a paragraph."""
    return bool((item.text or "").strip()) or not len(item) or item[0].tag != "p"


class _DropMarks(Postprocessor):
    """Drop a mark left where no list read it (a list in raw HTML)."""

    def run(self, text: str) -> str:
        return _ANY_MARK.sub("", text) if "\x02kramdown-items:" in text else text


def register_list_items(md: Markdown) -> None:
    """Register the tight items' processor before the indented blocks' one."""
    md.parser.blockprocessors.register(_TightItems(md.parser), "kramdown_tight", 95)
    md.parser.blockprocessors.register(_BareItemText(md.parser), "indent", 90)
    md.postprocessors.register(_DropMarks(md), "kramdown_tight_marks", 5)

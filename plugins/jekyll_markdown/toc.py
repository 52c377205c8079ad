"""kramdown's ``{:toc}``: the list it marks becomes the table of contents.

kramdown's table of contents is ``<ul id="markdown-toc">`` (or the list's
own id) of every heading written in Markdown but those of class
``no_toc``, nested by level; each entry is a link to the heading whose id
is ``markdown-toc-`` and the heading's, holding the heading's content with
its links unwrapped (a link holds no link) and its footnote marks left out.
``{::options toc_levels="2..4" /}`` limits it to those levels. Only the
first list so marked is one; a later one stays a list.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from jekyll_markdown.headings import MARK, is_footnote_mark
from jekyll_markdown.html_blocks import options_of
from jekyll_markdown.trees import append_text


class TableOfContents(Treeprocessor):
    """kramdown's ``{:toc}``: the list it marks becomes the table of contents."""

    def run(self, root: etree.Element) -> None:
        """Replace each list marked ``toc`` with the table of contents."""
        made = False
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag in ("ul", "ol") and "toc" in child.attrib:
                    if made:  # kramdown makes one: a later mark is a plain list
                        del child.attrib["toc"]
                    else:
                        parent[index] = self._contents(root, child)
                        made = True

    def _contents(self, root: etree.Element, marked: etree.Element) -> etree.Element:
        toc = etree.Element(marked.tag, dict(marked.attrib))
        del toc.attrib["toc"]
        toc.set("id", marked.get("id") or "markdown-toc")
        toc.tail = marked.tail
        stack: list[tuple[int, etree.Element]] = [(0, toc)]
        levels = toc_levels(options_of(self.md).get("toc_levels", ""))
        for heading in root.iter():
            if (
                MARK not in heading.attrib  # a heading written in HTML is not listed
                or "no_toc" in (heading.get("class") or "").split()
                or int(heading.tag[1]) not in levels
            ):
                continue
            level = int(heading.tag[1])
            while len(stack) > 1 and stack[-1][0] >= level:
                stack.pop()
            holder = stack[-1][1]
            if holder.tag == "li":
                sub = holder.find(marked.tag)
                if sub is None:
                    sub = etree.SubElement(holder, marked.tag)
                holder = sub
            item = etree.SubElement(holder, "li")
            link = etree.SubElement(item, "a")
            ident = heading.get("id") or ""
            link.set("href", f"#{ident}")
            link.set("id", f"markdown-toc-{ident}")
            append_text(link, heading.text)
            for part in heading:
                _add_entry_part(link, part)
            stack.append((level, item))
        return toc


def toc_levels(value: str) -> frozenset[int]:
    """Return the heading levels kramdown's ``toc_levels`` option lists.

    ``2..4`` (a range) or ``2,3,4`` (a list); anything else, all six.
    """
    low, dots, high = value.partition("..")
    if dots and low.strip().isdigit() and high.strip().isdigit():
        return frozenset(range(int(low), int(high) + 1))
    listed = {int(p) for p in value.split(",") if p.strip().isdigit()}
    return frozenset(listed) if listed else frozenset(range(1, 7))


def _add_entry_part(parent: etree.Element, element: etree.Element) -> None:
    """Append a copy of a heading's ``element`` as a table entry holds it."""
    if is_footnote_mark(element):
        append_text(parent, element.tail)
        return
    if element.tag == "a":
        append_text(parent, element.text)
        for child in element:
            _add_entry_part(parent, child)
    else:
        copy = etree.SubElement(parent, element.tag, dict(element.attrib))
        copy.text = element.text
        for child in element:
            _add_entry_part(copy, child)
    append_text(parent, element.tail)


def register_toc(md: Markdown) -> None:
    """Register kramdown's table of contents on ``md``."""
    # After the heading ids (5): the table of contents links to them.
    md.treeprocessors.register(TableOfContents(md), "kd_toc", 4)

"""A document's content and output as Liquid sees them, each made once a build.

``content`` is the body with its Liquid run and converted (Markdown), as
Jekyll renders each document once: posts that show each other's excerpts
cost one rendering each, not one per path through them. ``output`` is that
content in the document's own layouts: Jekyll renders every document of a
collection so, written or not (``output: false``), and a page may show one
whole, ``{{ staffer }}`` (a course site's staff cards) or
``{{ doc.output }}``. The site's layouts are rendered up the chain, which
stops at a layout that is a whole HTML document (the site's frame, which
the theme replaces) or one the site does not have.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_reader.layout_files import SiteLayout
from jekyll_reader.site_layouts import layout_chain

if TYPE_CHECKING:
    from jekyll_liquid.drops import DocumentDrop
    from jekyll_liquid.renderer import LiquidRenderer


class DocumentBodies:
    """Each document's content, excerpt and output; one per renderer."""

    def __init__(
        self,
        renderer: LiquidRenderer,
        convert: Callable[[DocumentDrop, str], tuple[str, str]],
        source: Path,
    ) -> None:
        self._renderer = renderer
        self._convert = convert
        self._source = source
        self._bodies: dict[str, tuple[str, str]] = {}
        self._outputs: dict[str, str] = {}
        self._layouts: dict[str, tuple[SiteLayout, ...]] = {}

    def body_of(self, drop: DocumentDrop) -> tuple[str, str]:
        """Return a document's content and excerpt HTML (its Liquid run first)."""
        entry = drop.entry
        body = entry.body
        if entry.relpath in self._renderer.in_progress:
            # A page reading its own content, as Jekyll does, sees its source.
            return body, ""
        found = self._bodies.get(entry.relpath)
        if found is None:
            if "{{" in body or "{%" in body:
                body = self._quietly(body, drop, entry.relpath)
            found = self._bodies[entry.relpath] = self._convert(drop, body)
        return found

    def output_of(self, drop: DocumentDrop) -> str:
        """Return a document's content in its own layouts, as Jekyll's ``output``."""
        relpath = drop.entry.relpath
        found = self._outputs.get(relpath)
        if found is not None:
            return found
        if relpath in self._renderer.in_progress:
            # Shown within its own layouts: its content, as Jekyll's output is
            # not made yet.
            return self._bodies.get(relpath, (drop.entry.body, ""))[0]
        html = self.body_of(drop)[0]
        for layout in self._chain(drop.get("layout")):
            more = {"content": html, "layout": layout.data}
            html = self._quietly(layout.text, drop, relpath, more)
        self._outputs[relpath] = html
        return html

    def _chain(self, name: Any) -> tuple[SiteLayout, ...]:
        if not isinstance(name, str) or not name:
            return ()
        found = self._layouts.get(name)
        if found is None:
            found = self._layouts[name] = layout_chain(self._source, name)
        return found

    def _quietly(
        self,
        text: str,
        drop: DocumentDrop,
        relpath: str,
        more: dict[str, Any] | None = None,
    ) -> str:
        """Render Liquid for another document, leaving the page's missing includes."""
        missing = list(self._renderer.missing)
        rendered = self._renderer.render(text, drop, relpath, more).text
        self._renderer.missing[:] = missing
        return rendered

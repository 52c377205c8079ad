"""The Liquid renderer of each build, made when its first document needs it.

The renderer is the build's (its includes, documents and caches), a field
of the build's one object (``jekyll_engine.state.BuildState``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jekyll_common.settings import setting_value
from jekyll_common.site import normalise_baseurl, site_settings
from jekyll_engine.state import BuildState
from jekyll_liquid.drops import DocumentDrop
from jekyll_liquid.renderer import LiquidRenderer, SiteFacts
from jekyll_liquid.settings import LIQUID_ROWS
from jekyll_markdown.render import make_markdown, render_markdown
from jekyll_markdown.typography import educated
from jekyll_reader.bodies import rendered_body
from jekyll_reader.catalogue import catalogue_of
from jekyll_reader.discovery import MARKDOWN_EXTENSIONS
from jekyll_reader.pipeline import generated_pages
from jekyll_reader.reading import Reading


def renderer_of(build: BuildState) -> LiquidRenderer | None:
    """Return the build's renderer, if a document has needed one."""
    found: LiquidRenderer | None = build.liquid
    return found


def renderer_for(state: Reading, settings: Any) -> LiquidRenderer:
    """Return the renderer of the build a document is read in (made once)."""
    renderer = renderer_of(state.build)
    if renderer is None:
        site = site_settings(settings)
        markdown = make_markdown(settings.get("MARKDOWN") or {})
        facts = SiteFacts(
            source=Path(state.source),
            theme_includes=Path(settings["THEME"]) / "includes"
            if setting_value(settings, LIQUID_ROWS["JEKYLL_THEME_INCLUDES"])
            else None,
            settings={
                **(settings.get("JEKYLL_SITE") or {}),
                "title": settings.get("SITENAME"),
                "url": site.url,
                "baseurl": _baseurl_as_written(settings, site.baseurl),
                "data": settings.get("JEKYLL_DATA") or {},
            },
            url=site.url,
            baseurl=site.baseurl,
            timezone=site.timezone,
            now=state.build.now,
        )
        renderer = LiquidRenderer(
            facts,
            catalogue=lambda: catalogue_of(state),
            convert=lambda drop, text: _converted(state, markdown, drop, text),
            markdownify=lambda text: render_markdown(markdown, text),
            smartify=educated,
            generated=lambda: _generated_pages(state, settings),
        )
        state.build.liquid = renderer
    return renderer


def _baseurl_as_written(settings: Any, baseurl: str) -> str:
    """Return ``site.baseurl`` as ``_config.yml`` spells it, as Jekyll gives it.

    Templates join it as their authors know it: ``{{ site.baseurl }}assets``
    under ``baseurl: /blog/`` is ``/blog/assets``. The filters
    (``relative_url``) take the normalised one, as Jekyll's do.
    """
    written = (settings.get("JEKYLL_SITE") or {}).get("baseurl")
    if isinstance(written, str) and normalise_baseurl(written) == baseurl:
        return written
    return baseurl


def _generated_pages(state: Reading, settings: Any) -> list[Mapping[str, Any]]:
    """Return the pages the site's plugins add to ``site.pages``, in Jekyll's order.

    Not those whose address one of the site's own pages has.
    """
    catalogue = catalogue_of(state)
    answers = generated_pages.send(None, catalogue=catalogue, settings=settings)
    ranked = sorted((answer for _, answer in answers), key=lambda found: found[0])
    # A plugin adds no page where the site has its own (its sitemap.xml).
    taken = {entry.placed.fields.url for entry in catalogue.pages}
    return [page for _, pages in ranked for page in pages if page["url"] not in taken]


def _converted(
    state: Reading, markdown: Any, drop: DocumentDrop, text: str
) -> tuple[str, str]:
    """Return a document's body and excerpt as HTML, as the reader renders them.

    Without typogrify's no-break spaces before a block's last word (kramdown
    writes none): a page that counts a post's words (``truncatewords``, a
    reading time) counts them as Jekyll does.
    """
    is_markdown = drop["ext"].lower() in MARKDOWN_EXTENSIONS
    converter = (lambda: markdown) if is_markdown else None
    rendered = rendered_body(state, converter, drop.entry.placed.data, text)
    return _WIDOW_SPACE.sub(" ", rendered.html), _WIDOW_SPACE.sub(" ", rendered.excerpt)


# A no-break space typogrify's widont puts between two words (an author's
# own, in a run of them, stays).
_WIDOW_SPACE = re.compile(r"(?<=[^\s;])&nbsp;(?=[^\s&])")

"""Liquid in content, as Jekyll runs it: python-liquid with Jekyll's tags and filters.

Connects to the reading pipeline (``jekyll_reader.pipeline``): a body
holding ``{{`` or ``{%`` is rendered by a Liquid engine (python-liquid)
before Markdown, as Jekyll renders Liquid before kramdown. Content sees the
site as Jekyll's does: ``site.*`` (``_config.yml``, ``_data/``, and the
site's posts, pages, collections, tags... from the reader's catalogue, made
the first time a template asks for them) and ``page.*``. A tag that cannot
be rendered is left as written, with a warning naming the file and line; a
missing include renders nothing, with one warning a build listing every
file that names it.

=========================================  =============================================
Connected to                               Why
=========================================  =============================================
``document_body`` (the reader's pipeline)  a body's Liquid runs before its Markdown, as
                                           in Jekyll
``all_generators_finalized``               each missing include is named once, with
                                           every file that names it
=========================================  =============================================
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from pelican import signals

from jekyll_common.site import site_settings
from jekyll_engine import state as build_state
from jekyll_engine.state import BuildState
from jekyll_liquid.drops import DocumentDrop
from jekyll_liquid.renderer import INCLUDES_DIR, LiquidRenderer, SiteFacts
from jekyll_markdown.render import make_markdown, render_markdown
from jekyll_markdown.typography import educated
from jekyll_reader.catalogue import catalogue_of
from jekyll_reader.discovery import MARKDOWN_EXTENSIONS
from jekyll_reader.pipeline import DocumentBody, document_body
from jekyll_reader.reader import rendered_body
from jekyll_reader.reading import Reading

logger = logging.getLogger(__name__)

# One renderer per build (its includes and documents are the build's).
_RENDERERS: WeakKeyDictionary[BuildState, LiquidRenderer] = WeakKeyDictionary()


def _renderer(body: DocumentBody) -> LiquidRenderer:
    state = body.state
    renderer = _RENDERERS.get(state.build)
    if renderer is None:
        settings = body.settings
        site = site_settings(settings)
        markdown = make_markdown(settings.get("MARKDOWN") or {})
        facts = SiteFacts(
            source=Path(state.source),
            theme_includes=Path(settings["THEME"]) / "includes"
            if settings.get("JEKYLL_THEME_INCLUDES", True)
            else None,
            settings={
                **(settings.get("JEKYLL_SITE") or {}),
                "title": settings.get("SITENAME"),
                "url": site.url,
                "baseurl": site.baseurl,
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
        )
        _RENDERERS[state.build] = renderer
    return renderer


def _converted(
    state: Reading, markdown: Any, drop: DocumentDrop, text: str
) -> tuple[str, str]:
    """Return a document's body and excerpt as HTML, as the reader renders them."""
    is_markdown = drop["ext"].lower() in MARKDOWN_EXTENSIONS
    converter = (lambda: markdown) if is_markdown else None
    _, rendered = rendered_body(state, converter, drop.entry.placed.data, text)
    return rendered.html, rendered.excerpt


def render_liquid(sender: Any, body: DocumentBody) -> None:
    """Render the Liquid of one document body in place."""
    del sender
    if "{{" not in body.text and "{%" not in body.text:
        return
    renderer = _renderer(body)
    rendered = renderer.render(body.text, body.page, body.relpath)
    for line, problem in rendered.problems:
        where = f"{body.shown}:{body.first_line + line - 1}" if line else body.shown
        logger.warning(
            "%s: %s. Fix the tag, or put {%% raw %%}...{%% endraw %%} around text "
            "that is not meant as Liquid.",
            where,
            problem,
        )
    missing_includes = body.state.build.report.missing_includes
    for name in dict.fromkeys(renderer.missing):
        missing_includes.setdefault(name, []).append(body.shown)
    body.text = rendered.text


def name_missing_includes(generators: Any) -> None:
    """Warn once per missing include, naming every file that uses it."""
    missing = build_state.current(generators[0].settings).report.missing_includes
    for name, files in sorted(missing.items()):
        logger.warning(
            "include %r is not in %s/ (named by %s); it renders nothing. Add the "
            "file to %s/ or remove the tag.",
            name,
            INCLUDES_DIR,
            ", ".join(files),
            INCLUDES_DIR,
        )


def register() -> None:
    """Connect the plugin to the reading pipeline."""
    document_body.connect(render_liquid)
    signals.all_generators_finalized.connect(name_missing_includes)

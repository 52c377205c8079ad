"""Liquid in content, the common subset, rendered safely through Jinja.

Connects to the reading pipeline (``jekyll_reader.pipeline``): a body
holding ``{{`` or ``{%`` is translated from Liquid to Jinja and rendered in
Jinja's sandbox before Markdown, as Jekyll renders Liquid before kramdown.
``site.*`` (``_config.yml`` and ``_data/``), ``page.*`` and ``base_path``
are available, with Jekyll's filters and its ``include``,
``include_relative``, ``highlight``, ``link``, ``post_url`` and ``raw``
tags. Unknown tags and missing includes are left as text with one warning
naming the file; template code that reaches for Python internals is refused
and the text is kept as written.

=========================================  =============================================
Connected to                               Why
=========================================  =============================================
``document_body`` (the reader's pipeline)  a body's Liquid runs before its Markdown, as
                                           in Jekyll
=========================================  =============================================
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath
from typing import Any
from weakref import WeakKeyDictionary

from jinja2 import TemplateError

from jekyll_common.site import site_settings
from jekyll_engine.state import BuildState
from jekyll_liquid.render import LiquidRenderer
from jekyll_markdown.render import make_markdown, render_markdown
from jekyll_reader.pipeline import DocumentBody, document_body

logger = logging.getLogger(__name__)

# One renderer per build (its includes and posts are the build's).
_RENDERERS: WeakKeyDictionary[BuildState, LiquidRenderer] = WeakKeyDictionary()


def _renderer(body: DocumentBody) -> LiquidRenderer:
    state = body.state
    renderer = _RENDERERS.get(state.build)
    if renderer is None:
        site = site_settings(body.settings)
        markdown = make_markdown(body.settings.get("MARKDOWN") or {})
        posts = {
            PurePosixPath(path).stem: path
            for path in state.discovery.posts + state.discovery.drafts
        }
        renderer = LiquidRenderer(
            source=Path(state.source),
            site={
                **(body.settings.get("JEKYLL_SITE") or {}),
                "title": body.settings.get("SITENAME"),
            },
            url=site.url,
            baseurl=site.baseurl,
            timezone=site.timezone,
            posts=posts,
            markdownify=lambda text: render_markdown(markdown, text),
            data=body.settings.get("JEKYLL_DATA") or {},
        )
        _RENDERERS[state.build] = renderer
    return renderer


def render_liquid(sender: Any, body: DocumentBody) -> None:
    """Render the Liquid of one document body in place."""
    del sender
    if "{{" not in body.text and "{%" not in body.text:
        return
    folder = str(PurePosixPath(body.relpath).parent)
    try:
        text, notes, missing = _renderer(body).render(body.text, body.page, folder)
    except TemplateError as error:
        line = getattr(error, "lineno", None)
        where = f"{body.shown}:{body.first_line + line - 1}" if line else body.shown
        logger.warning(
            "%s: template code not rendered (%s); the text is kept as written. "
            "Use {%% raw %%} around code that is not meant as Liquid.",
            where,
            error.message or type(error).__name__,
        )
        return
    for note in notes:
        logger.warning("%s: %s.", body.shown, note)
    body.state.build.report.missing_includes.update(missing)
    body.text = text


def register() -> None:
    """Connect the plugin to the reading pipeline."""
    document_body.connect(render_liquid)

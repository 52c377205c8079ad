"""Liquid in content, the common subset, rendered safely through Jinja.

Connects to the reading pipeline (``jekyll_reader.pipeline``): a body
holding ``{{`` or ``{%`` is translated from Liquid to Jinja and rendered in
Jinja's sandbox before Markdown, as Jekyll renders Liquid before kramdown.
``site.*`` (``_config.yml`` and ``_data/``), ``page.*`` and ``base_path``
are available, with Jekyll's filters and its ``include``,
``include_relative``, ``highlight``, ``link``, ``post_url`` and ``raw``
tags. Unknown tags are left as text with one warning naming the file; a
missing include renders nothing, with one warning a build listing every
file that names it; template code that reaches for Python internals is
refused and the text is kept as written.

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
from pathlib import Path, PurePosixPath
from typing import Any
from weakref import WeakKeyDictionary

from jinja2 import TemplateError
from pelican import signals

from jekyll_common.site import site_settings
from jekyll_engine import state as build_state
from jekyll_engine.state import BuildState
from jekyll_liquid.render import INCLUDES_DIR, LiquidRenderer
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
    missing_includes = body.state.build.report.missing_includes
    for name in dict.fromkeys(missing):
        missing_includes.setdefault(name, []).append(body.shown)
    body.text = text


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

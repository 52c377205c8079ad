"""Render Markdown as Jekyll's kramdown (GFM input) does, with Python-Markdown.

Adds ``jekyll_markdown.extension`` to the ``MARKDOWN`` setting's extensions:
lists that interrupt a paragraph, nesting by content column (two-space
indents), heading ids made the way kramdown makes them (so ``#anchor`` links
into a migrated site keep working, and GFM's headings: ``headings``), math
(``math``), block IALs and ALDs (``ial``), ``{:toc}`` (``toc``); and the
extensions that give GFM's strikethrough, task lists and fenced code
anywhere (``gfm``).

===============  =======================================================================
Connected to     Why
===============  =======================================================================
``initialized``  the ``MARKDOWN`` setting gets the kramdown extension and GFM's, before
                 any reader is made
===============  =======================================================================
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from jekyll_markdown.gfm import EXTENSIONS as GFM_EXTENSIONS

EXTENSION = "jekyll_markdown.extension"


def add_extension(pelican: Any) -> None:
    """Put the kramdown extension into the ``MARKDOWN`` setting (once)."""
    markdown = dict(pelican.settings.get("MARKDOWN") or {})
    configs = dict(markdown.get("extension_configs") or {})
    # The site's MathJax reading $...$ (jekyll_config.math_setup) is part of
    # the Markdown setting, so the render cache tells the two apart.
    dollars = bool(pelican.settings.get("JEKYLL_MATH_INLINE_DOLLARS"))
    configs.setdefault(EXTENSION, {"inline_dollars": dollars})
    for name, options in GFM_EXTENSIONS.items():
        configs.setdefault(name, options)
    markdown["extension_configs"] = configs
    pelican.settings["MARKDOWN"] = markdown


def register() -> None:
    """Connect the plugin to Pelican."""
    signals.initialized.connect(add_extension)

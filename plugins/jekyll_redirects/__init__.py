"""Redirects that keep every old URL alive, as jekyll-redirect-from does, safely.

``redirect_from`` (a string or a list) writes a redirect page at each old
path; ``redirect_to`` turns a document's own URL into a redirect. Pages carry
a canonical link, a meta refresh, a script redirect, ``noindex`` and a
visible link. ``redirects.json`` is written as jekyll-redirect-from writes
it, and maps for hosts that answer with a real 301 (Netlify/Cloudflare
``_redirects``, Apache ``.htaccess``, an nginx ``map``) when enabled. Unsafe,
clashing or looping redirects are refused with an error naming the files.

=================================  =====================================================
Connected to                       Why
=================================  =====================================================
``article_generator_pretaxonomy``  a post that is a ``redirect_to`` is taken off every
                                   list
``page_generator_finalized``       so is such a page
``get_generators``                 the redirect generator writes the redirect pages and
                                   maps last
``generated_pages``                content Liquid's ``site.pages`` lists the redirect
                                   pages
=================================  =====================================================
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from jekyll_reader.pipeline import generated_pages
from jekyll_redirects.generator import (
    RedirectGenerator,
    hide_redirected_articles,
    hide_redirected_pages,
)
from jekyll_redirects.listed import redirect_pages


def get_generators(pelican: Any) -> type[RedirectGenerator]:
    """Add the redirect generator to the build."""
    del pelican
    return RedirectGenerator


def register() -> None:
    """Connect the plugin to Pelican."""
    generated_pages.connect(redirect_pages)
    signals.article_generator_pretaxonomy.connect(hide_redirected_articles)
    signals.page_generator_finalized.connect(hide_redirected_pages)
    signals.get_generators.connect(get_generators)

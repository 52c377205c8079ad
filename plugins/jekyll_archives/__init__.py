"""Tag, category and date archives the jekyll-archives way, and post navigation.

Archive pages at ``/tag/<slug>/`` and ``/category/<slug>/`` (jekyll-archives'
defaults, both settings), newest posts first, paginated when long (page 1
stays at the archive's URL); ``/tags/`` and ``/categories/`` index pages with
counts; optional year, month and day archives. Each post also gets
``previous``/``next`` (older/newer) and ``related_posts`` (shared tags).

===============================  =======================================================
Connected to                     Why
===============================  =======================================================
``get_generators``               the archive generator pages tags, categories and dates
``article_generator_finalized``  each post gets ``previous``, ``next`` and
                                 ``related_posts``
``generated_pages``              content Liquid's ``site.pages`` lists the archive pages
===============================  =======================================================
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from jekyll_archives.generator import ArchiveGenerator, link_posts
from jekyll_archives.listed import archive_pages
from jekyll_reader.pipeline import generated_pages


def get_generators(pelican: Any) -> type[ArchiveGenerator]:
    """Add the archive generator to the build."""
    del pelican
    return ArchiveGenerator


def register() -> None:
    """Connect the plugin to Pelican."""
    generated_pages.connect(archive_pages)
    signals.article_generator_finalized.connect(link_posts)
    signals.get_generators.connect(get_generators)

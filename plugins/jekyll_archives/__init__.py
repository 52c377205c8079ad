"""Tag, category and date archives the jekyll-archives way, and post navigation.

Archive pages at ``/tag/<slug>/`` and ``/category/<slug>/`` (jekyll-archives'
defaults, both settings), newest posts first, paginated when long (page 1
stays at the archive's URL); ``/tags/`` and ``/categories/`` index pages with
counts; optional year, month and day archives. Each post also gets
``previous``/``next`` (older/newer) and ``related_posts`` (shared tags).
"""

from __future__ import annotations

from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator

from jekyll_archives.generator import ArchiveGenerator, link_posts


def get_generators(pelican: Any) -> type[ArchiveGenerator]:
    """Add the archive generator to the build."""
    del pelican
    return ArchiveGenerator


# Pelican's own taxonomy pages, switched off by an empty *_SAVE_AS, still
# sort every post per tag (quadratic): they are skipped when they write nothing.
_PELICAN_TAXONOMY_PAGES = {
    name: (getattr(ArticlesGenerator, name), setting)
    for name, setting in (
        ("generate_tags", "TAG_SAVE_AS"),
        ("generate_categories", "CATEGORY_SAVE_AS"),
        ("generate_authors", "AUTHOR_SAVE_AS"),
    )
}


def _unless_switched_off(name: str) -> Any:
    method, setting = _PELICAN_TAXONOMY_PAGES[name]

    def generate(generator: Any, write: Any) -> None:
        if generator.settings.get(setting):
            method(generator, write)

    return generate


def register() -> None:
    """Connect the plugin to Pelican."""
    for name in _PELICAN_TAXONOMY_PAGES:
        setattr(ArticlesGenerator, name, _unless_switched_off(name))
    signals.article_generator_finalized.connect(link_posts)
    signals.get_generators.connect(get_generators)

"""Atom feeds as jekyll-feed writes them: same path, same entry ids.

``/feed.xml`` (jekyll-feed's path, or ``feed.path`` in ``_config.yml``) with
the newest posts, plus one feed per tag (``/feed/by_tag/<slug>.xml``) and per
category (``/feed/<slug>.xml``). Entry ids are jekyll-feed's, so a reader
that followed the Jekyll site sees no old post as new.

==================  ====================================================================
Connected to        Why
==================  ====================================================================
``get_generators``  the feed generator writes ``/feed.xml`` and the tag and category
                    feeds
==================  ====================================================================
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from jekyll_feed.generator import FeedGenerator


def get_generators(pelican: Any) -> type[FeedGenerator]:
    """Add the feed generator to the build."""
    del pelican
    return FeedGenerator


def register() -> None:
    """Connect the plugin to Pelican."""
    signals.get_generators.connect(get_generators)

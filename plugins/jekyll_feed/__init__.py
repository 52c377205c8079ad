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
``generated_pages`  `  content Liquid's ``site.pages`` lists the feed
==================  ====================================================================
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from jekyll_feed.generator import FeedGenerator
from jekyll_feed.settings import load
from jekyll_reader.pipeline import generated_pages


def get_generators(pelican: Any) -> type[FeedGenerator]:
    """Add the feed generator to the build."""
    del pelican
    return FeedGenerator


def feed_page(sender: Any, catalogue: Any, settings: Any) -> tuple[int, list]:
    """Return the feed as content Liquid's ``site.pages`` lists it (after archives)."""
    del sender, catalogue
    path = "/" + load(settings).path.lstrip("/")
    return 3, [{"url": path, "name": path.rsplit("/", 1)[-1], "sitemap": False}]


def register() -> None:
    """Connect the plugin to Pelican."""
    generated_pages.connect(feed_page)
    signals.get_generators.connect(get_generators)

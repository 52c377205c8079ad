"""sitemap.xml and robots.txt, the jekyll-sitemap way.

Lists every published post and page (``lastmod`` from ``modified``), the post
list and the archive pages; never redirect pages, drafts, hidden documents or
anything with ``sitemap: false``. ``robots.txt`` names the sitemap. A file of
either name in the source folder is copied instead.

==================  ====================================================================
Connected to        Why
==================  ====================================================================
``get_generators``  the sitemap generator writes ``sitemap.xml`` and ``robots.txt`` once
                    every page is known
``generated_pages`  `  content Liquid's ``site.pages`` lists the sitemap and robots.txt
==================  ====================================================================
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from pelican import signals
from pelican.generators import Generator

from jekyll_common.output import absolute_base, document_outputs, reserve, write_text
from jekyll_common.paths import url_from_site_root
from jekyll_reader.pipeline import generated_pages
from jekyll_sitemap.sitemap import Location, render_robots, render_sitemap

SITEMAP_FILE = "sitemap.xml"
ROBOTS_FILE = "robots.txt"


class SitemapGenerator(Generator):
    """Writes sitemap.xml and robots.txt."""

    def generate_context(self) -> None:
        """Reserve the two files, unless the source folder has its own."""
        reserve(self.context, SITEMAP_FILE, "the sitemap")
        reserve(self.context, ROBOTS_FILE, "robots.txt")

    def generate_output(self, writer: Any) -> None:
        """Write the sitemap and robots.txt."""
        base = absolute_base(self.settings)
        static = {s.save_as for s in self.context.get("staticfiles", [])}
        static |= document_outputs(self.context)
        documents = [
            d
            for d in chain(
                self.context.get("articles") or [], self.context.get("pages") or []
            )
            if getattr(d, "sitemap", True) is not False
        ]
        newest = max(
            (d.modified for d in documents if hasattr(d, "modified")), default=None
        )
        locations = [
            Location(f"{base}/{d.url}", getattr(d, "modified", None)) for d in documents
        ]
        index_url = self.settings.get("INDEX_URL", "")
        if self.context.get("articles"):
            locations.append(Location(f"{base}/{index_url}", newest))
        for page in self.context.get("archive_pages") or []:
            changed = max(
                (p.modified for p in page.posts if hasattr(p, "modified")), default=None
            )
            locations.append(
                Location(f"{base}/{url_from_site_root(page.url)}", changed)
            )
        if SITEMAP_FILE not in static:
            write_text(writer, SITEMAP_FILE, render_sitemap(locations))
        if ROBOTS_FILE not in static:
            write_text(writer, ROBOTS_FILE, render_robots(f"{base}/{SITEMAP_FILE}"))


def get_generators(pelican: Any) -> type[SitemapGenerator]:
    """Add the sitemap generator to the build."""
    del pelican
    return SitemapGenerator


def sitemap_pages(sender: Any, catalogue: Any, settings: Any) -> tuple[int, list]:
    """Return sitemap.xml and robots.txt as ``site.pages`` lists them (last)."""
    del sender, catalogue, settings
    return 4, [
        {"url": f"/{name}", "name": name, "sitemap": False}
        for name in (SITEMAP_FILE, ROBOTS_FILE)
    ]


def register() -> None:
    """Connect the plugin to Pelican."""
    generated_pages.connect(sitemap_pages)
    signals.get_generators.connect(get_generators)

"""sitemap.xml and robots.txt as jekyll-sitemap writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


@dataclass(frozen=True, slots=True)
class Location:
    """One URL of the sitemap and when its content last changed."""

    url: str
    lastmod: dt.datetime | None


def render_sitemap(locations: Iterable[Location]) -> str:
    """Return a sitemap ``urlset``, one ``url`` per location, sorted by URL.

    Written as text, one string per URL: a site of 10,000 pages would
    otherwise hold a tree of 30,000 elements at once.
    """
    found = sorted(set(locations), key=lambda loc: loc.url)
    if not found:
        return f'{_DECLARATION}\n<urlset xmlns="{SITEMAP}" />\n'
    entries = "".join(map(_entry, found))
    return f'{_DECLARATION}\n<urlset xmlns="{SITEMAP}">\n{entries}</urlset>\n'


def _entry(location: Location) -> str:
    lastmod = (
        f"    <lastmod>{location.lastmod.isoformat()}</lastmod>\n"
        if location.lastmod is not None
        else ""
    )
    return f"  <url>\n    <loc>{escape(location.url)}</loc>\n{lastmod}  </url>\n"


def render_robots(sitemap_url: str) -> str:
    """Return robots.txt naming the sitemap."""
    return f"Sitemap: {sitemap_url}\n"

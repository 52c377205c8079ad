"""sitemap.xml and robots.txt as jekyll-sitemap writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True, slots=True)
class Location:
    """One URL of the sitemap and when its content last changed."""

    url: str
    lastmod: dt.datetime | None


def render_sitemap(locations: Iterable[Location]) -> str:
    """Return a sitemap ``urlset``, one ``url`` per location, sorted by URL.

    Written as text, line by line: a site of 10,000 pages would otherwise
    hold a tree of 30,000 elements at once.
    """
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    found = sorted(set(locations), key=lambda loc: loc.url)
    if not found:
        lines.append(f'<urlset xmlns="{SITEMAP}" />')
    else:
        lines.append(f'<urlset xmlns="{SITEMAP}">')
        for location in found:
            lines += ["  <url>", f"    <loc>{escape(location.url)}</loc>"]
            if location.lastmod is not None:
                lines.append(f"    <lastmod>{location.lastmod.isoformat()}</lastmod>")
            lines.append("  </url>")
        lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def render_robots(sitemap_url: str) -> str:
    """Return robots.txt naming the sitemap."""
    return f"Sitemap: {sitemap_url}\n"

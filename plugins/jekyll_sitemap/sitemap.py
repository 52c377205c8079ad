"""sitemap.xml and robots.txt as jekyll-sitemap writes them, built as XML."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True, slots=True)
class Location:
    """One URL of the sitemap and when its content last changed."""

    url: str
    lastmod: dt.datetime | None


def render_sitemap(locations: Iterable[Location]) -> str:
    """Return a sitemap ``urlset``, one ``url`` per location, sorted by URL."""
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for location in sorted(set(locations), key=lambda loc: loc.url):
        url = ET.SubElement(root, f"{{{SITEMAP}}}url")
        ET.SubElement(url, f"{{{SITEMAP}}}loc").text = location.url
        if location.lastmod is not None:
            ET.SubElement(
                url, f"{{{SITEMAP}}}lastmod"
            ).text = location.lastmod.isoformat()
    # ElementTree's prefix registry is global (the feed sets the empty prefix
    # too): set it right before serialising.
    ET.register_namespace("", SITEMAP)
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
    )


def render_robots(sitemap_url: str) -> str:
    """Return robots.txt naming the sitemap."""
    return f"Sitemap: {sitemap_url}\n"

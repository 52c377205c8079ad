import datetime as dt
import xml.etree.ElementTree as ET

from jekyll_sitemap.sitemap import SITEMAP, Location, render_robots, render_sitemap

NS = {"s": SITEMAP}


def test_sitemap_sorted_unique_with_lastmod() -> None:
    when = dt.datetime(2020, 1, 2, tzinfo=dt.UTC)
    text = render_sitemap(
        [
            Location("https://s/b/", when),
            Location("https://s/a/", None),
            Location("https://s/b/", when),
        ]
    )
    root = ET.fromstring(text.split("\n", 1)[1])
    assert [u.find("s:loc", NS).text for u in root.findall("s:url", NS)] == [
        "https://s/a/",
        "https://s/b/",
    ]
    assert root.findall("s:url", NS)[0].find("s:lastmod", NS) is None
    assert root.findall("s:url", NS)[1].find("s:lastmod", NS).text == when.isoformat()


def test_robots_names_the_sitemap() -> None:
    assert render_robots("https://s/sitemap.xml") == "Sitemap: https://s/sitemap.xml\n"

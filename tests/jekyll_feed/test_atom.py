import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from jekyll_feed.atom import ATOM, Entry, Feed, entry_xml, jekyll_post_id, render

NS = {"a": ATOM}
WHEN = dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("url", "slug", "post_id"),
    [
        (
            "/career/2020/01/02/research-diary/",
            "research-diary",
            "/career/2020/01/02/research-diary",
        ),
        ("/2012/02/05/markup.html", "markup", "/2012/02/05/markup"),
        ("/edge%20case/2009/a.html", "a", "/edge%20case/2009/a"),
        ("/custom/2020/permalink", "permalink", "/custom/2020/permalink"),
        ("/blog/renamed/", "Original-Slug", "/blog/Original-Slug"),
    ],
)
def test_jekyll_post_id(url: str, slug: str, post_id: str) -> None:
    assert jekyll_post_id(url, slug) == post_id


def feed(entries: list[Entry]) -> ET.Element:
    text = render(
        Feed(
            "Site &amp; co",
            "https://s.example/feed.xml",
            "https://s.example",
            "Ada",
            entries,
        ),
        WHEN,
    )
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>')
    return ET.fromstring(text.split("\n", 1)[1])


def entry(title: str = "A &lt;b&gt; title") -> Entry:
    return Entry(
        id="https://s.example/2020/01/02/a",
        title=title,
        url="https://s.example/2020/01/02/a/",
        published=WHEN,
        updated=WHEN,
        content_html="<p>Body</p>",
        summary_html="<p>Sum</p>",
        categories=["x", "y"],
        image="https://s.example/i.png",
    )


def test_feed_has_the_elements_rfc_4287_requires() -> None:
    root = feed([entry()])
    assert root.tag == f"{{{ATOM}}}feed"
    for required in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert root.find(required, NS) is not None, required
    assert (
        root.find("a:link[@rel='self']", NS).get("href") == "https://s.example/feed.xml"
    )
    (item,) = root.findall("a:entry", NS)
    for required in (
        "a:id",
        "a:title",
        "a:updated",
        "a:link[@rel='alternate']",
        "a:content",
    ):
        assert item.find(required, NS) is not None, required
    assert item.find("a:id", NS).text == "https://s.example/2020/01/02/a"
    assert item.find("a:content", NS).text == "<p>Body</p>"
    assert [c.get("term") for c in item.findall("a:category", NS)] == ["x", "y"]


def test_text_is_escaped_never_markup() -> None:
    root = feed([entry("&lt;script&gt;alert(1)&lt;/script&gt;")])
    item = root.find("a:entry", NS)
    assert item.find("a:title", NS).text == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert root.find("a:title", NS).text == "Site &amp; co"


def test_empty_feed_is_valid_and_dated_by_epoch() -> None:
    root = feed([])
    assert root.find("a:updated", NS).text == WHEN.isoformat()
    assert root.findall("a:entry", NS) == []


def test_each_entry_is_written_once_and_placed_as_elementtree_places_it() -> None:
    # A post's entry is serialised once for every feed that lists it; the
    # feed reads as the whole tree serialised by ElementTree would.
    plain = replace(entry("Plain"), image=None)
    site = Feed("S", "https://s.example/feed.xml", "https://s.example", None, [plain])
    texts = [entry_xml(plain)]
    text = render(site, WHEN, texts)
    assert text == render(site, WHEN)
    assert f"\n  {texts[0]}\n</feed>\n" in text
    assert "xmlns:media" not in text  # declared only where an entry uses it
    whole = ET.fromstring(text.split("\n", 1)[1])
    ET.indent(whole)
    ET.register_namespace("", ATOM)
    assert text.split("\n", 1)[1] == ET.tostring(whole, encoding="unicode") + "\n"
    pictured = render(replace(site, entries=[plain, entry()]), WHEN)
    assert pictured.split("\n")[1] == (
        f'<feed xmlns="{ATOM}" xmlns:media="http://search.yahoo.com/mrss/">'
    )
    assert (
        ET.fromstring(pictured.split("\n", 1)[1])
        .find("a:entry/{http://search.yahoo.com/mrss/}thumbnail", NS)
        .get("url")
        == "https://s.example/i.png"
    )

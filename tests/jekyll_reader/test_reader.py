"""One file through the reading pipeline: content and Pelican metadata, or a skip."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pelican.log import LimitFilter

from jekyll_reader import reading
from jekyll_reader.images import enrich_media
from jekyll_reader.reader import JekyllReader
from jekyll_reader.responsive import ImageFile
from tests.jekyll_reader.site_settings import settings_for

POST = """---
title: A "quoted" title
tags: [ml, notes]
image: /assets/header.png
---
First paragraph with ![figure](/assets/figure.png).

Second.
"""


def _read(tmp_path: Path, files: dict[str, str], relpath: str, **overrides: object):
    settings = settings_for(tmp_path, files, **overrides)
    state = reading.start_reading(settings)
    content, metadata = JekyllReader(settings).read(str(tmp_path / "site" / relpath))
    return content, metadata, state


def test_a_post_becomes_html_and_metadata(tmp_path: Path) -> None:
    files = {"_posts/2021-03-04-post.md": POST, "assets/header.png": "not a png"}
    content, metadata, state = _read(tmp_path, files, "_posts/2021-03-04-post.md")
    assert content.startswith("<p>First paragraph")
    # The figure is not in the site: its alt text stands in, no broken image.
    assert '<span class="image-missing">figure</span>' in content
    assert "<img" not in content
    assert metadata["title"] == "A \u201cquoted\u201d title"
    assert metadata["url"] == "2021/03/04/post.html"
    assert [tag.name for tag in metadata["tags"]] == ["ml", "notes"]
    assert metadata["header_image"].url == "assets/header.png"  # from the site root
    assert metadata["excerpt_text"].startswith("First paragraph")
    assert state.build.report.built["post"] == 1
    # The embedded figure is not in the site: named, not invented.
    assert state.build.report.missing_files == [
        ("_posts/2021-03-04-post.md", "/assets/figure.png")
    ]


def test_a_file_that_cannot_be_built_is_skipped_with_its_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    files = {"_posts/2021-03-04-bad.md": "---\ntitle: x\ndate: 2021-02-30\n---\nBody"}
    with caplog.at_level(logging.ERROR):
        content, metadata, state = _read(tmp_path, files, "_posts/2021-03-04-bad.md")
    assert (content, metadata) == ("", {"status": "skip"})
    assert "2021-03-04-bad.md:3" in caplog.text
    assert "The file was skipped" in caplog.text
    assert [path for path, _ in state.build.report.skipped] == [
        "_posts/2021-03-04-bad.md"
    ]


def test_a_second_reading_of_an_unchanged_file_comes_from_the_cache(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"about.md": "---\nimage: /gone.png\n---\n# About\n\nText"}
    first_content, first, state = _read(tmp_path, files, "about.md")
    state.build.read_cache.save()
    settings = settings_for(tmp_path, {})
    again = reading.start_reading(settings)
    caplog.clear()
    # Pelican logs a message once per process; each build is its own process.
    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    with caplog.at_level(logging.WARNING):
        content, metadata = JekyllReader(settings).read(str(tmp_path / "site/about.md"))
    assert again.build.read_cache.hits == 1
    assert content == first_content
    assert metadata["title"] == first["title"] == "About"
    # Its warnings are logged again, and its missing file counted again.
    assert "about.md:2: image '/gone.png' is not in the site" in caplog.text
    assert again.build.report.missing_files == [("about.md", "/gone.png")]


def test_an_unpublished_document_is_not_built(tmp_path: Path) -> None:
    files = {"draft-page.md": "---\npublished: false\n---\nHidden"}
    _, metadata, state = _read(tmp_path, files, "draft-page.md")
    assert metadata == {"status": "skip"}
    assert state.build.report.not_published[0][0] == "draft-page.md"


def test_images_are_lazy_sized_or_left_out_when_missing() -> None:
    html = '<p><img alt="a" src="/a.png"><img src="/gone.png"><img alt="b" src="/b.png"></p>'
    found = {"/a.png": ImageFile("a.png", 4, 3, 70)}
    enriched = enrich_media(html, found.get, {"/gone.png", "/b.png"})
    assert enriched == (
        '<p><img alt="a" src="/a.png" loading="lazy" decoding="async" width="4" '
        'height="3"><span class="image-missing">b</span></p>'
    )


def test_a_picture_s_copies_the_site_lacks_give_way_to_its_image() -> None:
    # al-folio's figures name WebP copies a plugin makes; without them the
    # browser would show a broken image, not the <img> after them.
    html = (
        '<picture><source class="r" srcset="/f-480.webp 480w, /f-800.webp 800w" '
        'type="image/webp"><source srcset="/g.webp"><img src="/f.png"></picture>'
        '<video><source src="/v.mp4"></video>'
    )
    kept = enrich_media(html, {}.get, lacks=lambda url: url.startswith("/f-"))
    assert "f-480.webp" not in kept and 'srcset="/g.webp"' in kept
    assert '<img src="/f.png"' in kept and '<source src="/v.mp4">' in kept


def test_frames_without_a_title_are_named_by_where_they_come_from() -> None:
    html = (
        '<iframe src="https://www.youtube.com/embed/x"></iframe>'
        '<iframe src="//player.vimeo.com/video/1" width="5"></iframe>'
        '<iframe src="https://maps.example.org/?a=1&amp;b=2"></iframe>'
        '<iframe title="Mine" src="https://www.youtube.com/embed/y"></iframe>'
        "<iframe srcdoc='x'></iframe>"
    )
    assert enrich_media(html, {}.get) == (
        '<iframe src="https://www.youtube.com/embed/x" title="YouTube video"></iframe>'
        '<iframe src="//player.vimeo.com/video/1" width="5" title="Vimeo video"></iframe>'
        '<iframe src="https://maps.example.org/?a=1&amp;b=2" '
        'title="Embedded from maps.example.org"></iframe>'
        '<iframe title="Mine" src="https://www.youtube.com/embed/y"></iframe>'
        "<iframe srcdoc='x' title=\"Embedded\"></iframe>"
    )

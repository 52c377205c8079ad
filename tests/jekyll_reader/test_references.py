"""The files a document refers to: found in the site, or named and left out."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from jekyll_reader import reading
from jekyll_reader.references import (
    check_reference,
    embedded_image,
    header_image,
    key_line,
    missing_references,
)
from jekyll_reader.responsive import ImageFile
from tests.jekyll_reader.site_settings import settings_for

# A 1x1 GIF.
GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01"
    b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)

# The site's one image, as the reader finds it.
A_GIF = ImageFile("assets/img/a.gif", 1, 1, len(GIF))


def _state(tmp_path: Path) -> reading.Reading:
    settings = settings_for(tmp_path, {"post.md": "---\ntitle: x\nimage: a.gif\n---\n"})
    (tmp_path / "site" / "assets" / "img").mkdir(parents=True)
    (tmp_path / "site" / "assets" / "img" / "a.gif").write_bytes(GIF)
    settings["JEKYLL_URL"] = "https://example.org"
    return reading.start_reading(settings)


def test_a_header_image_is_looked_for_in_the_image_folders(tmp_path: Path) -> None:
    state = _state(tmp_path)
    found = header_image({"image": "a.gif"}, "Title", "post.md", "post.md", state)
    assert found is not None
    assert (found.url, found.alt, found.width, found.height) == (
        "assets/img/a.gif",
        "Title",
        1,
        1,
    )
    other = header_image(
        {"image": "https://cdn.example/x.png"}, "T", "post.md", "", state
    )
    assert other is not None and other.url == "https://cdn.example/x.png"


@pytest.mark.parametrize(
    "data",
    [
        {"header": {"overlay_image": "a.gif", "teaser": "t.gif"}},  # Minimal Mistakes
        {"header": {"image": "a.gif"}},
        {"cover-img": ["a.gif", "b.gif"]},  # Beautiful Jekyll picks one
        {"cover-img": [{"a.gif": "A caption"}]},
        {"cover": "a.gif"},  # Jasper2, TeXt
        {"header-img": "a.gif"},  # Hux, Clean Blog
        {"image": {"title": "a.gif", "thumb": "t.gif"}},  # Feeling Responsive
        {"header": {"image_fullwidth": "a.gif"}},
        {"feature-img": "a.gif"},  # Type
        {"image": {"path": "a.gif"}, "header-img": "b.gif"},  # the first found
    ],
)
def test_themes_name_their_header_images_by_their_own_keys(
    tmp_path: Path, data: dict
) -> None:
    found = header_image(data, "Title", "post.md", "post.md", _state(tmp_path))
    assert found is not None and found.url == "assets/img/a.gif"


def test_a_bare_name_is_the_one_file_of_the_site_so_named(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, {"post.md": "---\ntitle: x\n---\n"})
    people = tmp_path / "site" / "assets" / "img" / "people"
    people.mkdir(parents=True)
    (people / "ada.gif").write_bytes(GIF)
    for folder in ("a", "b"):  # two files of one name: neither is chosen
        (tmp_path / "site" / folder).mkdir()
        (tmp_path / "site" / folder / "twin.gif").write_bytes(GIF)
    state = reading.start_reading(settings)
    found = header_image({"image": "ada.gif"}, "T", "post.md", "post.md", state)
    assert found is not None and found.url == "assets/img/people/ada.gif"
    assert header_image({"image": "twin.gif"}, "T", "post.md", "", state) is None
    assert header_image({"image": "x/ada.gif"}, "T", "post.md", "", state) is None


def test_a_header_image_that_is_no_file_name_is_none(tmp_path: Path) -> None:
    state = _state(tmp_path)
    for data in (
        {"cover": True},
        {"header": {"overlay_color": "#333"}},
        {"img": "a.gif"},  # a social card or a thumbnail, not a header
        {"cover-img": []},
        {"image": {"thumb": "t.gif"}},  # a thumbnail, by its field's name
        {"image": {"title": "A caption", "caption": "More"}},
    ):
        assert header_image(data, "T", "post.md", "post.md", state) is None
    assert state.build.report.missing_files == []  # none looked for


def test_a_cover_written_as_markup_is_no_header_image(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A blog whose own listing prints ``cover`` as HTML (a video, a figure):
    # not a file to look for, and not reported missing; a later key counts.
    state = _state(tmp_path)
    video = '<p> <video controls> <source src="https://x.org/v.mp4"> </video> </p>'
    with caplog.at_level(logging.WARNING):
        assert header_image({"cover": video}, "T", "post.md", "", state) is None
        found = header_image(
            {"cover": video, "header-img": "a.gif"}, "T", "post.md", "", state
        )
    assert found is not None and found.url == "assets/img/a.gif"
    assert caplog.text == ""
    assert state.build.report.missing_files == []


def test_a_missing_header_image_is_named_at_its_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = _state(tmp_path)
    with caplog.at_level(logging.WARNING):
        found = header_image({"image": "gone.png"}, "T", "post.md", "post.md", state)
    assert found is None
    assert "post.md:3: image 'gone.png' is not in the site" in caplog.text
    assert state.build.report.missing_files == [("post.md", "gone.png")]


def test_embedded_files_are_sized_or_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = _state(tmp_path)
    assert embedded_image("/post/", state, "/assets/img/a.gif") == A_GIF
    assert (
        embedded_image("/post/", state, "https://example.org/assets/img/a.gif") == A_GIF
    )
    assert embedded_image("/post/", state, "/gone.gif") is None
    with caplog.at_level(logging.WARNING):
        check_reference("/assets/img/a.gif", "post.md", "/post/", "post.md", state)
        check_reference("https://elsewhere.org/x.png", "post.md", "/", "post.md", state)
        check_reference("/gone.gif", "post.md", "/post/", "post.md", state)
    assert caplog.text.count("which is not in the site") == 1
    assert state.build.report.missing_files == [("post.md", "/gone.gif")]


def test_a_relative_reference_is_found_from_the_page_s_address(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # As a browser finds it: pages/docs/a.md with permalink /a.html names
    # /assets/img/a.gif as assets/img/a.gif, and /docs/guide/ as ../../.
    state = _state(tmp_path)
    assert embedded_image("/a.html", state, "assets/img/a.gif") == A_GIF
    assert embedded_image("/docs/guide/", state, "../../assets/img/a.gif") == A_GIF
    assert embedded_image("/docs/guide/", state, "../../../assets/img/a.gif") == A_GIF
    assert embedded_image("/docs/guide/", state, "assets/img/a.gif") is None
    assert embedded_image("/assets/img/index.html", state, "a.gif") == A_GIF
    with caplog.at_level(logging.WARNING):
        found = check_reference(
            "img/a.gif", "pages/docs/a.md", "/docs/a/", "pages/docs/a.md", state
        )
    assert found is True
    assert (
        "pages/docs/a.md: embeds 'img/a.gif' (from the page's address /docs/a/: "
        "/docs/a/img/a.gif), which is not in the site" in caplog.text
    )


def test_a_missing_video_is_named_as_left_as_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = _state(tmp_path)
    embedded = [("source", "/v/talk.mp4"), ("img", "/gone.png"), ("video", "/v.webm")]
    with caplog.at_level(logging.WARNING):
        missing = missing_references(embedded, "p.md", "/p/", "p.md", state)
    # Only the image is shown as its alt text; the others say what they do.
    assert missing == {"/gone.png"}
    assert "embeds '/gone.png', which is not in the site; the page shows its alt" in (
        caplog.text
    )
    assert (
        "embeds '/v/talk.mp4', which is not in the site; its <source> is left as "
        "written and finds nothing there. Add the file or fix the path." in caplog.text
    )
    assert "its <video> is left as written" in caplog.text
    assert len(state.build.report.missing_files) == 3


def test_a_full_address_of_the_host_the_site_lacks_is_left_as_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Another site on the host (a project site of a user site) may serve it.
    state = _state(tmp_path)
    with caplog.at_level(logging.WARNING):
        replaced = check_reference(
            "https://example.org/other-project/shot.png", "p.md", "/p/", "p.md", state
        )
    assert replaced is False
    assert "an address of this site's host that the site does not hold" in caplog.text
    assert state.build.report.missing_files == [
        ("p.md", "https://example.org/other-project/shot.png")
    ]


def test_the_line_of_a_key(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\nimage: y\n---\nimage: not front matter\n")
    assert key_line(path, "image") == 3
    assert key_line(path, "tags") is None
    nested = tmp_path / "b.md"
    nested.write_text("---\noverlay_image: top\nheader:\n  overlay_image: y\n---\n")
    assert key_line(nested, "header", "overlay_image") == 4
    assert key_line(nested, "header", "teaser") == 3  # the deepest found

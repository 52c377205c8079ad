"""Copies of big images: made with Pillow once, then taken from the cache."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from jekyll_reader.responsive import ImageFile, copies_of
from jekyll_theme_pages import resized
from jekyll_theme_pages.resized import write_resized_copies

# Weighed as a photo is: heavy enough to be copied (the bytes are not read).
HEAVY = 1 << 20


class _Writer:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def write_bytes(self, name: str, data: bytes) -> None:
        self.files[name] = data


def _image(path: Path, size: tuple[int, int], kind: str, **save: Any) -> ImageFile:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.linear_gradient("L").resize(size).convert("RGB").save(path, kind, **save)
    return ImageFile(path.name, *size, HEAVY)


def _opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_each_copy_has_its_width_its_shape_and_the_originals_format(
    tmp_path: Path,
) -> None:
    image = _image(tmp_path / "site/plot.png", (2000, 1000), "PNG")
    writer = _Writer()
    copies = copies_of(image)
    assert (
        write_resized_copies(writer, [*copies, *copies], tmp_path / "site", None) == 4
    )
    for copy in copies:
        made = _opened(writer.files[copy.save_as])
        assert made.format == "PNG"
        assert made.size == (copy.width, copy.width // 2)


def test_a_photo_turned_by_its_exif_is_copied_upright(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: shown turned a quarter
    _image(tmp_path / "photo.jpg", (1800, 1000), "JPEG", exif=exif)
    copies = resized.resized_copies(tmp_path / "photo.jpg", (480, 800))
    assert copies is not None
    for width, data in zip((480, 800), copies, strict=True):
        made = _opened(data)
        assert made.format == "JPEG"
        assert made.size == (width, width * 9 // 5)
        assert 0x0112 not in made.getexif()


def test_a_copy_is_made_once_and_then_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = _image(tmp_path / "site/a.jpg", (1000, 500), "JPEG")
    first, second = _Writer(), _Writer()
    write_resized_copies(first, copies_of(image), tmp_path / "site", tmp_path / "cache")
    assert len(list((tmp_path / "cache/resized").iterdir())) == 2

    def refuse(*_: object) -> bytes:
        raise AssertionError("made again")

    monkeypatch.setattr(resized, "resized_copies", refuse)
    write_resized_copies(
        second, copies_of(image), tmp_path / "site", tmp_path / "cache"
    )
    assert second.files == first.files


def test_a_file_pillow_cannot_read_is_offered_as_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "broken.png").write_bytes(b"\x89PNG not really")
    writer = _Writer()
    copies = copies_of(ImageFile("broken.png", 2000, 1000, HEAVY))
    with caplog.at_level(logging.WARNING):
        write_resized_copies(writer, copies, tmp_path, tmp_path / "cache")
    assert set(writer.files.values()) == {b"\x89PNG not really"}
    assert caplog.text.count("broken.png could not be read as an image") == 1


def test_copies_of_several_originals_are_each_as_made_alone(tmp_path: Path) -> None:
    # Several originals: made on every core, each the same as made one by one.
    images = [
        _image(tmp_path / f"site/p{n}.png", (1000 + 300 * n, 600), "PNG")
        for n in range(3)
    ]
    together = _Writer()
    copies = [copy for image in images for copy in copies_of(image)]
    write_resized_copies(together, copies, tmp_path / "site", None)
    assert len(together.files) == len(copies)
    for image in images:
        alone = _Writer()
        write_resized_copies(alone, copies_of(image), tmp_path / "site", None)
        assert alone.files.items() <= together.files.items()


def test_a_file_outside_the_site_is_never_read(tmp_path: Path) -> None:
    _image(tmp_path / "outside.png", (2000, 1000), "PNG")
    (tmp_path / "site").mkdir()
    (tmp_path / "site/link.png").symlink_to(tmp_path / "outside.png")
    writer = _Writer()
    copies = copies_of(ImageFile("link.png", 2000, 1000, HEAVY))
    write_resized_copies(writer, copies, tmp_path / "site", None)
    assert writer.files == {}


def test_a_copy_may_be_made_in_another_format(tmp_path: Path) -> None:
    # jekyll-imagemagick's WebP copies of a PNG (jekyll_reader.imagemagick).
    _image(tmp_path / "fig.png", (1600, 800), "PNG")
    made = resized.resized_copies(tmp_path / "fig.png", (480, 800), ("WEBP", ""))
    assert made is not None
    webp, png = (_opened(data) for data in made)
    assert (webp.format, webp.size) == ("WEBP", (480, 240))
    assert (png.format, png.size) == ("PNG", (800, 400))

"""Smaller copies of a big image, for phones: which copies, and the ``srcset``.

An image of the site wider than the theme's text column, of 100 KB or
more, is offered to the browser with copies 480, 800, 1,200 and 1,600
pixels wide (those narrower than the image), so a phone loads a copy its
screen can show instead of a 2,400-pixel original. Only raster files the
site holds are copied (not SVG, not GIF, whose frames a copy would lose);
an image whose author gave it a width, or a ``srcset``, is left as
written. The copies themselves are made once by the theme's generator
(``jekyll_theme_pages.resized``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import quote

COPY_WIDTHS = (480, 800, 1200, 1600)
# The text column at its widest, in CSS pixels (--measure: 70ch, 757 px).
COLUMN_WIDTH = 760
SIZES = f"(min-width: 49.5rem) {COLUMN_WIDTH}px, calc(100vw - 2rem)"
RESIZABLE = frozenset({".png", ".jpg", ".jpeg", ".webp"})
RESIZED_FOLDER = "assets/resized"
# A file lighter than this is sent as it is: a copy would spare a phone
# little, and making copies of a blog's hundreds of small diagrams took a
# first build 40 s.
LIGHT_ENOUGH = 100 * 1024


@dataclass(frozen=True, slots=True)
class ImageFile:
    """An image of the site: its file (from the source folder) and size."""

    path: str
    width: int
    height: int
    weight: int  # bytes


@dataclass(frozen=True, slots=True)
class ResizedCopy:
    """A smaller copy of a site image, written to ``save_as`` in the output.

    ``kind``: the format it is written in (Pillow's name, "WEBP"); "" keeps
    the original's.
    """

    source: str
    width: int
    save_as: str
    kind: str = ""


def copies_of(image: ImageFile) -> tuple[ResizedCopy, ...]:
    """Return the copies a browser may pick instead of ``image`` (none if small)."""
    suffix = PurePosixPath(image.path).suffix
    if (
        suffix.lower() not in RESIZABLE
        or image.width <= COLUMN_WIDTH
        or image.weight < LIGHT_ENOUGH
    ):
        return ()
    stem = image.path[: -len(suffix)]
    return tuple(
        ResizedCopy(image.path, width, f"{RESIZED_FOLDER}/{stem}-{width}w{suffix}")
        for width in COPY_WIDTHS
        if width < image.width
    )


def srcset(src: str, width: int, copies: tuple[ResizedCopy, ...], baseurl: str) -> str:
    """Return a ``srcset`` value: each copy under ``baseurl``, then ``src`` itself.

    ``src`` is the original's address as the page gives it; one holding a
    comma or a space cannot stand in a ``srcset``, and gets none ("").
    """
    if not copies or any(c in src for c in ", \t\n"):
        return ""
    base = baseurl.rstrip("/")
    entries = [f"{base}/{quote(c.save_as)} {c.width}w" for c in copies]
    return ", ".join([*entries, f"{src} {width}w"])


def srcset_attributes(
    src: str, image: ImageFile, copies: tuple[ResizedCopy, ...], baseurl: str
) -> str:
    """Return ``srcset`` and ``sizes`` for an ``<img>`` whose ``src`` is as written."""
    value = srcset(src, image.width, copies, baseurl)
    return f'srcset="{value}" sizes="{SIZES}"' if value else ""


class OfferedCopies:
    """The ``srcset`` of each image of one document, and the copies they name."""

    def __init__(self, baseurl: str) -> None:
        self.baseurl = baseurl
        self.copies: list[ResizedCopy] = []

    def __call__(self, src: str, image: ImageFile) -> str:
        """Return an image's ``srcset`` and ``sizes`` (or ""), noting its copies."""
        copies = copies_of(image)
        attributes = srcset_attributes(src, image, copies, self.baseurl)
        if attributes:
            self.copies.extend(copies)
        return attributes

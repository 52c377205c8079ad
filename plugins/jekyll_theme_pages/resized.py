"""The smaller copies of big images that pages offer in their ``srcset``.

The reader says which copies each page names (``jekyll_reader.responsive``);
here each is made once with Pillow and kept in the build cache, keyed by the
original's bytes, so a rebuild copies bytes instead of resizing. Pillow is
imported only when a copy must be made. A file Pillow cannot read is
offered as it is under the copy's name, so no page names a file that is
not there.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jekyll_common.paths import UnsafePathError, safe_join
from jekyll_engine.whole_files import write_whole
from jekyll_reader.responsive import ResizedCopy

logger = logging.getLogger(__name__)

# Bumped when copies are made differently, so cached ones are made anew.
_METHOD = "lanczos-1"
_SAVE_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 80},
}


def write_resized_copies(
    writer: Any, copies: Iterable[ResizedCopy], source: Path, cache: Path | None
) -> int:
    """Write each copy (once however many pages name it); return how many."""
    wanted = {copy.save_as: copy for copy in copies}
    digests: dict[Path, str] = {}  # each original read once, for all its copies
    for save_as, copy in sorted(wanted.items()):
        try:
            original = safe_join(source, copy.source)
        except UnsafePathError:
            continue  # resolve_local only names files of the site
        cached = None
        if cache is not None:
            if original not in digests:
                digests[original] = hashlib.sha256(original.read_bytes()).hexdigest()
            key = f"{digests[original]}\0{copy.width}\0{_METHOD}".encode()
            name = hashlib.sha256(key).hexdigest()[:32] + original.suffix.lower()
            cached = cache / "resized" / name
        writer.write_bytes(save_as, _copy_bytes(original, copy.width, cached))
    return len(wanted)


def _copy_bytes(original: Path, width: int, cached: Path | None) -> bytes:
    """Return the copy's bytes: from ``cached``, else made (and kept there).

    The cache file is named by the original's bytes, not its time: a fresh
    clone or a checkout touches every file without changing one image.
    """
    if cached is not None:
        try:
            return cached.read_bytes()
        except OSError:
            pass
    data = resized(original, width)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_whole(cached, data)
        except OSError:
            pass  # made again by the next build
    return data


def resized(original: Path, width: int) -> bytes:
    """Return ``original`` scaled to ``width`` pixels, in its own format.

    Turned as its EXIF orientation says (browsers show it so), and with no
    metadata kept. A file that cannot be read, or an animation, is returned
    as it is.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError  # noqa: PLC0415 (big images only)

    try:
        with Image.open(original) as image:
            kind = image.format or ""
            if getattr(image, "is_animated", False):
                return original.read_bytes()  # a copy would keep one frame
            # JPEG: decoded at the smallest scale leaving both sides >= width.
            image.draft("RGB", (width, width))
            upright = ImageOps.exif_transpose(image)
            if upright.mode == "P":
                upright = upright.convert("RGBA")
            height = max(1, round(upright.height * width / upright.width))
            smaller = upright.resize((width, height), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            smaller.save(out, format=kind, **_SAVE_OPTIONS.get(kind, {}))
            return out.getvalue()
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        logger.warning(
            "%s could not be read as an image; phones are sent it at full size.",
            original.name,
        )
        return original.read_bytes()

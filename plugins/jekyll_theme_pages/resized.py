"""The smaller copies of big images that pages offer in their ``srcset``.

The reader says which copies each page names (``jekyll_reader.responsive``);
here each is made once with Pillow and kept in the build cache, keyed by the
original's bytes, so a rebuild copies bytes instead of resizing. The copies
not cached are made on every core, each original decoded once for all its
widths (a course site's 36 figures made 138 copies: 22 s one by one).
Pillow is imported only when a copy must be made. A file Pillow cannot read
is offered as it is under the copy's name, so no page names a file that is
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
from jekyll_engine.workers import forked_pool, worker_count
from jekyll_reader.responsive import ResizedCopy

logger = logging.getLogger(__name__)

# Bumped when copies are made differently, so cached ones are made anew.
_METHOD = "lanczos-2"
# PNG at zlib's default level: "optimize" took twice as long for copies
# under 1% smaller.
_SAVE_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "WEBP": {"quality": 80},
}
# Copies of one original to make: the original, the widths, their formats.
Job = tuple[Path, tuple[int, ...], tuple[str, ...]]


def write_resized_copies(
    writer: Any, copies: Iterable[ResizedCopy], source: Path, cache: Path | None
) -> int:
    """Write each copy (once however many pages name it); return how many."""
    wanted = {copy.save_as: copy for copy in copies}
    made: dict[str, bytes] = {}
    due: dict[Path, list[tuple[ResizedCopy, Path | None]]] = {}
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
            key = f"{digests[original]}\0{copy.width}\0{copy.kind}\0{_METHOD}"
            suffix = f".{copy.kind.lower()}" if copy.kind else original.suffix.lower()
            name = hashlib.sha256(key.encode()).hexdigest()[:32] + suffix
            cached = cache / "resized" / name
        found = _read_cached(cached)
        if found is not None:
            made[save_as] = found
        else:
            due.setdefault(original, []).append((copy, cached))
    jobs = [
        (original, tuple(c.width for c, _ in its), tuple(c.kind for c, _ in its))
        for original, its in due.items()
    ]
    for (original, its), found in zip(due.items(), _made(jobs), strict=True):
        if found is None:
            logger.warning(
                "%s could not be read as an image; phones are sent it at full size.",
                original.name,
            )
        datas = found or [original.read_bytes()] * len(its)
        for (copy, cached), data in zip(its, datas, strict=True):
            made[copy.save_as] = data
            _keep(cached, data)
    for save_as in sorted(made):
        writer.write_bytes(save_as, made[save_as])
    return len(wanted)


def _read_cached(cached: Path | None) -> bytes | None:
    """Return a copy kept by an earlier build, if any.

    The cache file is named by the original's bytes, not its time: a fresh
    clone or a checkout touches every file without changing one image.
    """
    if cached is None:
        return None
    try:
        return cached.read_bytes()
    except OSError:
        return None


def _keep(cached: Path | None, data: bytes) -> None:
    if cached is None:
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_whole(cached, data)
    except OSError:
        pass  # made again by the next build


def _made(jobs: list[Job]) -> list[list[bytes] | None]:
    """Return each job's copies, made on every core when there are several."""
    workers = min(worker_count(), len(jobs))
    if workers < 2:
        return [resized_copies(*job) for job in jobs]
    with forked_pool(workers) as pool:
        return list(pool.map(resized_copies, *zip(*jobs, strict=True)))


def resized_copies(
    original: Path, widths: tuple[int, ...], kinds: tuple[str, ...] = ()
) -> list[bytes] | None:
    """Return ``original`` scaled to each of ``widths`` pixels, in its own format.

    Or in the format ``kinds`` gives beside each width ("" for its own).

    Turned as its EXIF orientation says (browsers show it so), and with no
    metadata kept. An animation is returned as it is (a copy would keep one
    frame); None for a file that cannot be read as an image.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError  # noqa: PLC0415 (big images only)

    try:
        with Image.open(original) as image:
            kind = image.format or ""
            if getattr(image, "is_animated", False):
                return [original.read_bytes()] * len(widths)
            # JPEG: decoded at the smallest scale leaving both sides >= each width.
            image.draft("RGB", (max(widths), max(widths)))
            upright = ImageOps.exif_transpose(image)
            if upright.mode == "P":
                upright = upright.convert("RGBA")
            copies = []
            for width, wanted in zip(widths, kinds or ("",) * len(widths), strict=True):
                height = max(1, round(upright.height * width / upright.width))
                smaller = upright.resize((width, height), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                made_as = wanted or kind
                smaller.save(out, format=made_as, **_SAVE_OPTIONS.get(made_as, {}))
                copies.append(out.getvalue())
            return copies
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None

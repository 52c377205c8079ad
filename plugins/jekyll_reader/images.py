"""Images as the reader finds them: ``image:`` values, site files, sizes.

Pure lookups (``references`` says what is missing): the forms an ``image``
key takes, where a site path is found among the site's files (the image
folders tried too), each image's size, and ``<img>`` tags made lazy and
sized, big ones offered smaller copies (``responsive``).
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import imagesize

from jekyll_reader.responsive import SIZES, ImageFile, ResizedCopy

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_SOURCE_TAG = re.compile(r"<source\b[^>]*\bsrcset\s*=[^>]*>", re.IGNORECASE)
_SRCSET = re.compile(r"""\bsrcset\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HeaderImage:
    """A document's header image: where it is served, its text, its size.

    A big one of the site also has smaller ``copies``, named in ``srcset``.
    """

    url: str
    alt: str
    width: int | None = None
    height: int | None = None
    copies: tuple[ResizedCopy, ...] = ()
    srcset: str = ""
    sizes: str = SIZES


# Where themes take a page's header image from, first found first:
# Chirpy, So Simple, Hydejack and Ghost ports ``image``; Minimal Mistakes
# ``header.overlay_image`` / ``header.image``; Beautiful Jekyll ``cover-img``;
# Jasper2 and TeXt ``cover``; Hux and Clean Blog ``header-img``; Type
# ``feature-img``; Feeling Responsive ``image.title`` (a file name there:
# ``image`` is a mapping of ``title``, ``thumb``, ``caption``...) and
# ``header.image_fullwidth``. Not ``img``: the BAIR blog's is its social
# card and al-folio's a project's thumbnail, neither shown atop the page.
HEADER_IMAGE_KEYS: tuple[tuple[str, ...], ...] = (
    ("image",),
    ("image", "title"),
    ("header", "overlay_image"),
    ("header", "image"),
    ("header", "image_fullwidth"),
    ("cover-img",),
    ("cover",),
    ("header-img",),
    ("feature-img",),
    ("feature_image",),
)


# A file's name: with an extension, or in a folder.
_FILE_NAME = re.compile(r"\.\w+\s*$|/")


def header_image_value(
    data: dict[str, Any],
) -> tuple[tuple[str, ...], str | None, str | None]:
    """Return (keys, path, alt) of the first header image the front matter names."""
    for keys in HEADER_IMAGE_KEYS:
        value: Any = data
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        path, alt = image_value(value)
        if path is not None and (keys[-1] != "title" or _FILE_NAME.search(path)):
            return keys, path, alt
    return ("image",), None, None


def image_value(value: Any) -> tuple[str | None, str | None]:
    """Return (path, alt) from an ``image`` value: a string, a mapping, a list.

    Mappings as Jekyll themes write them are read: ``path``, ``feature``,
    ``url``, ``src`` or ``image`` for the file and ``alt`` for the text;
    Beautiful Jekyll's one-entry ``{path: caption}`` too. Of a list (images
    a theme picks from), the first.
    """
    if isinstance(value, list):
        return image_value(value[0]) if value else (None, None)
    if isinstance(value, str):
        # Markup (a blog listing a post's ``cover`` video) is no file name.
        return (value.strip() or None) if "<" not in value else None, None
    if isinstance(value, dict):
        for key in ("path", "feature", "url", "src", "image"):
            if isinstance(value.get(key), str) and value[key].strip():
                alt = value.get("alt")
                return value[key].strip(), str(alt) if alt else None
        if len(value) == 1:
            ((path, caption),) = value.items()
            # A file's path, not a field's name (Feeling Responsive's ``thumb``).
            if (
                isinstance(path, str)
                and _FILE_NAME.search(path)
                and isinstance(caption, str)
            ):
                return path.strip(), caption or None
    return None, None


def is_external(reference: str) -> bool:
    """Return True for a reference to another site (scheme or ``//host``)."""
    parts = urlsplit(reference)
    return bool(parts.scheme or parts.netloc)


def resolve_local(
    reference: str,
    document_dir: str,
    search_dirs: Sequence[str],
    exists: Callable[[str], bool],
) -> str | None:
    """Return the source-relative path a local reference points to, if it exists.

    A reference starting with ``/`` is from the site root; any other is
    looked for in ``document_dir``, then in each of ``search_dirs``. A
    ``..`` goes up a folder and stops at the site root, as in a browser.
    """
    path = unquote(urlsplit(reference).path)
    if not path:
        return None
    folders = [""] if path.startswith("/") else [document_dir, *search_dirs]
    for folder in folders:
        candidate = posixpath.normpath(posixpath.join("/", folder, path)).lstrip("/")
        if candidate and exists(candidate):
            return candidate
    return None


def enrich_media(
    fragment: str,
    find: Callable[[str], ImageFile | None],
    missing: AbstractSet[str] = frozenset(),
    srcset: Callable[[str, ImageFile], str] | None = None,
    lacks: Callable[[str], bool] | None = None,
) -> str:
    """Return ``fragment`` with every ``<img>`` lazy-loaded and, when known, sized.

    Each ``<iframe>`` without a title gets one naming where it comes from
    (screen readers announce a frame by its title). ``find`` maps a ``src``
    to the site's image file, or None. An attribute
    already written by the author is never replaced; an image the author
    sized or gave a ``srcset`` gets none from ``srcset`` (which returns the
    attributes offering smaller copies, or ""). An image whose ``src`` is
    ``missing`` (not in the site) is replaced by its alt text, so readers
    see no broken image. A ``<picture>``'s ``<source>`` naming only files
    the site ``lacks`` (al-folio's WebP copies, made by a plugin this build
    does not run) is dropped: the browser shows the ``<img>`` after it.
    """

    def enrich(match: re.Match[str]) -> str:
        tag = match.group(0)
        source = _SRC.search(tag)
        if source and html.unescape(source.group(1)) in missing:
            alt = _ALT.search(tag)
            text = (alt.group(1) or alt.group(2) or "") if alt else ""
            return f'<span class="image-missing">{text}</span>' if text else ""
        lowered = tag.lower()
        additions = []
        if "loading=" not in lowered:
            additions.append('loading="lazy"')
        if "decoding=" not in lowered:
            additions.append('decoding="async"')
        if source and "width=" not in lowered and "height=" not in lowered:
            image = find(html.unescape(source.group(1)))
            if image:
                additions.append(f'width="{image.width}" height="{image.height}"')
                if srcset is not None and "srcset=" not in lowered:
                    additions.append(srcset(source.group(1), image))
        return _with_attributes(tag, [a for a in additions if a])

    if lacks is not None and "<source" in fragment:
        fragment = _without_missing_sources(fragment, lacks)
    return _IMG_TAG.sub(enrich, _titled_frames(fragment))


def _without_missing_sources(fragment: str, lacks: Callable[[str], bool]) -> str:
    def kept(match: re.Match[str]) -> str:
        found = _SRCSET.search(match.group(0))
        written = html.unescape((found[1] or found[2] or "") if found else "")
        urls = [each.split()[0] for each in written.split(",") if each.strip()]
        # Each one asked: asking may plan a copy (``lacks`` makes WebP ones).
        lacking = [lacks(url) for url in urls]
        return "" if urls and all(lacking) else match.group(0)

    return _SOURCE_TAG.sub(kept, fragment)


_FRAME_TAG = re.compile(r"<iframe\b[^>]*>", re.IGNORECASE)
_KNOWN_PLAYERS = {"youtube": "YouTube video", "vimeo": "Vimeo video"}


def _titled_frames(fragment: str) -> str:
    """Give each ``<iframe>`` without a title one from its address's host."""

    def titled(match: re.Match[str]) -> str:
        tag = match.group(0)
        if re.search(r"\stitle\s*=", tag, re.IGNORECASE):
            return tag
        source = _SRC.search(tag)
        host = urlsplit(html.unescape(source.group(1))).hostname or "" if source else ""
        known = [name for key, name in _KNOWN_PLAYERS.items() if key in host]
        title = known[0] if known else f"Embedded from {host}" if host else "Embedded"
        return _with_attributes(tag, [f'title="{html.escape(title)}"'])

    return _FRAME_TAG.sub(titled, fragment)


def _with_attributes(tag: str, additions: list[str]) -> str:
    """Return an opening ``tag`` with ``additions`` written before its end."""
    if not additions:
        return tag
    end = -2 if tag.endswith("/>") else -1
    return f"{tag[:end].rstrip()} {' '.join(additions)}{tag[end:]}"


def image_file(source: Path, path: str) -> ImageFile | None:
    """Return a site image's size in pixels (from its header) and bytes, or None."""
    file = source / path
    try:
        width, height = imagesize.get(file)
        weight = file.stat().st_size
    except (OSError, ValueError):
        return None
    if width <= 0 or height <= 0:
        return None
    return ImageFile(path, int(width), int(height), weight)

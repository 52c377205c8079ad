"""The files a document refers to: its header image and embedded media.

Referenced files are never invented: one that is not in the site is named
(at the line of its ``image:`` key when the file sets it), counted in the
report, and the page is built without it; the theme shows no broken image.
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from jekyll_common.paths import url_from_site_root, within_site
from jekyll_common.safe_urls import is_safe_url
from jekyll_reader.imagemagick import WebpCopies
from jekyll_reader.images import (
    HeaderImage,
    header_image_value,
    image_file,
    resolve_local,
)
from jekyll_reader.reading import Reading
from jekyll_reader.responsive import ImageFile, ResizedCopy, copies_of, srcset
from jekyll_reader.source import decode

logger = logging.getLogger(__name__)


def header_image(
    data: dict[str, Any], title: str, relpath: str, shown: str, state: Reading
) -> HeaderImage | None:
    """Return a document's header image (``image:``), found in the site or not."""
    keys, reference, alt = header_image_value(data)
    if reference is None:
        return None
    alt = alt or data.get("image_alt") or ""
    if not is_safe_url(reference):
        line = key_line(state.source / relpath, *keys)
        logger.warning(
            "%s: %s %r is not an http(s) or site address; the page is built "
            "without a header image.",
            f"{shown}:{line}" if line else shown,
            ".".join(keys),
            reference,
        )
        return None
    local = within_site(reference, state.site.url, state.site.baseurl)
    if local is None:  # another site's image
        return HeaderImage(reference, str(alt))
    served = _served(state)
    found = resolve_local(
        local,
        str(PurePosixPath(relpath).parent),
        state.options.image_dirs,
        lambda file: file in state.build.static_files or file in served,
    )
    if found is None and "/" not in local:
        # A bare name a theme puts in its own folder (al-folio's people
        # pages: ``assets/img/people/``), when one file of the site has it.
        found = state.only_file_named(local)
    if found is None:
        # At the line of `image:` when the file sets it (not a default).
        line = key_line(state.source / relpath, *keys)
        logger.warning(
            "%s: %s %r is not in the site (looked in %s); the page is built "
            "without a header image. Add the file or fix the path.",
            f"{shown}:{line}" if line else shown,
            ".".join(keys),
            reference,
            ", ".join(f"{d or '.'}/" for d in state.options.image_dirs),
        )
        state.build.report.missing_files.append((relpath, reference))
        return None
    image = image_file(state.source, served.get(found, found))
    url = url_from_site_root("/" + found)
    if image is None:
        return HeaderImage(url, str(alt or title))
    copies = copies_of(image)
    base = state.site.baseurl.rstrip("/")
    shown_as = srcset(f"{base}/{url}", image.width, copies, base)
    return HeaderImage(
        url, str(alt or title), image.width, image.height, copies, shown_as
    )


def lacks(
    page_url: str,
    state: Reading,
    webp: WebpCopies | None,
    made: list[ResizedCopy],
    reference: str,
) -> bool:
    """Return whether a page names, at a path of this site, a file the site lacks.

    A WebP copy jekyll-imagemagick would make (``webp``) is not lacking:
    it is added to the copies ``made`` for the page.
    """
    path = _lacked_path(reference, page_url, state)
    if path is None or urlsplit(reference).netloc:
        return False
    copy = None
    if webp is not None and path.startswith("/"):
        exists = state.build.static_files.__contains__
        copy = webp.copy_named(unquote(urlsplit(path).path).lstrip("/"), exists)
    if copy is not None:
        made.append(copy)
    return copy is None


def embedded_image(page_url: str, state: Reading, reference: str) -> ImageFile | None:
    """Return the site's image file a page embeds, with its size, if found."""
    path = within_site(reference, state.site.url, state.site.baseurl)
    found = _site_file(path, page_url, state) if path is not None else None
    return image_file(state.source, found) if found else None


def check_reference(
    reference: str,
    relpath: str,
    page_url: str,
    shown: str,
    state: Reading,
    *,
    element: str = "img",
) -> bool:
    """Warn when an embedded file of this site is not in it.

    Return whether the page shows it as its alt text: only a missing
    ``<img>`` is; another ``element`` (a video's ``<source>``) is left as
    written, and the message says so. A full address of the site's host
    that it lacks is named and reported but left as written (False): another
    site may share the host (a user site and its project sites on GitHub Pages)
    and serve the file.
    """
    path = _lacked_path(reference, page_url, state)
    if path is None:
        return False  # another site's file, or one the site has
    if urlsplit(reference).netloc:
        logger.warning(
            "%s: embeds %r, an address of this site's host that the site does "
            "not hold; it is left as written, as another site on the host may "
            "serve it. If it is this site's, add the file or fix the path.",
            shown,
            reference,
        )
        state.build.report.missing_files.append((relpath, reference))
        return False
    resolved = ""
    if not path.startswith("/"):
        # Relative: say where the browser looks, which may not be beside
        # the source file (a page's permalink moves it).
        folder = page_folder(page_url)
        target = posixpath.normpath(posixpath.join("/", folder, urlsplit(path).path))
        resolved = f" (from the page's address {page_url}: {target})"
    shown_instead = (
        "the page shows its alt text instead of a broken image"
        if element == "img"
        else f"its <{element}> is left as written and finds nothing there"
    )
    logger.warning(
        "%s: embeds %r%s, which is not in the site; %s. Add the file or fix the path.",
        shown,
        reference,
        resolved,
        shown_instead,
    )
    state.build.report.missing_files.append((relpath, reference))
    return element == "img"


def missing_references(
    references: Iterable[tuple[str, str]],
    relpath: str,
    page_url: str,
    shown: str,
    state: Reading,
) -> set[str]:
    """Return the images of this site a page embeds but it lacks.

    Every missing file embedded is warned of; only images are shown as
    their alt text (``enrich_media``).
    """
    return {
        reference
        for element, reference in references
        if check_reference(reference, relpath, page_url, shown, state, element=element)
    }


def page_folder(page_url: str) -> str:
    """Return the site folder a page's relative references are resolved in.

    As a browser resolves them: against the page's address, not its source
    file's folder (``pages/a.md`` with ``permalink: /a.html`` is at the
    root, and so are the files its ``images/x.png`` names).
    """
    return unquote(urlsplit(page_url).path).lstrip("/").rpartition("/")[0]


def key_line(path: Path, *keys: str) -> int | None:
    """Return the line where a front-matter key is set, if found.

    ``keys`` is a path into nested mappings (``header``, ``overlay_image``):
    each after the one before it, indented.
    """
    text, _ = decode(path.read_bytes())
    line, start, indent = None, 0, ""
    for key in keys:
        found = re.compile(rf"^{indent}{re.escape(key)}\s*:", re.MULTILINE)
        match = found.search(text, start)
        if match is None:
            break
        line = text.count("\n", 0, match.start()) + 1
        start, indent = match.end(), "[ \t]+"
    return line


def _lacked_path(reference: str, page_url: str, state: Reading) -> str | None:
    """Return a page's reference as a path of this site the site lacks.

    None for another site's address and for a file the site has.
    """
    path = within_site(reference, state.site.url, state.site.baseurl)
    if path is None or _site_file(path, page_url, state) is not None:
        return None
    return path


def _site_file(path: str, page_url: str, state: Reading) -> str | None:
    """Return the source file a site path (``within_site``) of a page serves."""
    served = _served(state)
    found = resolve_local(
        path,
        page_folder(page_url),
        (),
        lambda file: file in state.build.static_files or file in served,
    )
    return served.get(found, found) if found is not None else None


def _served(state: Reading) -> dict[str, str]:
    """Return the files served elsewhere than at their own path, by site path."""
    return state.post_files.served if state.post_files is not None else {}

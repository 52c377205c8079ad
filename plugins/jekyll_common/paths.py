"""URLs and output paths: Jekyll's URL-to-file rule and containment checks.

Every output path the plugins compute goes through ``url_to_output_path``
(which refuses traversal and malformed URLs) and every write through
``safe_join`` (which resolves symlinks and refuses anything outside the
output folder), so content can never place a file where it must not be.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path
from typing import Final
from urllib.parse import quote, unquote, urlsplit

from jekyll_common.errors import UnsafePathError

# Characters Jekyll's URL.escape_path leaves as they are (Addressable's
# normalize_component with this set); everything else is percent-encoded.
_URL_SAFE = "-._~!$&'()*+,;=:@/"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SLASHES = re.compile(r"/{2,}")
# The longest file name (in bytes) ext4, XFS, APFS and NTFS all take.
MAX_NAME_BYTES = 255
# Jekyll's Markdown files' extensions (its default ``markdown_ext``), and
# the end of a name in one of them, for the patterns that look for such names.
MARKDOWN_EXTENSIONS: Final = (".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".mdown")
MARKDOWN_SUFFIX: Final = r"\.(?:" + "|".join(e[1:] for e in MARKDOWN_EXTENSIONS) + ")"
_NAMES_MARKDOWN_FILE = re.compile(MARKDOWN_SUFFIX + r"(?:[#)\s]|$)", re.IGNORECASE)


def names_markdown_file(text: str) -> bool:
    """Return whether ``text`` may link to a Markdown file (a quick test).

    A name ending in a Markdown extension, then a fragment, a parenthesis,
    a space or the end: a link's target, not a word like ``.mdx``.
    """
    return _NAMES_MARKDOWN_FILE.search(text) is not None


def escape_url_path(path: str) -> str:
    """Percent-encode a URL path as Jekyll does (spaces become ``%20``)."""
    return quote(path, safe=_URL_SAFE + "%")


def check_url_path(url: str) -> str:
    """Return ``url`` as a site-relative path starting with ``/``.

    Raises UnsafePathError for what cannot be a path inside the site: a
    scheme or ``//host``, a backslash, a control character or NUL, a ``..``
    segment (also percent-encoded), or a segment longer than a file name
    may be (room left for ``.html``).
    """
    if not isinstance(url, str) or not url.strip():
        raise UnsafePathError("is empty")
    url = url.strip()
    decoded = unquote(url)
    if _CONTROL.search(url) or _CONTROL.search(decoded):
        raise UnsafePathError("contains a control character")
    if "\\" in url or "\\" in decoded:
        raise UnsafePathError("contains a backslash; use '/'")
    if url.startswith("//") or _SCHEME.match(url):
        raise UnsafePathError("is not a path on this site")
    if ".." in decoded.split("/"):
        raise UnsafePathError("climbs out of the site with '..'")
    longest = max(len(part.encode()) for part in decoded.split("/"))
    if longest > MAX_NAME_BYTES - len(".html"):
        raise UnsafePathError(
            f"has a part of {longest} bytes; file systems take names of at most "
            f"{MAX_NAME_BYTES} bytes, so shorten it"
        )
    if not url.startswith("/"):
        url = "/" + url
    return re.sub(r"/{2,}", "/", url)


def url_to_output_path(url: str, output_ext: str = ".html") -> str:
    """Return the file Jekyll writes for ``url``, relative to the output folder.

    ``/a/`` gives ``a/index.html``; ``/a`` gives ``a.html``; ``/a.html`` stays;
    a URL ending in another extension gets ``output_ext`` appended, exactly as
    Jekyll's ``Document#destination`` does. Percent-escapes are decoded.
    """
    url = check_url_path(url)
    path = unquote(url).lstrip("/")
    if url.endswith("/"):
        path = posixpath.join(path, "index")
    if not path.endswith(output_ext):
        path += output_ext
    return path


# Every post's tags and categories link their archives: the same URLs recur
# (each post's own URL does not: the cache is kept small).
@lru_cache(maxsize=4096)
def url_from_site_root(url: str) -> str:
    """Return a checked site URL as Pelican wants it: no leading slash."""
    return escape_url_path(check_url_path(url)).lstrip("/")


def safe_join(root: Path | str, relative: str) -> Path:
    """Return ``root/relative`` resolved, refusing any path outside ``root``.

    Both sides are resolved (symlinks followed) and compared as paths, not as
    string prefixes, so a sibling ``output-old`` never passes for ``output``.
    """
    base = Path(root).resolve()
    if "\x00" in relative:
        raise UnsafePathError(f"{relative!r} contains NUL")
    target = (base / relative.lstrip("/")).resolve()
    if target != base and not target.is_relative_to(base):
        raise UnsafePathError(f"{relative!r} resolves outside {base}")
    return target


def within_site(reference: str, url: str, baseurl: str) -> str | None:
    """Return a reference as the built site serves it, from the site root.

    ``{{ site.url }}{{ site.baseurl }}/x``, ``absolute_url`` and
    ``relative_url`` all lead to the same file as ``/x``: the site's own
    address (``url``, its host also as ``//host``) and then its ``baseurl``
    are taken off. None for a reference to another site, an address of the
    site's host outside its ``baseurl`` included (another site of that host,
    as a project site's ``https://host/img/x.png`` is). A reference
    relative to its page is returned as it is.
    """
    parts = urlsplit(reference)
    base = baseurl.rstrip("/")
    if parts.scheme or parts.netloc:
        own = urlsplit(url)
        if not own.netloc or parts.netloc.lower() != own.netloc.lower():
            return None
        if parts.scheme and parts.scheme.lower() not in ("http", "https"):
            return None
        # The site's address may hold a path of its own (``url:
        # https://host/blog``, no ``baseurl``): the site is under both.
        prefix = own.path.rstrip("/") + base
        reference = parts.path or "/"
        if prefix and not (reference == prefix or reference.startswith(prefix + "/")):
            return None
        reference = reference[len(prefix) :] or "/"
        if parts.query:
            reference += "?" + parts.query
        return reference
    if parts.path.startswith("/") and "//" in parts.path:
        # ``{{ site.baseurl }}/{{ path }}`` with a path that begins with a
        # slash: servers read ``/base//x`` as ``/base/x``.
        reference = _SLASHES.sub("/", parts.path) + reference[len(parts.path) :]
    if base and (reference == base or reference.startswith(base + "/")):
        reference = reference[len(base) :] or "/"
    return reference

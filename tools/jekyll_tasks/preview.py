"""A production build previewed locally: the live site's address made the server's.

A production build's pages name the live site in every stylesheet, script
and link (``url`` + ``baseurl``). ``invoke serve --production`` answers
them as its own: in each text file it sends, the live site's scheme and
host become the local server's, so the preview is styled, whole and
loads nothing from the live site (which may hold older files).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit


def site_origin(url: object) -> str:
    """Return the live site's scheme and host from ``url``, or "" for none."""
    parts = urlsplit(str(url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def as_local(body: bytes, live: str, local: str) -> bytes:
    """Return ``body`` with ``live`` (and its ``//host`` form) made ``local``.

    Only the host itself: ``https://lab.org.evil`` is another site.
    """
    bare = live.split(":", 1)[1]  # //example.org
    pattern = re.compile(
        rb"("
        + re.escape(live.encode())
        + rb"|(?<=[\"'(])"
        + re.escape(bare.encode())
        + rb")(?![\w.-])"
    )
    local_bare = local.split(":", 1)[1].encode()
    return pattern.sub(
        lambda m: local.encode() if m.group(1).startswith(b"http") else local_bare, body
    )

"""Lists of old URLs: one per line (full URLs or site paths) or a sitemap."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from jekyll_common.errors import JekyllError


def read_url_list(path: Path) -> list[str]:
    """Return the site paths of a URL list or sitemap (``/a/``, ``/b.html``)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise JekyllError(
            f"cannot read the URL list {path}: {error.strerror}"
        ) from None
    if "<urlset" in text or "<loc>" in text:
        try:
            root = ET.fromstring(text)  # noqa: S314 (a sitemap the user gave)
        except ET.ParseError as error:
            raise JekyllError(f"{path} is not a valid sitemap: {error}") from None
        entries = [e.text or "" for e in root.iter() if e.tag.endswith("loc")]
    else:
        entries = [line.strip() for line in text.splitlines()]
    paths = []
    for entry in entries:
        if not entry or entry.startswith("#"):
            continue
        parsed = urlsplit(entry)
        site_path = parsed.path if (parsed.scheme or parsed.netloc) else entry
        paths.append("/" + site_path.lstrip("/"))
    return list(dict.fromkeys(paths))

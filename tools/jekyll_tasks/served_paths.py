"""Which file of a built site answers a URL, by GitHub Pages' rules.

``/x`` is ``x``, ``x.html`` or ``x/index.html``, in that order; a path that
would leave the site is refused. The dev server, the link checker and the
old-URL check all answer by these rules.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from jekyll_common.errors import UnsafePathError
from jekyll_common.paths import safe_join


def resolve_request(root: Path, request_path: str, base_path: str = "") -> Path | None:
    """Return the file GitHub Pages would serve for ``request_path``, or None.

    Raises UnsafePathError for a path that would leave ``root``.
    """
    path = unquote(urlsplit(request_path).path)
    if base_path:
        if path != base_path and not path.startswith(base_path + "/"):
            return None
        path = path[len(base_path) :] or "/"
    if "\x00" in path or ".." in path.split("/") or "\\" in path:
        raise UnsafePathError(f"{request_path!r} is not a path inside the site")
    relative = path.lstrip("/")
    candidates = [relative, f"{relative}/index.html" if relative else "index.html"]
    if relative and not relative.endswith("/"):
        candidates.insert(1, f"{relative}.html")
    for candidate in candidates:
        target = safe_join(root, candidate)
        if target.is_file():
            return target
    return None

"""The URL parity gate: checks that the new build still serves every old URL.

Takes the old URLs read by ``jekyll_common.urllist`` (a list or an old
site's ``sitemap.xml``) and answers each as GitHub Pages would from the
output folder: as a page, a redirect page or a file.
"""

from __future__ import annotations

from pathlib import Path

from jekyll_common.errors import UnsafePathError
from jekyll_tasks.served_paths import resolve_request


def unserved(output: Path, paths: list[str], base_path: str = "") -> list[str]:
    """Return the old paths the output does not serve (page, redirect or file)."""
    missing = []
    for path in paths:
        candidates = [path]
        if base_path and not path.startswith(base_path + "/"):
            candidates.append(base_path + path)
        found = False
        for candidate in candidates:
            try:
                found = (
                    found or resolve_request(output, candidate, base_path) is not None
                )
            except UnsafePathError:
                continue
        if not found:
            missing.append(path)
    return missing

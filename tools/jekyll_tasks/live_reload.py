"""When ``invoke serve``'s open pages reload: as soon as their own file changed.

Each page served gets a small script holding the page's state (its file's
modification time, and a count of site-wide changes); the script asks the
server to answer when that state is no longer so, and reloads then. The
server answers at once after a change (no polling interval to wait out),
and a page reloads only when it changed: after an edit, the edited post's
page reloads when its page is written (``edited_pages``), and again only if
the rebuild that follows writes it otherwise, which it does not. A change
that is not an edited page (a stylesheet, a new file, the settings) counts
as a change to every page.
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from jekyll_common.errors import UnsafePathError
from jekyll_tasks.served_paths import resolve_request

RELOAD_PATH = "/__reload"
# How long the server holds a question before answering "no change" (the
# script asks again at once): below browsers' and proxies' idle limits.
HOLD_SECONDS = 25.0

_SCRIPT = (
    "<script>(function(){{var s='{state}',u='" + RELOAD_PATH + "?page='+"
    "encodeURIComponent(location.pathname)+'&since='+s;function ask(){{fetch(u)"
    ".then(function(r){{return r.text()}}).then(function(t){{if(t!==s)"
    "{{location.reload()}}else{{ask()}}}}).catch(function(){{setTimeout(ask,1500)"
    "}})}}ask()}})()</script>"
)


class Reloads:
    """The state of each served page, and the wait for it to change."""

    def __init__(self, root: Path, base_path: str) -> None:
        self.root = root
        self.base_path = base_path
        self._site_changes = 0
        self._changed = threading.Condition()

    def state(self, request_path: str) -> str:
        """Return the state of the page at ``request_path`` (a URL path)."""
        try:
            target = resolve_request(self.root, request_path, self.base_path)
            stamp = target.stat().st_mtime_ns if target is not None else 0
        except (UnsafePathError, OSError):
            stamp = 0
        return f"{self._site_changes}-{stamp}"

    def script(self, request_path: str) -> bytes:
        """Return the script a page served for ``request_path`` reloads with."""
        return _SCRIPT.format(state=self.state(request_path)).encode()

    def answer(self, request: str, hold: float = HOLD_SECONDS) -> str:
        """Answer a page's question (``RELOAD_PATH?page=...&since=...``).

        Returns the page's state once it differs from ``since``, or after
        ``hold`` seconds as it is.
        """
        query = parse_qs(urlsplit(request).query)
        page = query.get("page", ["/"])[0]
        since = query.get("since", [""])[0]
        with self._changed:
            self._changed.wait_for(lambda: self.state(page) != since, timeout=hold)
            return self.state(page)

    def pages_written(self) -> None:
        """Wake the pages: some files were written (each looks at its own)."""
        with self._changed:
            self._changed.notify_all()

    def site_changed(self) -> None:
        """Make every page reload: what changed is not one page."""
        with self._changed:
            self._site_changes += 1
            self._changed.notify_all()

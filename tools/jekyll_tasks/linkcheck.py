"""Check every internal link and asset of a built site, without a network.

Each page's ``href`` and ``src`` values that stay on the site are resolved
as GitHub Pages would serve them (``/x`` -> ``x.html`` or ``x/index.html``),
under the site's base path.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from jekyll_common.errors import UnsafePathError
from jekyll_tasks.served_paths import resolve_request

_SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "#")
# Links whose target the browser does not fetch as part of the page.
_LINK_RELS = ("canonical", "alternate", "me")


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """A link on ``page`` (site path) to ``target`` that the site does not serve."""

    page: str
    target: str


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") in _LINK_RELS:
            return
        for attribute in ("href", "src"):
            value = (values.get(attribute) or "").strip()
            if value and not value.startswith(_SKIPPED_SCHEMES):
                self.references.append(value)


def references(html: str) -> list[str]:
    """Return the ``href`` and ``src`` values a browser would follow or fetch."""
    parser = _References()
    parser.feed(html)
    return parser.references


def page_path(output: Path, html_file: Path) -> str:
    """Return the site path a page is served at (``a/index.html`` -> ``/a/``)."""
    relative = html_file.relative_to(output).as_posix()
    return "/" + relative.removesuffix("index.html")


def check_site(
    output: Path, base_path: str = "", site_url: str = ""
) -> list[BrokenLink]:
    """Return every internal link or asset of the site that leads nowhere.

    Absolute links to ``site_url`` count as internal too.
    """
    broken: list[BrokenLink] = []
    origin = "http://site.invalid"
    for html_file in sorted(output.rglob("*.html")):
        html = html_file.read_text(encoding="utf-8", errors="replace")
        page = base_path + page_path(output, html_file)
        for written in dict.fromkeys(references(html)):
            reference = written
            if site_url and written.startswith(site_url):
                reference = base_path + written[len(site_url) :] or "/"
            absolute = urljoin(origin + page, reference)
            parts = urlsplit(absolute)
            if f"{parts.scheme}://{parts.netloc}" != origin:
                continue
            try:
                found = resolve_request(output, parts.path, base_path)
            except UnsafePathError:
                found = None
            if found is None:
                broken.append(BrokenLink(page, unquote(parts.path)))
    return broken

"""Compare a build with the files real Jekyll 4.3.1 wrote for the same site."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

# The real Jekyll sites and what Jekyll 4.3.1 wrote for them, beside the
# project (CI lays shared/ beside its clone): read there, never copied.
SITES = Path(__file__).resolve().parents[3] / "shared" / "jekyll-sites"
NAMES = (
    "academicpages", "hydeout", "lanyon", "minimal-mistakes", "jekyll-docs",
    "just-the-docs", "karpathy", "offconvex", "lil-log",
)  # fmt: skip


@dataclass
class KindParity:
    """Expected files of one kind and those the build did not write."""

    expected: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Return the share of expected files that were written."""
        if not self.expected:
            return 1.0
        return 1 - len(self.missing) / len(self.expected)


def classified(site: str) -> list[list[str]]:
    """Return the rows of a site's classified.tsv."""
    text = (SITES / site / "expected" / "classified.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def redirect_rows(site: str) -> list[list[str]]:
    """Return the rows of a site's redirects.tsv."""
    text = (SITES / site / "expected" / "redirects.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def parity(site: str, output: Path) -> dict[str, KindParity]:
    """Return, per kind, the files Jekyll wrote and which are missing here."""
    result: dict[str, KindParity] = {}
    for path, kind, *_ in classified(site):
        entry = result.setdefault(kind, KindParity())
        entry.expected.append(path)
        if not (output / path).is_file():
            entry.missing.append(path)
    return result


def extras(site: str, output: Path) -> list[str]:
    """Return files written here that Jekyll did not write (theme left out)."""
    expected = {row[0] for row in classified(site)}
    written = {
        p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()
    }
    return sorted(p for p in written - expected if not p.startswith("theme/"))


class _Canonical(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "canonical":
            self.href = values.get("href")


def redirect_target(page: Path) -> str | None:
    """Return the canonical target of a redirect page."""
    parser = _Canonical()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.href


def target_path(url: str) -> str:
    """Return the path of a URL (what must match, whatever the host)."""
    return urlsplit(url).path

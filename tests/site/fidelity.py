"""How close a built document's body is to the HTML Jekyll rendered for it.

``expected/html/<path>`` holds what Jekyll 4.3.1 wrote for each Markdown
document of a site with its layouts reduced to ``{{ content }}`` and its
includes empty. A body is compared with it by its visible words (with
typography mapped to ASCII on both sides, so curly quotes and dashes count
as what they were typed as) and by the ids of its headings.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from tests.site.parity import SITES, classified

DOCUMENT_KINDS = frozenset({"page", "post", "document"})
MARKDOWN = (".md", ".markdown", ".mkd", ".mkdn", ".mdown")
_ASCII = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "--",
        "\u2014": "---",
        "\u2026": "...",
        "\xa0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\xad": "",
        "\u200b": "",
    }
)
_BLOCKS = [
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "td",
    "th",
    "dt",
    "dd",
    "div",
    "blockquote",
    "tr",
    "figcaption",
]


@dataclass(frozen=True, slots=True)
class Comparison:
    """One document's body beside Jekyll's."""

    path: str
    ratio: float
    jekyll_ids: frozenset[str]
    project_ids: frozenset[str]
    # Source text that was not processed: kind -> times, on each side.
    jekyll_leftovers: Counter[str]
    project_leftovers: Counter[str]

    @property
    def extra_leftovers(self) -> Counter[str]:
        """Return the leftovers this build shows beyond Jekyll's own."""
        return self.project_leftovers - self.jekyll_leftovers

    @property
    def ids_agree(self) -> bool:
        """Return whether the headings have the same ids on both sides."""
        return self.jekyll_ids == self.project_ids


def _words(soup: BeautifulSoup) -> list[str]:
    for hidden in soup.select("script, style, a.heading-anchor"):
        hidden.decompose()
    for block in soup.find_all(_BLOCKS):
        block.insert_before(" ")
        block.insert_after(" ")
    return soup.get_text().translate(_ASCII).split()


_LEFTOVERS = {
    "IAL": re.compile(r"\{:"),
    "Liquid": re.compile(r"\{%|\{\{"),
    "$$": re.compile(r"\$\$"),
    "{::": re.compile(r"\{::"),
}


def _leftovers(soup: BeautifulSoup) -> Counter[str]:
    """Count what shows a source was not processed (outside code)."""
    found: Counter[str] = Counter()
    found["markdown="] = len(soup.find_all(attrs={"markdown": True}))
    text = BeautifulSoup(str(soup), "html.parser")
    for code in text.select("pre, code, script, style"):
        code.decompose()
    visible = text.get_text()
    for kind, pattern in _LEFTOVERS.items():
        found[kind] = len(pattern.findall(visible))
    return +found


def _ids(soup: BeautifulSoup) -> frozenset[str]:
    return frozenset(
        h["id"]
        for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])
        if h.get("id")
    )


def _body(html: str) -> BeautifulSoup:
    page = BeautifulSoup(html, "html.parser")
    found = page.select_one("article .content") or page.select_one(".content")
    return BeautifulSoup(str(found or page.body or page), "html.parser")


def compare(site: str, output: Path) -> list[Comparison]:
    """Compare every Markdown document of ``site`` that both builds wrote."""
    results = []
    expected = SITES / site / "expected" / "html"
    for path, kind, _url, source, *_ in classified(site):
        ours, theirs = output / path, expected / path
        if kind not in DOCUMENT_KINDS or not source.endswith(MARKDOWN):
            continue
        if not (ours.is_file() and theirs.is_file()):
            continue
        jekyll = BeautifulSoup(theirs.read_text(encoding="utf-8"), "html.parser")
        project = _body(ours.read_text(encoding="utf-8"))
        jekyll_ids, project_ids = _ids(jekyll), _ids(project)
        matcher = difflib.SequenceMatcher(
            None, _words(jekyll), _words(project), autojunk=False
        )
        results.append(
            Comparison(
                path,
                matcher.ratio(),
                jekyll_ids,
                project_ids,
                _leftovers(jekyll),
                _leftovers(project),
            )
        )
    return results

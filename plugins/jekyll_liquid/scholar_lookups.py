"""jekyll-scholar's tags on one build: ``bibliography`` (and its count), ``cite``.

The site's BibTeX is read once a build for citations; each listing a tag's
options pick is made once (a ``--cited`` one, which depends on the page,
each time). Each bad entry is named once a build.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from itertools import takewhile
from pathlib import Path
from typing import Any

from jekyll_scholar.bibliography import Entry, read_bibliographies
from jekyll_scholar.citations import MISSING, citation_html
from jekyll_scholar.listing import publications
from jekyll_scholar.options import site_options, tag_options

logger = logging.getLogger(__name__)

# The flags that list only what the page cites (the second in citing order).
CITED = frozenset({"--cited", "--cited_in_order"})


class ScholarLookups:
    """The bibliographies and citations of a build's pages."""

    def __init__(self, source: Path, site: Mapping[str, Any], baseurl: str) -> None:
        self.source = source
        self.site = dict(site)
        self.baseurl = baseurl
        self._listings: dict[str, tuple[str, int]] = {}
        self._problems: set[str] = set()
        self._entries: dict[str, Entry] | None = None
        self._cited: dict[str, list[str]] = {}

    def bibliography(self, markup: str, page: str) -> str:
        """Return the publications a tag's options pick; name each bad entry once."""
        return self._listing(markup, page)[0]

    def count(self, markup: str, page: str) -> str:
        """Return how many entries a ``bibliography_count`` tag's options pick."""
        return str(self._listing(markup, page)[1])

    def _listing(self, markup: str, page: str) -> tuple[str, int]:
        words = markup.split()
        cited = CITED.intersection(words)
        found = None if cited else self._listings.get(markup)
        if found is None:
            options = tag_options(
                " ".join(w for w in words if w not in CITED), self.site
            )
            only = self._cited.get(page, []) if cited else None
            html, count, problems = publications(
                self.source,
                self.site,
                self.baseurl,
                options,
                only,
                in_citing_order="--cited_in_order" in cited,
            )
            self._name(problems)
            found = (html, count)
            if not cited:
                self._listings[markup] = found
        return found

    def cite(self, markup: str, page: str) -> str:
        """Return the citation of the keys in a ``cite`` tag, and note them cited."""
        # The keys come first; options (``--file``, ``--locator``) follow.
        keys = list(takewhile(lambda w: not w.startswith("-"), markup.split()))
        self._cited.setdefault(page, []).extend(keys)
        entries = self._all_entries()
        unknown = [key for key in keys if key not in entries]
        if unknown or not keys:
            logger.warning(
                "%s: {%% cite %s %%}: %s; it is shown as %r, as jekyll-scholar "
                "shows it. Add the entry to _bibliography/ or correct the key.",
                page,
                markup.strip(),
                f"no entry {', '.join(unknown)} in the bibliography"
                if unknown
                else "which entry? Give its key",
                MISSING,
            )
        return citation_html(keys, entries)

    def _all_entries(self) -> dict[str, Entry]:
        if self._entries is None:
            found = read_bibliographies(self.source, site_options(self.site).files)
            self._name(found.problems)
            self._entries = {}
            for entry in found.entries:
                self._entries.setdefault(entry.key, entry)
        return self._entries

    def _name(self, problems: list[str]) -> None:
        for problem in problems:
            if problem not in self._problems:
                self._problems.add(problem)
                logger.warning("%s. Fix the entry or add the file.", problem)

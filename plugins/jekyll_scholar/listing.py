"""Publications as HTML: by year, newest first, with al-folio's links.

Every value is escaped; links are those al-folio makes from an entry's
fields: ``pdf``, ``slides``, ``poster`` and ``supp`` (a file name is under
``/assets/pdf/``, as al-folio keeps them), ``doi`` (doi.org), ``arxiv``
(arxiv.org), ``code``, ``website``, ``html``, ``video`` and ``url``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from itertools import groupby
from pathlib import Path

from jekyll_common.safe_urls import is_safe_url
from jekyll_scholar.bibliography import Entry, read_bibliographies
from jekyll_scholar.options import ScholarOptions, selected, site_options

# (field, label, how a value that is not a URL becomes one)
LINKS = (
    ("pdf", "PDF", "/assets/pdf/{}"),
    ("doi", "DOI", "https://doi.org/{}"),
    ("arxiv", "arXiv", "https://arxiv.org/abs/{}"),
    ("code", "Code", "{}"),
    ("slides", "Slides", "/assets/pdf/{}"),
    ("poster", "Poster", "/assets/pdf/{}"),
    ("supp", "Supplement", "/assets/pdf/{}"),
    ("video", "Video", "{}"),
    ("website", "Website", "{}"),
    ("html", "HTML", "{}"),
    ("url", "Link", "{}"),
)


def _is_me(first: str, last: str, me: Iterable[tuple[str, str]]) -> bool:
    for my_first, my_last in me:
        if last.casefold() != my_last.casefold():
            continue
        if not my_first or first[:1].casefold() == my_first[:1].casefold():
            return True
    return False


def _authors(entry: Entry, me: tuple[tuple[str, str], ...]) -> str:
    names = []
    for first, last in entry.authors:
        name = escape(f"{first} {last}".strip())
        names.append(
            f'<strong class="me">{name}</strong>' if _is_me(first, last, me) else name
        )
    if len(names) > 2:
        return ", ".join(names[:-1]) + ", and " + names[-1]
    return " and ".join(names)


def _target(value: str, pattern: str) -> str:
    if "://" in value or value.startswith(("/", "mailto:")):
        return value
    return pattern.format(value)


def _is_local(url: str) -> bool:
    return url.startswith("/") and not url.startswith("//")


class Listing:
    """Writes entries as HTML; a local file the site lacks is left out, noted."""

    def __init__(
        self,
        me: tuple[tuple[str, str], ...],
        baseurl: str,
        has_file: Callable[[str], bool],
    ) -> None:
        self.me = me
        self.baseurl = baseurl
        self.has_file = has_file
        self.missing: list[str] = []

    def links(self, entry: Entry) -> list[str]:
        """Return the entry's links; note each local file the site does not have."""
        found = []
        for key, label, pattern in LINKS:
            value = entry.fields.get(key)
            if not value:
                continue
            url = _target(value, pattern)
            if not is_safe_url(url):
                self.missing.append(
                    f"{entry.file}: entry {entry.key}: its {key} {url!r} is not an "
                    "http(s), mailto or site address; the link is left out"
                )
                continue
            if _is_local(url):
                if not self.has_file(url.lstrip("/")):
                    self.missing.append(
                        f"{entry.file}: entry {entry.key}: its {key} {url!r} is not "
                        "in the site; the link is left out"
                    )
                    continue
                url = self.baseurl + url
            found.append(f'<a href="{escape(url)}">{label}</a>')
        return found


def venue_text(venue: str, year: str) -> str:
    """Return where and when: ``Venue, 2021``, the year once when the venue has it."""
    venue = venue.strip().rstrip(".,; ")
    if year and not venue.endswith(year):
        return ", ".join(v for v in (venue, year) if v)
    return venue


def _entry(entry: Entry, writer: Listing, item: str = "li") -> str:
    me = writer.me
    links = writer.links(entry)
    parts = [f'<{item} class="bib-entry" id="{escape(entry.key)}">']
    parts.append(f'<p class="bib-title">{escape(entry.title)}</p>')
    if entry.authors:
        parts.append(f'<p class="bib-authors">{_authors(entry, me)}</p>')
    venue = venue_text(entry.venue, entry.year)
    if venue:
        parts.append(f'<p class="bib-venue"><em>{escape(venue)}</em></p>')
    if links:
        parts.append(f'<p class="bib-links">{" ".join(links)}</p>')
    if entry.fields.get("abstract"):
        parts.append(
            '<details class="bib-abstract"><summary>Abstract</summary>'
            f"<p>{escape(entry.fields['abstract'])}</p></details>"
        )
    parts.append(
        '<details class="bib-bibtex"><summary>BibTeX</summary>'
        f"<pre><code>{escape(entry.bibtex)}</code></pre></details>"
    )
    parts.append(f"</{item}>")
    return "\n".join(parts)


def listing(entries: Iterable[Entry], writer: Listing, options: ScholarOptions) -> str:
    """Return the entries as HTML, grouped by year when the options say so.

    ``writer.me`` holds the site author's (first, last) names, in bold.
    """
    tag = options.list_tag
    item = "div" if tag == "div" else "li"
    html = ['<div class="bibliography">']
    ordered = list(entries)
    if options.group_by == "year":
        newest = options.group_order == "descending"
        ordered.sort(key=lambda e: e.year, reverse=newest)
        groups = [(y, list(g)) for y, g in groupby(ordered, key=lambda e: e.year)]
    else:
        groups = [(None, ordered)]
    for year, group in groups:
        if year is not None:
            html.append(f'<h2 class="bib-year">{escape(year or "Undated")}</h2>')
        html.append(f'<{tag} class="bib-list">')
        html.extend(_entry(entry, writer, item) for entry in group)
        html.append(f"</{tag}>")
    html.append("</div>")
    return "\n".join(html)


def site_author_names(site: dict) -> tuple[tuple[str, str], ...]:
    """Return the names to show in bold: al-folio's ``scholar:``, else ``author``."""
    scholar = site.get("scholar") if isinstance(site.get("scholar"), dict) else {}
    lasts = scholar.get("last_name") or []
    firsts = scholar.get("first_name") or [""]
    lasts = [lasts] if isinstance(lasts, str) else lasts
    firsts = [firsts] if isinstance(firsts, str) else firsts
    if lasts:
        return tuple((str(f), str(last)) for last in lasts for f in firsts)
    author = site.get("author")
    name = author.get("name") if isinstance(author, dict) else author
    words = str(name or "").split()
    return ((" ".join(words[:-1]), words[-1]),) if words else ()


def publications(
    source: Path,
    site: dict,
    baseurl: str,
    options: ScholarOptions | None = None,
    only: Sequence[str] | None = None,
    in_citing_order: bool = False,
) -> tuple[str, int, list[str]]:
    """Return a site's publications as HTML, how many, and what is wrong in them.

    ``options`` are a ``{% bibliography %}`` tag's; without, the site's own
    publications page: every entry, by year, newest first. ``only``: the
    keys a page cites (``--cited``), the rest left out, listed in the order
    cited when ``in_citing_order`` (``--cited_in_order``). Files the entries
    link to are looked for in ``source``.
    """
    if options is None:
        options = site_options(site, group_by="year", group_order="descending")
    found = read_bibliographies(source, options.files)
    writer = Listing(
        site_author_names(site),
        baseurl,
        has_file=lambda path: (source / path).is_file(),
    )
    chosen = selected(found.entries, options)
    if only is not None:
        first_cited: dict[str, int] = {}
        for place, key in enumerate(only):
            first_cited.setdefault(key, place)
        chosen = [entry for entry in chosen if entry.key in first_cited]
        if in_citing_order:
            chosen.sort(key=lambda entry: first_cited[entry.key])
    html = listing(chosen, writer, options)
    return html, len(chosen), found.problems + writer.missing

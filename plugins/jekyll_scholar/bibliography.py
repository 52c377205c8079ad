"""A site's BibTeX files, read into entries the listing shows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import bibtexparser
from bibtexparser import middlewares

FOLDER = "_bibliography"
# Fields al-folio adds for its pages; they are not part of the shown BibTeX.
SITE_FIELDS = frozenset(
    {
        "abstract", "abbr", "altmetric", "arxiv", "bibtex_show", "code",
        "dimensions", "google_scholar_id", "html", "inspirehep_id", "pdf",
        "poster", "preview", "selected", "slides", "supp", "video", "website",
    }
)  # fmt: skip
_BRACES = re.compile(r"[{}]")


@dataclass(frozen=True, slots=True)
class Entry:
    """One publication: what the listing shows of it."""

    key: str
    kind: str
    title: str
    authors: tuple[tuple[str, str], ...]  # (first names, last names)
    year: str
    venue: str
    fields: dict[str, str]
    bibtex: str
    file: str = ""  # the BibTeX file, as messages name it


@dataclass(slots=True)
class Bibliography:
    """The entries of a site's BibTeX files, and what could not be read."""

    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _text(value: object) -> str:
    return " ".join(_BRACES.sub("", str(value)).split())


def _shown_bibtex(raw: str) -> str:
    """Return an entry's BibTeX without the fields only the site uses."""
    library = bibtexparser.parse_string(raw)
    for entry in library.entries:
        for name in [f.key for f in entry.fields if f.key.lower() in SITE_FIELDS]:
            entry.pop(name)
    return bibtexparser.write_string(library).strip()


def _venue(fields: dict[str, str]) -> str:
    for key in (
        "journal",
        "booktitle",
        "school",
        "institution",
        "publisher",
        "howpublished",
    ):
        if fields.get(key):
            return fields[key]
    return ""


def read_file(path: Path, shown: str) -> Bibliography:
    """Return the entries of one BibTeX file; ``shown`` names it in problems."""
    found = Bibliography()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        found.problems.append(f"{shown}: cannot be read ({error})")
        return found
    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            middlewares.LatexDecodingMiddleware(),
            middlewares.SeparateCoAuthors(),
            middlewares.SplitNameParts(),
        ],
    )
    for block in library.failed_blocks:
        key = re.match(r"@\w+\s*[{(]\s*([^,\s]+)", block.raw or "")
        name = f" ({key[1]})" if key else ""
        reason = str(getattr(block, "error", "") or "not BibTeX").split("\n")[0]
        found.problems.append(
            f"{shown}:{block.start_line + 1}: entry{name} cannot be read ({reason}); "
            "it is left out"
        )
    for entry in library.entries:
        fields = {
            f.key.lower(): _text(f.value)
            for f in entry.fields
            if f.key.lower() != "author"
        }
        names = entry.fields_dict.get("author")
        authors = tuple(
            (" ".join(n.first), " ".join([*n.von, *n.last]))
            for n in (names.value if names is not None else [])
            if hasattr(n, "last")
        )
        found.entries.append(
            Entry(
                key=entry.key,
                kind=entry.entry_type.lower(),
                title=fields.get("title", entry.key),
                authors=authors,
                year=fields.get("year", ""),
                venue=_venue(fields),
                fields=fields,
                bibtex=_shown_bibtex(entry.raw),
                file=f"{shown}:{entry.start_line + 1}",
            )
        )
    return found


def read_bibliography(source: Path, name: str | None = None) -> Bibliography:
    """Return every entry of ``_bibliography/*.bib`` (or of ``name``.bib alone)."""
    folder = source / FOLDER
    pattern = f"{name}.bib" if name else "*.bib"
    found = Bibliography()
    for path in sorted(folder.glob(pattern)) if folder.is_dir() else []:
        one = read_file(path, f"{FOLDER}/{path.name}")
        found.entries += one.entries
        found.problems += one.problems
    return found

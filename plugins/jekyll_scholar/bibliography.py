"""A site's BibTeX files, read into entries the listing shows.

bibtexparser (about 15 ms to import) is loaded by the first BibTeX file
read: a site without ``_bibliography/`` never pays for it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import bibtexparser

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

    def add(self, other: Bibliography) -> None:
        """Take in another file's (or files') entries and problems."""
        self.entries += other.entries
        self.problems += other.problems


def _text(value: object) -> str:
    return " ".join(_BRACES.sub("", str(value)).split())


def _shown_bibtex(raw: str) -> str:
    """Return an entry's BibTeX without the fields only the site uses."""
    import bibtexparser  # noqa: PLC0415

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


_MIDDLEWARE = ("LatexDecodingMiddleware", "SeparateCoAuthors", "SplitNameParts")
# A ``-f`` name: a file of the folder, never a path out of it.
_FILE_NAME = re.compile(r"[\w][\w.-]*")


def _parse(text: str, said: list[str] | None = None) -> bibtexparser.Library:
    """Parse BibTeX; what bibtexparser would log goes to ``said`` instead.

    Its messages name no file: the caller says them with the file's name.
    """
    import bibtexparser  # noqa: PLC0415
    from bibtexparser import middlewares  # noqa: PLC0415

    handler = _Kept(said if said is not None else [])
    logger = logging.getLogger("bibtexparser")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        return bibtexparser.parse_string(
            text,
            append_middleware=[getattr(middlewares, name)() for name in _MIDDLEWARE],
        )
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


class _Kept(logging.Handler):
    def __init__(self, said: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.said = said

    def emit(self, record: logging.LogRecord) -> None:
        self.said.append(record.getMessage())


def _reason(block: Any, said: list[str]) -> str:
    """Return why bibtexparser refused a block, in its own words."""
    own = str(getattr(block, "error", "") or "").split("\n")[0]
    if own:
        return own
    for message in said:
        if f"(line {block.start_line})" in message and "\n" in message:
            return " ".join(message.split("\n", 1)[1].split())
    return "it is not BibTeX"


def read_file(path: Path, shown: str) -> Bibliography:
    """Return the entries of one BibTeX file; ``shown`` names it in problems."""
    found = Bibliography()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        found.problems.append(f"{shown}: cannot be read ({reason})")
        return found
    said: list[str] = []
    library = _parse(text, said)
    from bibtexparser import model  # noqa: PLC0415

    entries = [(entry.start_line, entry) for entry in library.entries]
    for block in library.failed_blocks:
        kept = getattr(block, "ignore_error_block", None)
        failed_middleware = isinstance(block, model.MiddlewareErrorBlock)
        if failed_middleware and isinstance(kept, model.Entry):
            # Names that cannot be split into first and last (authors joined
            # by commas, not "and"): the entry stays, its authors as written.
            entries.append((block.start_line, kept))
            found.problems.append(
                f"{shown}:{block.start_line + 1}: entry {kept.key}: "
                f"{str(block.error).split(chr(10))[0]}; its authors are listed as "
                "written (separate names with 'and')"
            )
            continue
        if isinstance(block, model.DuplicateBlockKeyBlock):
            # Both are the author's: both are listed, as jekyll-scholar does.
            entries += [(block.start_line, e) for e in _parse(block.raw or "").entries]
            found.problems.append(
                f"{shown}:{block.start_line + 1}: entry {block.key} shares its key "
                "with an earlier entry; both are listed (give each its own key)"
            )
            continue
        key = re.match(r"@\w+\s*[{(]\s*([^,\s]+)", block.raw or "")
        name = f" {key[1]}" if key else ""
        reason = _reason(block, said)
        found.problems.append(
            f"{shown}:{block.start_line + 1}: entry{name} cannot be read ({reason}); "
            "it is left out"
        )
    entries.sort(key=lambda found: found[0])
    found.entries += [_entry(entry, f"{shown}:{line + 1}") for line, entry in entries]
    return found


def _entry(entry: bibtexparser.model.Entry, where: str) -> Entry:
    fields = {
        f.key.lower(): _text(f.value) for f in entry.fields if f.key.lower() != "author"
    }
    names = entry.fields_dict.get("author")
    authors = tuple(
        (" ".join(n.first), " ".join([*n.von, *n.last]))
        if hasattr(n, "last")
        else ("", " ".join(str(n).split()))
        for n in (names.value if names is not None else [])
        if hasattr(n, "last") or str(n).strip()
    )
    return Entry(
        key=entry.key,
        kind=entry.entry_type.lower(),
        title=fields.get("title", entry.key),
        authors=authors,
        year=fields.get("year", ""),
        venue=_venue(fields),
        fields=fields,
        bibtex=_shown_bibtex(entry.raw),
        file=where,
    )


def read_bibliography(source: Path, name: str | None = None) -> Bibliography:
    """Return every entry of ``_bibliography/*.bib`` (or of ``name``.bib alone).

    Only files inside the folder are read: a name that leads out of it (a
    path, ``..``) and a link to a file elsewhere are refused, as problems.
    """
    found = Bibliography()
    folder = source / FOLDER
    if name is not None and not _FILE_NAME.fullmatch(name.removesuffix(".bib")):
        found.problems.append(
            f"{FOLDER}: the file {name!r} is not a file name of the folder; "
            "nothing was read from it"
        )
        return found
    if not folder.is_dir() or folder.is_symlink():
        return found
    root = source.resolve()
    pattern = f"{name.removesuffix('.bib')}.bib" if name else "*.bib"
    for path in sorted(folder.glob(pattern)):
        shown = f"{FOLDER}/{path.name}"
        if path.is_symlink() or not path.resolve().is_relative_to(root):
            found.problems.append(
                f"{shown}: is a link to a file outside the site; it was not read"
            )
            continue
        found.add(read_file(path, shown))
    return found


def read_bibliographies(source: Path, names: Sequence[str] = ()) -> Bibliography:
    """Return the entries of the files ``names`` of the folder, or of all of it."""
    if not names:
        return read_bibliography(source)
    found = Bibliography()
    for name in dict.fromkeys(names):
        found.add(read_bibliography(source, name))
    return found

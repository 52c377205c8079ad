"""Every document of the site, placed, before any body is rendered.

Jekyll reads every file and knows every URL and front matter before it
renders one body, so a page's Liquid can loop over ``site.posts`` or a
collection. The catalogue is that first pass: for each document discovery
found, its front matter (with defaults), kind, collection and fields (URL,
date, title...), made by the same steps as the reader's, so each URL is the
one the document is written at. It is made once a build, when content Liquid
first asks for the site's documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jekyll_common.errors import ContentError
from jekyll_common.site import Collection
from jekyll_reader.document import DocumentFields, SourceFile, document_fields
from jekyll_reader.kinds import classify
from jekyll_reader.readahead import source_of
from jekyll_reader.reading import Reading
from jekyll_reader.references import key_line


@dataclass(frozen=True, slots=True)
class Placed:
    """A document's front matter (defaults applied), source and fields."""

    data: dict[str, Any]
    source: SourceFile
    fields: DocumentFields


@dataclass(frozen=True, slots=True)
class Entry:
    """One document of the catalogue: where it is placed, and its body."""

    placed: Placed
    body: str

    @property
    def relpath(self) -> str:
        """Return the document's path in the site."""
        return self.placed.source.relpath


def place(
    state: Reading,
    relpath: str,
    path: Path,
    classified: tuple[str, Collection | None, dict[str, Any]],
) -> Placed:
    """Return where a document goes and what it is, from its classified front matter.

    ``classified`` is ``kinds.classify``'s (kind, collection, front matter
    with defaults). Raises ContentError (with the line of the key at fault).
    """
    kind, collection, data = classified
    source = SourceFile(
        relpath=relpath,
        kind=kind,
        mtime=dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC),
        commits=state.files.commits(relpath),
        collection=collection,
    )
    try:
        fields = document_fields(
            data, source, state.site, state.options, state.build.now
        )
    except ContentError as error:
        line = key_line(path, error.key) if error.key else None
        raise ContentError(error.message, line=line) from None
    if state.languages is not None:
        fields = state.languages.placed(fields, data, relpath)
    if state.post_files is not None:  # where the files beside it are served
        state.post_files.place(relpath, fields.save_as)
    return Placed(data, source, fields)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The site's documents by kind, in Jekyll's orders."""

    posts: tuple[Entry, ...]  # newest first, as ``site.posts``
    pages: tuple[Entry, ...]  # by file name, as Jekyll sorts ``site.pages``
    # Each collection's documents, oldest first then by path (Jekyll's sort).
    collections: dict[str, tuple[Entry, ...]]
    static_files: tuple[str, ...]

    def by_path(self) -> dict[str, Entry]:
        """Return every document by its path in the site."""
        found = {e.relpath: e for e in self.posts + self.pages}
        for entries in self.collections.values():
            found.update((e.relpath, e) for e in entries)
        return found


def catalogue_of(state: Reading) -> Catalogue:
    """Return the build's catalogue, made the first time it is asked for."""
    if state.catalogue is None:
        state.catalogue = _make(state)
    return state.catalogue


def _entries(state: Reading, relpaths: list[str]) -> list[Entry]:
    entries = []
    for relpath in relpaths:
        path = state.source / relpath
        try:
            _, document = source_of(state, relpath, path, keep=True)
            classified = classify(
                relpath, document.front_matter, state.site, state.options.pages_dirs
            )
            placed = place(state, relpath, path, classified)
        except (OSError, ContentError):
            continue  # the reader reports it when it reaches the file
        if placed.fields.skip_reason is None:
            entries.append(Entry(placed, document.body))
    return entries


def _oldest_first(entry: Entry, now: dt.datetime) -> tuple[dt.datetime, str]:
    return entry.placed.fields.date or now, entry.relpath


def _make(state: Reading) -> Catalogue:
    found = state.discovery
    now = state.build.now
    posts = _entries(state, found.posts + found.drafts)
    posts.sort(key=lambda e: _oldest_first(e, now), reverse=True)
    # A Markdown file without front matter is a page here, a copy in Jekyll.
    plain = set(found.plain_pages)
    pages = _entries(state, [p for p in found.pages if p not in plain])
    pages.sort(key=lambda e: (Path(e.relpath).name, e.relpath))
    collections = {"posts": tuple(reversed(posts))}
    for collection in state.site.collections:
        label = collection.label
        relpaths = found.documents.get(label) or found.unwritten.get(label, [])
        entries = _entries(state, relpaths)
        entries.sort(key=lambda e: _sort_key(e, collection, now))
        collections[collection.label] = tuple(entries)
    return Catalogue(tuple(posts), tuple(pages), collections, tuple(found.static))


def _sort_key(entry: Entry, collection: Collection, now: dt.datetime) -> tuple:
    if collection.sort_by:
        value = entry.placed.data.get(collection.sort_by)
        return (value is None, str(value), entry.relpath)
    return (False, *_oldest_first(entry, now))

"""The edited documents' own pages, written by the process of the last build.

``invoke serve`` rebuilds the whole site after each save: 0.6 s at 1,000
posts, 6 s at 10,000, while the page its writer looks at is one. So the
build server keeps each finished build's process (``buildserver``), and
when a save changed only documents that build read, that process writes
their own pages first, as the build does: the generators owning them are
made anew, on the build's context, with the unchanged documents as the
build left them; they read the edited files, order, link and list every
document again, and write the edited documents' pages alone, through the
build's writer. The open pages showing
them reload; the whole rebuild follows at once and brings every other page
(lists, feeds, archives) up to date, reloading those in turn.

What it cannot do as the build would (a file that is not a document of the
last build, a production build, which was made aside and swapped in, an
error) it leaves to the rebuild, saying nothing: the rebuild says it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from jekyll_engine.state import state_of
from jekyll_reader.reading import read_again
from jekyll_tasks.output_folder import locked

# How each generator writes the documents' own pages: its method, and the
# lists (Pelican's names) of the documents that method writes.
_OWN_PAGES = (
    (ArticlesGenerator, "generate_articles",
     ("translations", "articles", "hidden_translations", "hidden_articles")),
    (ArticlesGenerator, "generate_drafts", ("drafts_translations", "drafts")),
    (PagesGenerator, "generate_output",
     ("translations", "pages", "hidden_translations", "hidden_pages",
      "draft_translations", "draft_pages")),
)  # fmt: skip


@dataclass(slots=True)
class LastBuild:
    """A finished build's Pelican and generators, as the build left them."""

    pelican: Any = None
    generators: list[Any] = field(default_factory=list)


@contextmanager
def kept_build() -> Iterator[LastBuild]:
    """Keep the Pelican and generators of the build run inside this block."""
    kept = LastBuild()

    def made(pelican: Any) -> None:
        kept.pelican = pelican

    def read(generators: Any) -> None:
        kept.generators = list(generators)

    signals.initialized.connect(made)
    signals.all_generators_finalized.connect(read)
    try:
        yield kept
    finally:
        signals.initialized.disconnect(made)
        signals.all_generators_finalized.disconnect(read)


def write_edited_pages(kept: LastBuild, changed: list[Path]) -> list[str] | None:
    """Write the own pages of the edited documents; return them (output paths).

    None when not every changed file is a document of the last build, or
    when writing failed: the rebuild then does it all. Logs nothing (the
    rebuild logs what there is to say). Spends ``kept``: its documents are
    replaced.
    """
    if kept.pelican is None or not kept.generators:
        return None
    settings = kept.pelican.settings
    relpaths = _relative_paths(settings, changed)
    # A production build is made aside, then swapped in: its folder is gone.
    if relpaths is None or not Path(settings["OUTPUT_PATH"]).is_dir():
        return None
    if not relpaths:
        return []
    sources = [_sources(generator) for generator in kept.generators]
    if not relpaths <= set().union(*sources):
        return None
    logging.disable(logging.CRITICAL)
    try:
        with locked(Path(settings["OUTPUT_PATH"])):
            return _write(kept, sources, relpaths)
    except Exception:  # noqa: BLE001 (the rebuild that follows says what it was)
        return None
    finally:
        logging.disable(logging.NOTSET)


def _relative_paths(settings: Any, changed: list[Path]) -> set[str] | None:
    """Return the changed files in the site; None if one is not a file there.

    A file that came and went unseen by the build (an editor's test file)
    is no change to the site; one the build read and that is gone is.
    """
    source = Path(settings["PATH"]).resolve()
    known = state_of(settings).source_files
    found = set()
    for path in changed:
        if not path.is_relative_to(source):
            return None
        relpath = path.relative_to(source).as_posix()
        if path.is_file():
            found.add(relpath)
        elif path.exists() or relpath in known:
            return None
    return found


def _documents(generator: Any, lists: tuple[str, ...]) -> Iterator[Any]:
    return chain.from_iterable(getattr(generator, name, ()) for name in lists)


def _sources(generator: Any) -> dict[str, Any]:
    """Return the documents whose own pages a generator writes, by source file."""
    return {
        document.relative_source_path: document
        for kind, _, lists in _OWN_PAGES
        if isinstance(generator, kind)
        for document in _documents(generator, lists)
    }


def _write(
    kept: LastBuild, sources: list[dict[str, Any]], relpaths: set[str]
) -> list[str]:
    """Write the edited documents' pages; ``sources``: each generator's documents."""
    settings = kept.pelican.settings
    read_again(settings, sorted(relpaths))
    # Every generator made anew as Pelican's run makes them, on the build's
    # context, and run as it runs them: one may change another's documents
    # (the archives link each post's tags and author to their pages).
    generators = []
    for old, documents in zip(kept.generators, sources, strict=True):
        generator = type(old)(
            context=old.context,
            settings=settings,
            path=old.path,
            theme=old.theme,
            output_path=old.output_path,
        )
        # The build's readers, with what they made (the Markdown converter).
        generator.readers = old.readers
        _take_unchanged(generator, documents, relpaths)
        generators.append(generator)
    for generator in generators:
        if hasattr(generator, "generate_context"):
            generator.generate_context()
    signals.all_generators_finalized.send(generators)
    for generator in generators:
        if hasattr(generator, "refresh_metadata_intersite_links"):
            generator.refresh_metadata_intersite_links()
    writer = kept.pelican._get_writer()
    for generator in generators:
        for kind, method, lists in _OWN_PAGES:
            if isinstance(generator, kind):
                _write_only(generator, method, lists, relpaths, writer)
    output = Path(settings["OUTPUT_PATH"])
    return sorted(
        Path(path).relative_to(output).as_posix() for path in writer._written_files
    )


def _take_unchanged(
    generator: Any, documents: dict[str, Any], relpaths: set[str]
) -> None:
    """Give the new generator the last build's unchanged documents as they are.

    Through Pelican's own generator-level content cache, filled in memory:
    the generator reads only the files not in it, the edited ones.
    """
    for relpath, document in documents.items():
        if relpath not in relpaths:
            generator._cache[relpath] = (generator._get_file_stamp(relpath), document)


def _write_only(
    generator: Any, method: str, lists: tuple[str, ...], relpaths: set[str], writer: Any
) -> None:
    """Run a generator's page-writing method on the edited documents alone."""
    every = {name: getattr(generator, name) for name in lists}
    edited = {
        name: [d for d in documents if d.relative_source_path in relpaths]
        for name, documents in every.items()
    }
    if not any(edited.values()):
        return
    for name, documents in edited.items():
        setattr(generator, name, documents)
    try:
        # Pelican's article methods take the writer's write, the pages' the writer.
        write = writer if method == "generate_output" else writer.write_file
        getattr(generator, method)(write)
    finally:
        for name, documents in every.items():
            setattr(generator, name, documents)

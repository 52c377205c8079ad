"""Read every document ahead and render the new ones on every core.

Before Pelican's generators read the documents one by one, this decodes and
splits each new source file once (kept for the reader) and hands its body
to a pool of processes, one per core. The generators then read while the
pool renders, in the same order, each document taking its rendering when
they reach it. Documents with Liquid are rendered later by the reader, once
Liquid has run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from jekyll_common.errors import ContentError
from jekyll_engine.render_cache import render_ahead
from jekyll_engine.workers import worker_count
from jekyll_markdown.body_renderer import BodyRenderer, cache_key, excerpt_text_of
from jekyll_markdown.render import make_markdown
from jekyll_reader.discovery import MARKDOWN_EXTENSIONS, RENDERED_EXTENSIONS
from jekyll_reader.kinds import classify
from jekyll_reader.reading import Reading
from jekyll_reader.source import decode, split_source

PROGRESS_THRESHOLD = 300


def _documents(state: Reading, settings: dict[str, Any]) -> list[str]:
    """Return the new documents, in the order Pelican's generators read them.

    Discovery gave the generators their paths (``build.start_build``), and
    they read them in that order (``take_discovered_files``).
    """
    cache = state.build.read_cache
    return [
        relpath
        for relpath in (*settings["ARTICLE_PATHS"], *settings["PAGE_PATHS"])
        if relpath.lower().endswith(RENDERED_EXTENSIONS)
        # Not read by an earlier build, or changed since.
        and not (cache.enabled and cache.holds(relpath, state.files.key(relpath)))
    ]


def _jobs(
    state: Reading, documents: list[str]
) -> Iterator[tuple[str, tuple[str, str, bool]]]:
    for relpath in documents:
        try:
            text, notes = decode((state.source / relpath).read_bytes())
            document = split_source(text)
        except (OSError, ContentError):
            continue  # the reader reports it, with its line
        # The split document alone: the file's text is read again only to
        # point at a line in an error message.
        state.sources[relpath] = (notes, document)
        body = document.body
        if "{{" in body or "{%" in body:
            continue
        _, _, data = classify(
            relpath, document.front_matter, state.site, state.options.pages_dirs
        )
        is_markdown = PurePosixPath(relpath).suffix.lower() in MARKDOWN_EXTENSIONS
        excerpt = excerpt_text_of(data, body, state.site.excerpt_separator)
        yield cache_key(body, excerpt, is_markdown), (body, excerpt, is_markdown)


def read_ahead(state: Reading, settings: dict[str, Any]) -> None:
    """Split every new document and render it on every core, ahead of the reader.

    Returns as soon as every document is split and handed to the pool; the
    reader takes each rendering when it reaches that document.
    """
    documents = _documents(state, settings)
    workers = worker_count()
    # Below this many new documents a pool costs more than it saves.
    threshold = state.options.parallel_read_min
    if len(documents) < threshold or workers < 2:
        return  # the reader reads and renders each one itself
    progress = None
    if len(documents) >= PROGRESS_THRESHOLD and sys.stderr.isatty():
        progress = partial(_progress_bar, f"Rendering on {workers} cores")
    render_ahead(
        _jobs(state, documents),
        BodyRenderer(partial(make_markdown, settings.get("MARKDOWN") or {})).render,
        state.build.render_cache,
        workers,
        progress,
    )


@contextmanager
def _progress_bar(title: str, total: int) -> Iterator[Callable[[], None]]:
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import Progress  # noqa: PLC0415

    # On stderr, where the messages go: what is logged meanwhile is printed
    # above the bar (rich redirects the stream while it draws), and the bar
    # leaves no trace once done.
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(title, total=total)
        yield partial(progress.advance, task)


def source_of(
    state: Reading, relpath: str, path: Path, *, keep: bool = False
) -> tuple[list, Any]:
    """Return a document's (notes, split document), read ahead or now.

    The reader takes a document read ahead (it reads each once); ``keep``
    leaves it for the reader (the catalogue reads every document first).
    """
    found = state.sources.get(relpath) if keep else state.sources.pop(relpath, None)
    if found is not None:
        return found
    text, notes = decode(path.read_bytes())
    return notes, split_source(text)

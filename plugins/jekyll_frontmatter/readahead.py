"""Read every document ahead and render the new ones on every core.

Before Pelican's generators read the documents one by one, this decodes and
splits each source file once (kept for the reader) and renders the bodies
the cache does not hold yet in a pool of processes. Documents with Liquid
are rendered later by the reader, once Liquid has run.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from jekyll_common.errors import ContentError
from jekyll_frontmatter.build import BuildState
from jekyll_frontmatter.discovery import MARKDOWN_EXTENSIONS, RENDERED_EXTENSIONS
from jekyll_frontmatter.document import classify
from jekyll_frontmatter.prepared import (
    cache_key,
    excerpt_text_of,
    render_in_parallel,
    worker_count,
)
from jekyll_frontmatter.render import make_markdown
from jekyll_frontmatter.source import decode, split_source

# Below this many documents a pool costs more than it saves.
PARALLEL_THRESHOLD = 64
PROGRESS_THRESHOLD = 300


def _documents(state: BuildState) -> list[str]:
    found = state.discovery
    documents = [*found.posts, *found.drafts, *found.pages]
    documents += [path for paths in found.documents.values() for path in paths]
    return [p for p in documents if p.lower().endswith(RENDERED_EXTENSIONS)]


def _jobs(state: BuildState) -> Iterator[tuple[str, str, str, bool]]:
    for relpath in _documents(state):
        try:
            cache = state.read_cache
            if cache.enabled and cache.holds(relpath, state.file_key(relpath)):
                continue  # read by an earlier build, unchanged since
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
        yield cache_key(body, excerpt, is_markdown), body, excerpt, is_markdown


def read_ahead(state: BuildState, settings: dict[str, Any]) -> None:
    """Split every document and render the uncached ones in parallel."""
    jobs = list(_jobs(state))
    workers = worker_count()
    if len(jobs) < PARALLEL_THRESHOLD or workers < 2:
        return
    make = partial(make_markdown, settings.get("MARKDOWN") or {})
    if len(jobs) < PROGRESS_THRESHOLD or not sys.stderr.isatty():
        render_in_parallel(jobs, make, state.render_cache, workers)
        return
    from rich.progress import Progress  # noqa: PLC0415

    with Progress(transient=True) as progress:
        task = progress.add_task(f"Rendering on {workers} cores", total=len(jobs))
        render_in_parallel(
            jobs,
            make,
            state.render_cache,
            workers,
            lambda done: progress.update(task, completed=done),
        )


def source_of(state: BuildState, relpath: str, path: Path) -> tuple[list, Any]:
    """Return a document's (notes, split document), read ahead or now."""
    found = state.sources.pop(relpath, None)
    if found is not None:
        return found
    text, notes = decode(path.read_bytes())
    return notes, split_source(text)

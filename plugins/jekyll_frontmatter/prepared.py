"""The expensive part of reading, done once: Markdown, typography, excerpt.

``render_body`` is pure (text in, results out), so it runs in worker
processes for a cold build and its results are kept in a cache keyed by
the body's and the excerpt's text and the rendering settings: a warm build
renders only the documents whose text changed.
"""

from __future__ import annotations

import gc
import hashlib
import html
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from markdown import Markdown

from jekyll_frontmatter import cache_files
from jekyll_frontmatter.excerpts import excerpt_in_body, excerpt_source, safe_links
from jekyll_frontmatter.images import embedded_sources
from jekyll_frontmatter.render import (
    balance_html,
    first_heading,
    only_known_extensions,
    plain_text,
    render_markdown,
)
from jekyll_frontmatter.typography import typographic_html

logger = logging.getLogger(__name__)

# Bump when rendering changes in a way the settings digest does not show.
RENDER_VERSION = "3"


@dataclass(frozen=True, slots=True)
class RenderedBody:
    """A document body rendered: HTML, first heading, references, excerpt."""

    html: str
    heading: str | None
    references: tuple[str, ...]
    word_count: int
    excerpt: str
    excerpt_text: str


def excerpt_text_of(data: dict[str, Any], body: str, separator: str) -> str:
    """Return the Markdown source of a document's excerpt (Jekyll's order)."""
    if data.get("excerpt") is not None:
        # Front-matter text: Markdown is read, markup is shown as text.
        return html.escape(str(data["excerpt"]), quote=False)
    own = data.get("excerpt_separator")
    return excerpt_source(body, own if isinstance(own, str) else separator)


def render_body(
    markdown: Markdown | None, body: str, excerpt_source_text: str
) -> RenderedBody:
    """Render a body and its excerpt (Markdown when ``markdown`` is given).

    An excerpt that is the body's plain first paragraph is cut from the
    body's HTML; any other is rendered on its own, as Jekyll renders it.
    Either way, its links keep only safe schemes (``safe_links``).
    """
    raw = render_markdown(markdown, body) if markdown else body
    typographic = typographic_html(raw)
    excerpt = None
    if markdown and only_known_extensions(markdown):
        excerpt = excerpt_in_body(body, excerpt_source_text, typographic)
    if excerpt is None:
        excerpt = typographic_html(
            render_markdown(markdown, excerpt_source_text)
            if markdown
            else excerpt_source_text
        )
    excerpt = safe_links(balance_html(excerpt))
    return RenderedBody(
        html=typographic,
        heading=first_heading(raw),
        references=tuple(embedded_sources(raw)),
        word_count=len(plain_text(raw).split()),
        excerpt=excerpt,
        excerpt_text=plain_text(excerpt),
    )


def cache_key(body: str, excerpt: str, is_markdown: bool) -> str:
    """Return the cache key of a body and excerpt source."""
    digest = hashlib.sha256()
    for part in (body, "\x00", excerpt, "\x00", str(is_markdown)):
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class RenderCache:
    """Rendered bodies by key, kept between builds in one file."""

    def __init__(self, path: Path | None, settings_digest: str) -> None:
        self.path = path
        self.settings_digest = settings_digest
        self.entries: dict[str, RenderedBody] = {}
        self.used: set[str] = set()
        self.rendered = False
        found = cache_files.load(path, settings_digest)
        if isinstance(found, dict):
            self.entries = found
        # Renderings on their way from a pool (``render_ahead``), in order.
        self._coming: Iterator[tuple[str, RenderedBody | None]] | None = None
        self._awaited: set[str] = set()
        self._close: Callable[[], None] = _nothing

    def holds(self, key: str) -> bool:
        """Return whether a rendering is cached, and remember it is in use."""
        if key in self.entries:
            self.used.add(key)
            return True
        return False

    def get(self, key: str) -> RenderedBody | None:
        """Return a rendering, cached or (waited for) on its way from the pool.

        Without a cache file, a rendering is kept only until it is asked for.
        """
        if key in self._awaited:
            self._receive(until=key)
        if self.path is None:
            return self.entries.pop(key, None)
        found = self.entries.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: str, rendered: RenderedBody, *, ahead: bool = False) -> None:
        """Keep a rendering for the next build, or until asked for when ``ahead``."""
        if self.path is None and not ahead:
            return
        self.entries[key] = rendered
        self.used.add(key)
        self.rendered = True

    def release(self, key: str) -> None:
        """Forget a rendering kept elsewhere (in the object Pelican made of it)."""
        if key in self.used:
            self.used.discard(key)
            self.rendered = True

    def expect(
        self,
        coming: Iterator[tuple[str, RenderedBody | None]],
        keys: set[str],
        close: Callable[[], None],
    ) -> None:
        """Take the renderings of ``keys`` from ``coming`` as they are asked for."""
        self._coming, self._awaited, self._close = coming, keys, close

    def finish(self) -> None:
        """Take every rendering still on its way, then ``close`` (the pool)."""
        if self._coming is not None:
            self._receive(until=None)

    def _receive(self, until: str | None) -> None:
        try:
            for key, rendered in self._coming or ():
                self._awaited.discard(key)
                if rendered is not None:  # None: the reader renders it, and says why
                    self.put(key, rendered, ahead=True)
                if key == until:
                    break
        except Exception as error:  # noqa: BLE001 (a worker died, say)
            logger.warning(
                "Rendering on every core stopped (%s); the remaining documents "
                "are rendered one by one.",
                error,
            )
            self._awaited.clear()
        finally:
            if not self._awaited or until is None:
                self.stop()

    def stop(self) -> None:
        """Wait for no more renderings: close the pool (any still due are dropped)."""
        self._coming, self._awaited = None, set()
        close, self._close = self._close, _nothing
        close()

    def save(self) -> None:
        """Write the entries used by this build (older ones are dropped)."""
        self.finish()
        if self.path is None or (
            not self.rendered and self.used == self.entries.keys()
        ):
            return
        kept = {key: self.entries[key] for key in self.used if key in self.entries}
        cache_files.save(self.path, self.settings_digest, kept)


# Renderings sent back per message: a message of many megabytes leaves, once
# read, a hole in the build's memory that its later, smaller objects do not
# fill (a build of 10,000 posts peaked 7 MB higher with 625 per message).
_RESULTS_PER_MESSAGE = 16

# Set in the parent before the pool forks; read by the workers.
_JOB: dict[str, Any] = {}


def _nothing() -> None:
    return None


def _worker_render(
    item: tuple[str, str, str, bool],
) -> tuple[str, RenderedBody | None]:
    key, body, excerpt, is_markdown = item
    markdown = _JOB.get("markdown") if is_markdown else None
    if is_markdown and markdown is None:
        markdown = _JOB["markdown"] = _JOB["make_markdown"]()
    try:
        return key, render_body(markdown, body, excerpt)
    except Exception:  # noqa: BLE001 (the reader renders it again and reports it)
        return key, None


def render_ahead(
    items: Iterable[tuple[str, str, str, bool]],
    make_markdown: Callable[[], Markdown],
    cache: RenderCache,
    workers: int,
    progress: Callable[[int], AbstractContextManager[Callable[[], None]]] | None = None,
) -> None:
    """Render every uncached (key, body, excerpt, is_markdown) on ``workers`` cores.

    Returns once every item is handed to the pool: the reader goes on while
    the pool renders, and ``cache.get`` waits for a rendering not yet back.
    The reader asks in the order the items were given, so it seldom waits.
    ``progress``, given how many renderings are due, gives a function
    called once per rendering received.
    """
    keys: set[str] = set()

    def pending() -> Iterator[tuple[str, str, str, bool]]:
        for item in items:
            if item[0] not in keys and not cache.holds(item[0]):
                keys.add(item[0])
                yield item

    _JOB.clear()
    _JOB["make_markdown"] = make_markdown
    stack = ExitStack()
    pool = stack.enter_context(forked_pool(workers))
    # Closed early (the build failed), the pool drops what it has not begun.
    stack.callback(partial(pool.shutdown, cancel_futures=True))
    stack.callback(_JOB.clear)
    try:
        results = pool.map(_worker_render, pending(), chunksize=_RESULTS_PER_MESSAGE)
        # Every item is handed over: ``keys`` counts the renderings due.
        advance = stack.enter_context(progress(len(keys))) if progress else _nothing
    except BaseException:
        stack.close()
        raise

    def coming() -> Iterator[tuple[str, RenderedBody | None]]:
        for result in results:
            advance()
            yield result

    cache.expect(coming(), keys, stack.close)
    if not keys:
        cache.finish()


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Give a pool of ``workers`` forked processes sharing the build's objects.

    The objects made so far are kept out of the garbage collector's sight
    meanwhile: a collection in a worker would touch, and so copy, every page
    of memory it shares with the build.
    """
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            yield pool
    finally:
        gc.unfreeze()


def worker_count() -> int:
    """Return how many processes a cold build renders with (every core)."""
    return max(
        1,
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count() or 1,
    )

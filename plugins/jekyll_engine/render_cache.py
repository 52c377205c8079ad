"""Renderings kept between builds, and made ahead on every core.

A rendering is whatever a document's text becomes (the Markdown package's
``RenderedBody``); it is keyed by a digest of everything it is made from,
so the cache needs no other check than the key and the settings digest its
file was written under. ``render_ahead`` fills it from a pool of processes
while the reader goes on, in the order the reader will ask.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from jekyll_engine import cache_files
from jekyll_engine.workers import forked_pool

logger = logging.getLogger(__name__)

Rendering = TypeVar("Rendering")
# One rendering to make: its key, and what the render function is given.
Job = tuple[str, Any]


class RenderCache(Generic[Rendering]):
    """Rendered bodies by key, kept between builds in one file."""

    def __init__(self, path: Path | None, settings_digest: str) -> None:
        self.path = path
        self.settings_digest = settings_digest
        self.entries: dict[str, Rendering] = {}
        self.used: set[str] = set()
        self.rendered = False
        found = cache_files.load(path, settings_digest)
        if isinstance(found, dict):
            self.entries = found
        # Renderings on their way from a pool (``render_ahead``), in order.
        self._coming: Iterator[tuple[str, Rendering | None]] | None = None
        self._awaited: set[str] = set()
        self._close: Callable[[], None] = _nothing

    def holds(self, key: str) -> bool:
        """Return whether a rendering is cached, and remember it is in use."""
        if key in self.entries:
            self.used.add(key)
            return True
        return False

    def get(self, key: str) -> Rendering | None:
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

    def put(self, key: str, rendered: Rendering, *, ahead: bool = False) -> None:
        """Keep a rendering for the next build, or until asked for when ``ahead``."""
        if self.path is None and not ahead:
            return
        self.entries[key] = rendered
        self.used.add(key)
        self.rendered = True

    def expect(
        self,
        coming: Iterator[tuple[str, Rendering | None]],
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


def _worker_render(item: Job) -> tuple[str, Any]:
    key, job = item
    try:
        return key, _JOB["render"](job)
    except Exception:  # noqa: BLE001 (the reader renders it again and reports it)
        return key, None


def render_ahead(
    items: Iterable[Job],
    render: Callable[[Any], Rendering],
    cache: RenderCache[Rendering],
    workers: int,
    progress: Callable[[int], AbstractContextManager[Callable[[], None]]] | None = None,
) -> None:
    """Make every uncached (key, job) with ``render(job)`` on ``workers`` cores.

    Returns once every item is handed to the pool: the reader goes on while
    the pool renders, and ``cache.get`` waits for a rendering not yet back.
    The reader asks in the order the items were given, so it seldom waits.
    ``progress``, given how many renderings are due, gives a function
    called once per rendering received.
    """
    keys: set[str] = set()

    def pending() -> Iterator[Job]:
        for item in items:
            if item[0] not in keys and not cache.holds(item[0]):
                keys.add(item[0])
                yield item

    _JOB.clear()
    _JOB["render"] = render
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

    def coming() -> Iterator[tuple[str, Rendering | None]]:
        for result in results:
            advance()
            yield result

    cache.expect(coming(), keys, stack.close)
    if not keys:
        cache.finish()

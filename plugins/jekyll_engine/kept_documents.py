"""Pelican's document objects kept between builds, through Pelican's own hook.

Before reading a file, Pelican's post and page generators ask for a cached
document (``get_cached_data``) and offer each document they made
(``cache_data``); Pelican's own content cache answers with whole objects
keyed by file time. Here the read cache answers: a document whose reading
is cached (``read_cache``: same file, same reading environment) is kept as
the object Pelican made from it, pickled as soon as it was made (before any
plugin changed it), with the warnings logged while it was made. A warm
build unpickles it instead of reading the file, mapping its metadata and
making the object again, and logs the warnings again.

Pelican sends signals while it makes a document; a plugin listening to
them would miss kept documents, so nothing is kept while any plugin does.
This mirrors no Jekyll behaviour: Jekyll's ``--incremental`` keeps no
documents, it only skips writing.
"""

from __future__ import annotations

import io
import logging
import pickle
from typing import Any

from pelican import signals
from pelican.urlwrappers import Category, Tag

from jekyll_common.logs import Collected, replay
from jekyll_engine import state as build_state
from jekyll_engine.state import BuildState, shared_wrapper

logger = logging.getLogger(__name__)

# Sent while Pelican makes a document: a kept document is not made again.
PER_DOCUMENT_SIGNALS = (
    signals.article_generator_preread,
    signals.article_generator_context,
    signals.page_generator_preread,
    signals.page_generator_context,
    signals.content_object_init,
)
_SHARED_WRAPPERS = {"Tag": Tag, "Category": Category}


def document_caching_is_safe() -> bool:
    """Return whether no plugin listens while Pelican makes a document."""
    return not any(signal.receivers for signal in PER_DOCUMENT_SIGNALS)


def stop_collecting(generator: Any) -> None:
    """Once a generator has made its documents, stop listening to the log."""
    for kept in build_state.current(generator.settings).kept_documents:
        kept.stop()


class KeptDocuments:
    """One generator's kept documents."""

    def __init__(self, generator: Any, state: BuildState) -> None:
        self.settings = generator.settings
        self.context = generator.context
        self.state = state
        self.collected: Collected | None = None
        self.hits = 0
        # The build's one tag (or category) per name, shared with the reader.
        self.wrappers = state.url_wrappers

    def get(self, relpath: str, default: Any = None) -> Any:
        """Return the kept document for ``relpath``, or ``default``."""
        self.stop()
        state = self.state
        entry = state.read_cache.peek(relpath, state.file_key(relpath))
        if entry is not None and entry.document is not None:
            try:
                document = _Unpickler(self, entry.document).load()
            except (pickle.UnpicklingError, AttributeError, ImportError, EOFError):
                document = None
            if document is not None:
                state.read_cache.hit(relpath, entry)
                replay(entry.document_messages)
                state.report.built[entry.kind] += 1
                state.report.missing_files.extend(entry.missing_files)
                self.hits += 1
                return document
        # Made now: what is logged until it is offered is kept with it.
        self.collected = Collected().listen()
        return default

    def put(self, relpath: str, document: Any) -> None:
        """Keep the document Pelican just made, if its reading is cached."""
        collected = self.collected
        self.stop()
        if collected is None or relpath not in self.state.read_cache.current:
            return
        buffer = io.BytesIO()
        try:
            _Pickler(buffer, self).dump(document)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            logger.debug("%s: not kept (cannot be pickled)", relpath)
            return
        self.state.read_cache.keep_document(
            relpath, buffer.getvalue(), tuple(collected.records)
        )
        # The object holds the rendered body: the render cache need not.
        key = self.state.render_keys.get(relpath)
        if key is not None:
            self.state.render_cache.release(key)

    def wrapper(self, pid: tuple[str, str]) -> Any:
        """Return the build's tag or category for a kept document's stand-in."""
        kind, name = _SHARED_WRAPPERS[pid[0]], pid[1]
        found = self.wrappers.get((kind, name))
        return found if found is not None else shared_wrapper(self.settings, kind, name)

    def is_shared(self, wrapper: Any) -> bool:
        """Return whether a tag or category is the build's one for its name."""
        return self.wrappers.get((type(wrapper), wrapper.name)) is wrapper

    def stop(self) -> None:
        """Stop collecting what is logged."""
        if self.collected is not None:
            self.collected.stop()
            self.collected = None


class _Pickler(pickle.Pickler):
    """Pickles a document without the build's settings, context or tags."""

    def __init__(self, file: io.BytesIO, kept: KeptDocuments) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.kept = kept

    def persistent_id(self, value: Any) -> Any:
        if value is self.kept.settings:
            return "settings"
        if value is self.kept.context:
            return "context"
        kind = type(value)
        if (kind is Tag or kind is Category) and self.kept.is_shared(value):
            return (kind.__name__, value.name)
        return None


class _Unpickler(pickle.Unpickler):
    """Unpickles a kept document into this build's settings, context and tags."""

    def __init__(self, kept: KeptDocuments, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self.kept = kept

    def persistent_load(self, pid: Any) -> Any:
        if pid == "settings":
            return self.kept.settings
        if pid == "context":
            return self.kept.context
        return self.kept.wrapper(pid)

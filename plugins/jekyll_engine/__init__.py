"""How Pelican builds this site fast and safely; no Jekyll rule lives here.

The reader starts each build (``state.start_build``) with what it found;
from there the engine keeps what builds share: the render and read caches
(``render_cache``, ``read_cache``, ``cache_files``), page fingerprints
(``fingerprints``, ``page_records``), the one write path (``writer``),
parallel writing (``parallel_write``, ``workers``), the clean-up of stale
files (``prune``, ``finish``) and the summary (``report``). Every Pelican
attribute it replaces is in ``pelican_overrides``, with its contract.

==================================  ======================================
Connected to                        Why
==================================  ======================================
``*_generator_init``                the generators read the files the
                                    reader found, without Pelican's file
                                    stamps; Pelican's context, which the
                                    writer and documents see, gets the
                                    build's object
``all_generators_finalized``        the pool rendering ahead is closed once
                                    every document is read
``get_writer``                      every file goes through one contained,
                                    write-if-changed writer
``content_written``                 the summary counts the files written
``finalized``                       caches saved, stale files removed,
                                    one summary line
==================================  ======================================
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from jekyll_engine import pelican_overrides, state
from jekyll_engine.finish import finish_build
from jekyll_engine.writer import get_writer


def share_state(generator: Any) -> None:
    """Make the build state visible in the context the writer sees."""
    generator.context[state.STATE_KEY] = state.current(generator.settings)


def stop_rendering_ahead(generators: Any) -> None:
    """Once every document is read, close the pool that rendered them."""
    state.current(generators[0].settings).render_cache.finish()


def count_written(path: str, context: Any = None) -> None:
    """Count each file Pelican writes, for the summary."""
    del path
    if context is not None and state.STATE_KEY in context:
        context[state.STATE_KEY].report.pages_written += 1


def end_build(pelican: Any) -> None:
    """End the build: save the caches, remove stale output, log the summary."""
    found = state.state_of(pelican.settings)
    if found is not None:
        finish_build(pelican.settings, found)


def register() -> None:
    """Connect the engine to Pelican."""
    pelican_overrides.replace_pelican_methods()
    signals.article_generator_init.connect(share_state)
    for generator_init in (
        signals.article_generator_init,
        signals.page_generator_init,
        signals.static_generator_init,
    ):
        generator_init.connect(pelican_overrides.replace_generator_methods)
    signals.all_generators_finalized.connect(stop_rendering_ahead)
    signals.get_writer.connect(get_writer)
    signals.content_written.connect(count_written)
    signals.finalized.connect(end_build)

"""The end of a build: caches saved and kept in bounds, stale files removed."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jekyll_common.settings import setting_value
from jekyll_engine import cache_files
from jekyll_engine.prune import kept_folders, prune_output
from jekyll_engine.settings import ENGINE_ROWS
from jekyll_engine.state import BuildState
from jekyll_engine.whole_files import copy_if_changed

logger = logging.getLogger(__name__)


def finish_build(settings: Any, state: BuildState) -> None:
    """Save the caches, remove what this build did not write, log the summary."""
    state.render_cache.save()
    state.read_cache.save()
    if state.pages is not None:
        state.pages.save()
        state.report.pages_unchanged = state.pages.unchanged_count
    _keep_cache_in_bounds(settings, state)
    output = Path(settings["OUTPUT_PATH"])
    # A static file is copied to its own path, or where the reader placed it
    # (a collection's files, under the collection's URL), or both (the site
    # includes the collection's folder, as Jekyll copies it twice).
    copies = [state.static_places.get(p) or p for p in state.static_files]
    for relpath in sorted(state.static_also_own):
        copy_if_changed(state.source / relpath, output / relpath)
        copies.append(relpath)
    keep = [*state.written_files, *(output / p for p in copies)]
    state.report.pages_removed = prune_output(
        output, keep, kept_folders(settings), state.output_listing
    )
    logger.info("Build: %s.", state.report.summary())


def _keep_cache_in_bounds(settings: Any, state: BuildState) -> None:
    folder = cache_files.cache_folder(settings)
    if folder is None or not folder.is_dir():
        return
    pages = state.pages.path if state.pages is not None else None
    cache_files.mark_used(
        [
            state.render_cache.path,
            state.read_cache.path,
            state.read_cache.changes_path,
            pages,
        ]
    )
    # How much the cache folder may hold: every source and output folder
    # pair has its own files, so it would otherwise only grow.
    limit = setting_value(settings, ENGINE_ROWS["JEKYLL_CACHE_MAX_MB"])
    cache_files.evict(folder, int(limit * 1024 * 1024), state.now.timestamp())

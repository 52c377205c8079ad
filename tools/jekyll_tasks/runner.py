"""Run one Pelican build the way ``invoke build`` does, and account for it.

Used by ``tasks.py`` and by the whole-build tests, so both build exactly
alike: the right settings file, overrides from the command line, a guard on
the output folder, and a count of warnings and errors for strict mode.
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jekyll_common.errors import JekyllError, OutputError
from jekyll_common.logs import collecting, display_path
from jekyll_engine.state import state_of
from jekyll_tasks.build_result import BuildResult
from jekyll_tasks.output_folder import (
    CODE_FOLDERS,
    PROJECT_ROOT,
    building_folder,
    check_output_folder,
    locked,
    settings_file,
    swap_in,
)
from jekyll_tasks.search_index import index_site

__all__ = ["CODE_FOLDERS", "PROJECT_ROOT", "BuildResult", "run_build"]


@contextmanager
def _recording(result: BuildResult) -> Iterator[None]:
    """Count the warnings and errors the build logs, and keep their text."""
    with collecting() as collected:
        try:
            yield
        finally:
            for _, level, message in collected.records:
                name = logging.getLevelName(level)
                result.levels[name] += 1
                result.messages.append((name, message))


def _reset_log_limits() -> None:
    # Pelican's LimitFilter remembers messages across builds in one process;
    # each build must report its own problems.
    from pelican.log import LimitFilter  # noqa: PLC0415

    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


def run_build(
    *,
    source: Path | None = None,
    output: Path | None = None,
    production: bool = False,
    overrides: Mapping[str, Any] | None = None,
    search: bool = False,
    atomic: bool = False,
) -> BuildResult:
    """Build the site and return how it went; raises JekyllError on bad folders.

    With ``search``, the Pagefind index is built into the output afterwards.
    With ``atomic``, the site is built in a folder beside the output and put
    in its place only when the build finished, so a failed build never
    leaves half a site.
    """
    settings = _settings(source, output, production, overrides)
    source_path, output_path = Path(settings["PATH"]), Path(settings["OUTPUT_PATH"])
    check_output_folder(output_path, source_path)
    result = BuildResult(source=source_path, output=output_path, settings=settings)
    with locked(output_path):
        if not atomic:
            _run(settings, output_path, result, search=search)
            return result
        building = building_folder(output_path)
        shutil.rmtree(building, ignore_errors=True)
        settings["OUTPUT_PATH"] = str(building)
        try:
            _run(settings, building, result, search=search)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        swap_in(building, output_path)
    return result


def index_built_site(
    *, source: Path | None = None, output: Path | None = None, production: bool = False
) -> None:
    """Bring a built site's search index up to date, as a build with it does.

    For ``invoke serve``, which reloads the pages first and indexes after.
    """
    settings = _settings(source, output, production, None)
    with locked(Path(settings["OUTPUT_PATH"])):
        index_site(settings)


def _settings(
    source: Path | None,
    output: Path | None,
    production: bool,
    overrides: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Return the build's settings: its settings file, the folders, ``overrides``."""
    from pelican.settings import read_settings  # noqa: PLC0415

    settings_path = settings_file(production=production)
    override: dict[str, Any] = dict(overrides or {})
    if source is not None:
        override["PATH"] = str(Path(source).resolve())
    if output is not None:
        override["OUTPUT_PATH"] = str(Path(output).resolve())
    try:
        return read_settings(str(settings_path), override=override)
    except ValueError:
        # Pelican refuses a missing content folder with a bare ValueError.
        missing = missing_source(settings_path, source)
        if missing is None:
            raise
        raise JekyllError(f"source folder {missing} does not exist") from None


def unwritable(error: OSError, output: Path) -> str:
    """Say which file could not be written, why, and what to do."""
    where = display_path(error.filename or output)
    said = (
        f"{where}: could not be written ({error.strerror or error}); the build stopped"
    )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"{said}. The disk is full: free some space and build again (every "
            "file written so far is whole; the next build writes the rest)."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{said}. Check that {display_path(output)} can be written."
    return f"{said}. Check the output folder and build again."


def missing_source(settings_file: Path, source: Path | None) -> Path | None:
    """Return the content folder a build is given, or its settings name, if missing.

    A relative ``PATH`` in the settings file is relative to that file, as
    Pelican reads it.
    """
    from pelican.settings import get_settings_from_file  # noqa: PLC0415

    if source is None:
        named = get_settings_from_file(str(settings_file)).get("PATH", os.curdir)
        source = settings_file.parent / named
    return None if Path(source).is_dir() else Path(source)


def skip_last_collection() -> None:
    """Spare the collection Python makes of every object as the process ends.

    After a large build it takes about a second (10,000 posts) for memory the
    process is about to give back whole. For a command that ends after its
    build: a process that goes on building must not call it.
    """
    gc.freeze()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the garbage collector less often while building.

    A build makes many objects that live until it ends (every document,
    every page's context); the default thresholds would walk them all again
    and again.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _run(
    settings: dict[str, Any], output_path: Path, result: BuildResult, *, search: bool
) -> None:
    from pelican import Pelican  # noqa: PLC0415
    from pelican.log import console  # noqa: PLC0415

    _reset_log_limits()
    started = time.perf_counter()
    with _recording(result), _fewer_collections():
        site = Pelican(settings)
        # Pelican's own "Done: Processed..." line: the build's summary,
        # printed by the task, says more and comes last.
        console.quiet, loud = True, console.quiet
        try:
            site.run()
        except OSError as error:
            raise OutputError(unwritable(error, output_path)) from None
        finally:
            console.quiet = loud
            state = state_of(settings)
            if state is not None:  # a failed build renders no more ahead
                state.render_cache.stop()
        if search:
            index_site(settings)
    result.seconds = time.perf_counter() - started
    if state is not None:
        result.summary = state.report.summary()
        result.documents = sum(state.report.built.values())
        result.state = state
        result.missing_files = list(state.report.missing_files)
        now = time.time()
        result.next_post_due = min(
            (due for date in state.report.not_published_dates
             if (due := date.timestamp()) > now),
            default=None,
        )  # fmt: skip

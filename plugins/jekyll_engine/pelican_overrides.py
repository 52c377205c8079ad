"""Every Pelican attribute this site replaces, each with the contract it keeps.

Pelican has no hook for these; each replacement does what Pelican's own
does, faster or more safely, and sends every signal Pelican's would send.
Each internal named here is pinned, by signature and source, to the Pelican
in requirements.txt (``tests/jekyll_engine/test_pelican_contracts.py``).

=============================  ===========================================
Replaced                       Contract kept; why no hook serves
=============================  ===========================================
``generate_articles``          Every post page written, as Pelican writes
(ArticlesGenerator)            it; on every core from
                               ``JEKYLL_PARALLEL_WRITE_MIN`` posts, each post
                               sent to ``article_generator_write_article``
                               first (``parallel_write``). Pelican writes
                               posts one by one, with no hook around it.
``generate_tags``,             Pelican's own taxonomy pages, unless their
``generate_categories``,       ``*_SAVE_AS`` is empty: then they would
``generate_authors``           write nothing (and sort every post per tag);
                               no setting skips the sorting.
``_get_intrasite_link_regex``  Pelican's pattern of ``{static}``,
(Content)                      ``{attach}``, ``{filename}`` links, which
                               Jekyll does not have (it shows them as
                               written): a pattern matching nothing, so no
                               link is rewritten and no file copied for one.
                               The ``INTRASITE_LINK_REGEX`` setting cannot
                               say that: Pelican puts it after a scan of
                               each tag's attributes that is quadratic in
                               a tag left open (80 KB of ``<a href=x``
                               took 14 s), on every body, twice.
``get_files`` (a generator's)  The files discovery found, in its order,
                               without checking each one on disk again; any
                               other question goes to Pelican's own. The
                               ``*_PATHS`` settings name folders, not files.
``_filestamp_func`` (a         Pelican's file stamp, skipped (an empty
generator's, its readers')     stamp) when Pelican's own cache is off: it
                               stamps every file four times a build anyway.
``_copy_staticfile``           Each static file copied with its times, as
(StaticGenerator)              Pelican copies it, but whole or not at all:
                               a copy cut short (a full disk) would look up
                               to date to the next build by its time.
``_copy_paths``                The theme's files (``THEME_STATIC_PATHS``),
(StaticGenerator)              each copied whole with its times and kept
                               when it is a copy of the file as it is now;
                               Pelican copies them anew on every build,
                               with new times, so rsync and browsers saw
                               every theme file as changed.
``_open_w`` (Writer, in        Every file written through one path that
``writer.ContainedWriter``)    checks the real path, writes once and skips
                               unchanged files; ``get_writer`` gives the
                               class, but Pelican opens files only here.
=============================  ===========================================

=============================  ===========================================
Read or called                 Why
=============================  ===========================================
``_content`` (Content)         The body as read: Liquid's paginated pages
                               and the publications listing replace it
                               after reading; Pelican has no setter.
``_written_files`` (Writer)    What this build wrote, for pruning the
                               output and for the parallel writers.
``write.func.__self__``        The writer behind ``generate_pages``'
                               ``partial(writer.write_file)``.
``_include_path``, ``_mkdir``  Pelican's own filters and folder making,
(Generator)                    kept as they are by the replacements above.
``_cache_data_policy``,        Whether Pelican's own cache is on.
``_cache`` (FileStampDataCacher)
``_tokenize``,                 smartypants' own HTML tokens and skipped
``_tags_to_skip_regex``        tags: typography skips what it skips.
(smartypants)
``_raised_messages``,          Pelican's log filter remembers messages
``_group_count`` (LimitFilter) across builds in one process; the task
                               runner clears them so each build reports
                               its own problems.
``run``, ``_get_writer``       Serve's edited pages (the tools'
(Pelican);                     ``edited_pages``) make and run a build's
``generate_context``,          generators again as ``run`` does, each
``generate_drafts``,           writing the edited documents alone through
``generate_output`` (the       the writer only ``_get_writer`` makes; the
generators); ``readers``       unchanged documents go in through the
``get_cached_data``,           generators' own content cache, filled in
``_get_file_stamp``            memory. Pelican builds whole sites only.
(FileStampDataCacher)
=============================  ===========================================
"""

from __future__ import annotations

import fnmatch
import logging
import os
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from pelican.contents import Content
from pelican.generators import ArticlesGenerator, StaticGenerator

from jekyll_engine import state
from jekyll_engine.parallel_write import write_articles
from jekyll_engine.whole_files import copy_if_changed, copy_whole, is_copy_of

logger = logging.getLogger(__name__)

_PELICAN_GENERATE_ARTICLES = ArticlesGenerator.generate_articles
# Jekyll has no intrasite links: a pattern that matches nothing. Pelican
# scans every body with it three times; a bare "(?!)" is tried at each
# character (0.2 ms for 20 KB), while a first character the engine can look
# for (a NUL, which pages seldom hold) skips the scan at memchr's speed.
_NO_INTRASITE_LINKS = re.compile("\x00(?!)")
# Pelican's own taxonomy pages, each with the setting that switches it off.
_PELICAN_TAXONOMY_PAGES = {
    name: (getattr(ArticlesGenerator, name), setting)
    for name, setting in (
        ("generate_tags", "TAG_SAVE_AS"),
        ("generate_categories", "CATEGORY_SAVE_AS"),
        ("generate_authors", "AUTHOR_SAVE_AS"),
    )
}


def replace_pelican_methods() -> None:
    """Replace Pelican's class attributes (once per process is enough)."""
    ArticlesGenerator.generate_articles = _generate_articles
    Content._get_intrasite_link_regex = _no_intrasite_links
    StaticGenerator._copy_staticfile = _copy_staticfile
    StaticGenerator._copy_paths = _copy_paths
    for name in _PELICAN_TAXONOMY_PAGES:
        setattr(ArticlesGenerator, name, _unless_switched_off(name))


def replace_generator_methods(generator: Any) -> None:
    """Replace a generator's file listing and stamps, as it is made."""
    _take_discovered_files(generator)
    _skip_unused_stamps(generator)


def _generate_articles(generator: Any, write: Any) -> None:
    """Pelican's generate_articles, in parallel for a large site."""
    if not write_articles(generator, write):
        _PELICAN_GENERATE_ARTICLES(generator, write)


def _unless_switched_off(name: str) -> Any:
    method, setting = _PELICAN_TAXONOMY_PAGES[name]

    def generate(generator: Any, write: Any) -> None:
        if generator.settings.get(setting):
            method(generator, write)

    return generate


def _no_intrasite_links(content: Content) -> re.Pattern[str]:
    """Pelican's intrasite-link pattern: none, as in Jekyll."""
    del content
    return _NO_INTRASITE_LINKS


def _copy_staticfile(generator: Any, static: Any) -> None:
    """Pelican's ``_copy_staticfile``, the copy written whole or not at all.

    A copy an earlier build made of the file as it is now is kept: Pelican
    copies every file on every build (its ``STATIC_CHECK_IF_MODIFIED`` looks
    at times alone).
    """
    source = Path(generator.path, static.source_path)
    target = Path(generator.output_path, static.save_as)
    if is_copy_of(target, source):
        return
    generator._mkdir(str(target.parent))
    copy_whole(source, target)
    logger.info("Copying %s to %s", static.source_path, static.save_as)


def _copy_paths(
    generator: Any,
    paths: Iterable[str],
    source: str,
    destination: str,
    output_path: str,
    final_path: str | None = None,
) -> None:
    """Pelican's ``_copy_paths`` (the theme's files), each kept when unchanged.

    Each of ``paths`` under ``source`` goes where Pelican puts it: into
    ``destination/final_path`` (a file by its name) or ``destination/path``.
    """
    ignores = generator.settings.get("IGNORE_FILES") or []
    for path in paths:
        origin = Path(source, path)
        if final_path:
            place = Path(output_path, destination, final_path)
            target = place / origin.name if origin.is_file() else place
        else:
            target = Path(output_path, destination, path)
        for file, copy in _files_to_copy(origin, target, ignores):
            copy_if_changed(file, copy)


def _files_to_copy(
    origin: Path, target: Path, ignores: list[str]
) -> Iterator[tuple[Path, Path]]:
    """Give each file under ``origin`` with its place under ``target``.

    A file or folder whose name matches one of ``ignores`` is skipped, as
    Pelican skips it; a path that does not exist gives nothing.
    """

    def kept(name: str) -> bool:
        return not any(fnmatch.fnmatch(name, pattern) for pattern in ignores)

    if not kept(origin.name):
        return
    if origin.is_file():
        yield origin, target
        return
    for folder, subfolders, files in os.walk(origin, followlinks=True):
        subfolders[:] = sorted(s for s in subfolders if kept(s))
        place = target / Path(folder).relative_to(origin)
        for name in sorted(files):
            if kept(name) and Path(folder, name).is_file():
                yield Path(folder, name), place / name


def _take_discovered_files(generator: Any) -> None:
    """Give the generator the files discovery found, without looking again.

    Its paths are discovery's files (the reader set them); Pelican would
    check each one on disk, and once more for readers that are switched off.
    They are given in discovery's order (a set's view keeps it), the order
    the documents are rendered ahead in.
    """
    known = state.current(generator.settings).source_files
    walk = generator.get_files

    def get_files(
        paths: Any, exclude: Any = None, extensions: Any = None
    ) -> AbstractSet[str]:
        if exclude or isinstance(paths, str) or not known.issuperset(paths):
            return walk(paths, exclude=exclude, extensions=extensions)
        return dict.fromkeys(
            path for path in paths if generator._include_path(path, extensions)
        ).keys()

    generator.get_files = get_files


def _skip_unused_stamps(generator: Any) -> None:
    """Spare Pelican's file stamps when its own content cache is off.

    Pelican stamps every file four times a build for that cache, whether it
    is on or not; the read cache replaces it.
    """
    for cacher in (generator, generator.readers):
        # (The static files' generator keeps no cache.)
        if getattr(cacher, "_cache_data_policy", True) or getattr(cacher, "_cache", 1):
            continue
        cacher._filestamp_func = _no_stamp


def _no_stamp(path: str) -> str:
    del path
    return ""

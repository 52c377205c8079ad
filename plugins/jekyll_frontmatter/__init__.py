"""Read Jekyll content as it is: front matter, dates, slugs and permalinks.

Mirrors Jekyll's reading of a site: which files are posts, drafts, pages or
static (``discovery``), YAML front matter (``source``), dates from the front
matter, the file name or git history (``dates``, ``gitdates``), tags and
categories (``taxonomy``), and the URL each document gets from its
``permalink`` or the site's permalink style (``permalinks``). Settings are
listed in ``settings.DEFAULTS`` and the README.
"""

from __future__ import annotations

import logging
from collections.abc import Set as AbstractSet
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import Any

from pelican import signals
from pelican.contents import Content
from pelican.generators import ArticlesGenerator

from jekyll_common.logs import display_path
from jekyll_common.output import newest_first
from jekyll_frontmatter import build, cache_files
from jekyll_frontmatter.clashes import resolve_clashes
from jekyll_frontmatter.fingerprints import may_link_intrasite
from jekyll_frontmatter.kept_documents import keep_documents, stop_collecting
from jekyll_frontmatter.parallel_write import write_articles
from jekyll_frontmatter.prune import OutputListing, prune_output
from jekyll_frontmatter.readahead import read_ahead
from jekyll_frontmatter.reader import JekyllReader
from jekyll_frontmatter.writer import get_writer

logger = logging.getLogger(__name__)


def use_jekyll_reader(readers: Any) -> None:
    """Read every Jekyll document with the Jekyll reader, whatever its extension."""
    other = build.current(readers.settings).discovery.other_pages
    extensions = {PurePosixPath(path).suffix.lstrip(".") for path in other}
    for extension in {*JekyllReader.file_extensions, *extensions}:
        readers.reader_classes[extension] = JekyllReader


def discover_sources(pelican: Any) -> None:
    """Find this build's posts, pages and static files (once per run)."""
    state = build.start_build(pelican.settings)
    state.output_listing = OutputListing(
        Path(pelican.settings["OUTPUT_PATH"]), kept_folders(pelican.settings)
    )
    read_ahead(state, pelican.settings)
    for path in state.discovery.outside_links:
        logger.warning(
            "%s: is a link to outside the content folder; it is not followed.",
            path,
        )
    for path in state.discovery.looping_links:
        logger.warning(
            "%s: is a link that leads round in a loop (to a folder that holds it, "
            "or to itself through other links); it is not followed.",
            path,
        )


def build_folders(settings: dict[str, Any]) -> tuple[str, ...]:
    """Return the output folders the build fills itself: the theme, the search index."""
    return (settings.get("THEME_STATIC_DIR", "theme"), "pagefind")


def kept_folders(settings: dict[str, Any]) -> list[str]:
    """Return the output folders a build never prunes (theme, search index...)."""
    return [*build_folders(settings), *settings.get("OUTPUT_RETENTION", [])]


def stop_rendering_ahead(generators: Any) -> None:
    """Once every document is read, close the pool that rendered them."""
    build.current(generators[0].settings).render_cache.finish()


def report_undated(generators: Any) -> None:
    """Warn once about every post dated from git history or the file's time."""
    settings = generators[0].settings
    state = build.current(settings)
    undated = state.report.undated
    if undated:
        listing = "; ".join(
            f"{path} ({date:%Y-%m-%d}, from {source})" for path, date, source in undated
        )
        logger.warning(
            "%d post(s) have no date in front matter or file name and were dated "
            "from history: %s. Add 'date: YYYY-MM-DD' to fix their dates.",
            len(undated),
            listing,
        )


def order_posts(generator: Any) -> None:
    """Order posts newest first, ties broken by URL, as every list shows them.

    Pelican finds files in no set order and sorts by date alone, so posts
    of one date would change places from one build to the next.
    """
    for name in ("articles", "hidden_articles", "drafts"):
        getattr(generator, name)[:] = newest_first(getattr(generator, name))


def drop_clashing_documents(generator: Any) -> None:
    """Once every document is read, keep one document per output file."""
    resolve_clashes(generator.context, build_folders(generator.settings))


def share_state(generator: Any) -> None:
    """Make the build state visible in the context the writer sees."""
    generator.context[build.STATE_KEY] = build.current(generator.settings)


def take_discovered_files(generator: Any) -> None:
    """Give the generator the files discovery found, without looking again.

    Its paths are discovery's files (``build.start_build``); Pelican would
    check each one on disk, and once more for readers that are switched off.
    They are given in discovery's order (a set's view keeps it), the order
    the documents are rendered ahead in (``readahead``).
    """
    found = build.current(generator.settings).discovery
    known = frozenset(
        chain(found.posts, found.drafts, found.pages, found.static,
              *found.documents.values())
    )  # fmt: skip
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


def skip_unused_stamps(generator: Any) -> None:
    """Spare Pelican's file stamps when its own content cache is off.

    Pelican stamps every file four times a build for that cache, whether it
    is on or not; this site's read cache replaces it (``read_cache``).
    """
    for cacher in (generator, generator.readers):
        # (The static files' generator keeps no cache.)
        if getattr(cacher, "_cache_data_policy", True) or getattr(cacher, "_cache", 1):
            continue
        cacher._filestamp_func = _no_stamp


def _no_stamp(path: str) -> str:
    del path
    return ""


def count_written(path: str, context: Any = None) -> None:
    """Count each file Pelican writes, for the summary."""
    del path
    if context is not None and build.STATE_KEY in context:
        context[build.STATE_KEY].report.pages_written += 1


def summarise(pelican: Any) -> None:
    """Log the one-line account of the build."""
    state = pelican.settings.get(build.STATE_KEY)
    if state is not None:
        state.render_cache.save()
        state.read_cache.save()
        if state.pages is not None:
            state.pages.save()
            state.report.pages_unchanged = state.pages.unchanged_count
        _keep_cache_in_bounds(pelican.settings, state)
        output = Path(pelican.settings["OUTPUT_PATH"])
        keep = [*state.written_files, *(output / p for p in state.discovery.static)]
        state.report.pages_removed = prune_output(
            output, keep, kept_folders(pelican.settings), state.output_listing
        )
        logger.info("Build: %s.", state.report.summary())


def _keep_cache_in_bounds(settings: Any, state: build.BuildState) -> None:
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
    limit = settings.get("JEKYLL_CACHE_MAX_MB", cache_files.DEFAULT_MAX_MB)
    cache_files.evict(folder, int(limit * 1024 * 1024), state.now.timestamp())


def _generate_articles(generator: Any, write: Any) -> None:
    """Pelican's generate_articles, in parallel for a large site."""
    if not write_articles(generator, write):
        _SERIAL_GENERATE_ARTICLES(generator, write)


_SERIAL_GENERATE_ARTICLES = ArticlesGenerator.generate_articles


def _static_links(content: Content) -> set[str]:
    """Pelican's ``get_static_links``: only files inside the content folder.

    Pelican copies every file a ``{static}`` or ``{attach}`` link names,
    wherever it is (``{attach}../../etc/hostname`` published it, and
    ``{static}`` could write beside the output folder). A link that leads
    outside the content folder, symbolic links followed, is refused with an
    error naming the document, and nothing is read or written for it. The
    scan is skipped for a text with no link at all.
    """
    if not may_link_intrasite(content, content._content or ""):
        return set()
    links = _PELICAN_STATIC_LINKS(content)
    root = Path(content.settings["PATH"]).resolve()
    inside = set()
    for link in links:
        if (root / link).resolve().is_relative_to(root):
            inside.add(link)
            continue
        logger.error(
            "%s: the link to %r leads outside the content folder; the file was "
            "not copied. Link to a file inside %s.",
            display_path(content.source_path),
            link,
            display_path(root),
        )
    return inside


_PELICAN_STATIC_LINKS = Content.get_static_links


def register() -> None:
    """Connect the plugin to Pelican."""
    # Pelican has no hook around writing the post pages; the method is
    # replaced, and falls back to Pelican's own for small sites.
    ArticlesGenerator.generate_articles = _generate_articles
    # Pelican scans every document for {static} links with a slow pattern.
    Content.get_static_links = _static_links
    signals.readers_init.connect(use_jekyll_reader)
    signals.get_generators.connect(discover_sources)
    signals.all_generators_finalized.connect(report_undated)
    signals.all_generators_finalized.connect(stop_rendering_ahead)
    signals.article_generator_init.connect(share_state)
    for generator_init in (
        signals.article_generator_init,
        signals.page_generator_init,
        signals.static_generator_init,
    ):
        generator_init.connect(skip_unused_stamps)
        generator_init.connect(take_discovered_files)
    signals.article_generator_init.connect(keep_documents)
    signals.page_generator_init.connect(keep_documents)
    signals.article_generator_pretaxonomy.connect(stop_collecting)
    signals.page_generator_finalized.connect(stop_collecting)
    signals.article_generator_pretaxonomy.connect(order_posts)
    signals.page_generator_finalized.connect(drop_clashing_documents)
    signals.get_writer.connect(get_writer)
    signals.content_written.connect(count_written)
    signals.finalized.connect(summarise)

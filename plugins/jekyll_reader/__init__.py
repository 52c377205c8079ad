"""Which files of a Jekyll site are documents, and what each becomes.

Mirrors Jekyll's reading of a site: which files are posts, drafts, pages,
collection documents or static files (``discovery``), YAML front matter
(``source``), dates from the front matter, the file name or git history
(``dates``, ``gitdates``), front-matter defaults (``defaults``), tags and
categories (``taxonomy``), the URL each document gets (``permalinks``),
the files it refers to (``images``, ``references``), two documents on one
URL (``clashes``), and the one reading pipeline that turns a file into
Pelican's metadata (``reader``, ``metadata``, ``readahead``, ``pipeline``).
Its state per build is in ``reading``; its settings in ``settings``.

================================  ========================================
Connected to                      Why
================================  ========================================
``get_generators``                discovery runs once, before any generator
                                  is made, and every new document is
                                  rendered ahead on every core meanwhile
``readers_init``                  every Jekyll document is read by the one
                                  Jekyll reader, whatever its extension
``article_generator_pretaxonomy`` posts are ordered newest first, ties by
                                  URL, before any list is made
``page_generator_finalized``      once every document is read, one document
                                  is kept per output file
``all_generators_finalized``      posts dated from history are named once
``content_object_init``           a collection's other file is placed under
                                  the collection's URL (a lookup: Pelican's
                                  EXTRA_PATH_METADATA is searched whole for
                                  every file); an author (the site's too,
                                  which Pelican gives every file) is known
                                  by Jekyll's slug of the name: Pelican's
                                  drops letters outside ASCII, complaining
================================  ========================================
"""

from __future__ import annotations

import logging
from pathlib import PurePosixPath
from typing import Any

from pelican import signals
from pelican.contents import Static

from jekyll_common.output import newest_first
from jekyll_common.slugs import slugify
from jekyll_engine.prune import build_folders
from jekyll_reader import reading
from jekyll_reader.clashes import resolve_clashes
from jekyll_reader.readahead import read_ahead
from jekyll_reader.reader import JekyllReader

logger = logging.getLogger(__name__)


def use_jekyll_reader(readers: Any) -> None:
    """Read every Jekyll document with the Jekyll reader, whatever its extension."""
    other = reading.current(readers.settings).discovery.other_pages
    extensions = {PurePosixPath(path).suffix.lstrip(".") for path in other}
    for extension in {*JekyllReader.file_extensions, *extensions}:
        readers.reader_classes[extension] = JekyllReader


def discover_sources(pelican: Any) -> None:
    """Find this build's posts, pages and static files (once per run)."""
    state = reading.start_reading(pelican.settings)
    read_ahead(state, pelican.settings)
    for path in state.discovery.outside_links:
        logger.warning(
            "%s: is a link to outside the content folder; it is not followed.",
            path,
        )
    for path in state.discovery.not_posts:
        logger.warning(
            "%s: is not built: Jekyll reads only files named YYYY-MM-DD-title in "
            "_posts/, and this one has no front matter either (a folder's notes). "
            "To publish it, name it so and open it with front matter.",
            path,
        )
    for path in state.discovery.looping_links:
        logger.warning(
            "%s: is a link that leads round in a loop (to a folder that holds it, "
            "or to itself through other links); it is not followed.",
            path,
        )


def report_undated(generators: Any) -> None:
    """Warn once about every post whose file name has no date.

    Jekyll builds no such file; this build does, dated by its front matter,
    else by git history or the file's time (the bundled blog's post).
    """
    undated = reading.current(generators[0].settings).build.report.undated
    if undated:
        listing = "; ".join(
            f"{path} ({date:%Y-%m-%d}, from {source})" for path, date, source in undated
        )
        logger.warning(
            "%d post(s) are named without a date, which Jekyll does not build "
            "as posts; they are built here, dated: %s. Name each "
            "YYYY-MM-DD-title.md, with its date, to have Jekyll build it too.",
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


def place_static(content: Any) -> None:
    """Copy a collection's other file under its URL, a post's beside its page.

    Pelican reads ``save_as`` and ``url`` metadata into these two attributes;
    the place is looked up here, once per file.
    """
    if not isinstance(content, Static):
        return
    try:
        state = reading.current(content.settings)
    except LookupError:
        return  # a file made outside a build of this site
    relpath = content.get_relative_source_path()
    found = state.build.static_places.get(relpath)
    post_files = state.post_files
    if found is None and post_files is not None and relpath in post_files.post_of:
        # Beside its post's page, which the posts read before it placed.
        post = post_files.post_of[relpath]
        if not post_files.pages:  # once a build
            post_files.pages = {
                document.get_relative_source_path(): document.save_as
                for key in ("articles", "hidden_articles", "drafts")
                for document in content._context.get(key) or ()
            }
        if post in post_files.pages:
            found = post_files.place(post, post_files.pages[post])[relpath]
            # Kept there when the build clears what it did not write.
            state.build.static_places[relpath] = found
    if found is not None:
        content.override_save_as = content.override_url = found


def slug_authors(content: Any) -> None:
    """Give each author of a document or file Jekyll's slug of the name."""
    for author in getattr(content, "authors", None) or ():
        author.slug = slugify(author.name) or author.name


def drop_clashing_documents(generator: Any) -> None:
    """Once every document is read, keep one document per output file."""
    resolve_clashes(generator.context, build_folders(generator.settings))


def register() -> None:
    """Connect the reader to Pelican."""
    signals.get_generators.connect(discover_sources)
    signals.readers_init.connect(use_jekyll_reader)
    signals.all_generators_finalized.connect(report_undated)
    signals.article_generator_pretaxonomy.connect(order_posts)
    signals.page_generator_finalized.connect(drop_clashing_documents)
    signals.content_object_init.connect(slug_authors)
    signals.content_object_init.connect(place_static)

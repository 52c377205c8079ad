"""Pelican wiring: archive pages, taxonomy indexes and post navigation."""

from __future__ import annotations

import hashlib
import logging
from itertools import chain
from typing import Any

from pelican.generators import Generator

from jekyll_archives import settings as plugin_settings
from jekyll_archives.archives import (
    Archive,
    ArchivePage,
    date_archives,
    group,
    paginate,
)
from jekyll_archives.navigation import all_related, link_neighbours
from jekyll_common.logs import display_path
from jekyll_common.output import documents, newest_first, reserve
from jekyll_common.paths import url_from_site_root, url_to_output_path
from jekyll_engine import cache_files, state
from jekyll_engine.parallel_write import write_pages

logger = logging.getLogger(__name__)

_TEMPLATES = {"tag": "tag", "category": "category", "author": "author"}
_DATE_TEMPLATE = "period_archives"


def _names(attribute: str) -> Any:
    def names(post: Any) -> list[str]:
        if attribute == "authors" and getattr(post, "author_byline", None):
            return []  # a byline names several people: no archive of its own
        return [item.name for item in getattr(post, attribute, ()) or ()]

    return names


def link_posts(generator: Any) -> None:
    """Give each post its previous, next and related posts."""
    options = plugin_settings.load(generator.settings)
    posts = newest_first(generator.articles)
    link_neighbours(posts)
    ranks = _related_ranks(posts, options.related, generator.settings)
    for post, related_ranks in zip(posts, ranks, strict=True):
        post.related_posts = [posts[rank] for rank in related_ranks]


def _related_ranks(
    posts: list[Any], limit: int, settings: dict[str, Any]
) -> list[list[int]]:
    # Related posts depend on every post's URL and tags alone (and on the
    # code and settings): kept between builds while those stay the same.
    listing = [
        (post.url, sorted({tag.slug for tag in getattr(post, "tags", ()) or ()}))
        for post in posts
    ]
    environment = state.current(settings).read_cache.environment
    stamp = hashlib.blake2b(
        repr((environment, limit, listing)).encode(), digest_size=20
    ).digest()
    path = cache_files.cache_file(settings, "related")
    found = cache_files.load(path, stamp)
    if found is None:
        found = all_related(posts, limit)
        if path is not None:
            cache_files.save(path, stamp, found)
    return found


class ArchiveGenerator(Generator):
    """Writes tag, category and date archives and the tags/categories indexes."""

    def generate_context(self) -> None:
        """Group the posts into archives and reserve their output files."""
        options = plugin_settings.load(self.settings)
        posts = newest_first(self.context.get("articles") or [])
        taken = {d.save_as: d.source_path for d in documents(self.context)}
        self.archives: dict[str, list[Archive]] = {}
        for kind, attribute in (
            ("tag", "tags"),
            ("category", "categories"),
            ("author", "authors"),
        ):
            if kind in options.enabled:
                self.archives[kind] = self._taxonomy(posts, kind, attribute, options)
        for kind in ("year", "month", "day"):
            if kind in options.enabled:
                found = date_archives(posts, kind, options.urls[kind])
                self.archives[kind] = sorted(found.values(), key=lambda a: a.slug)
        self.pages = self._pages(options, taken)
        self.indexes = [
            (url, kind, template)
            for url, kind, template in (
                (options.tags_index, "tag", "tags"),
                (options.categories_index, "category", "categories"),
            )
            if self.archives.get(kind) and url_to_output_path(url) not in taken
        ]
        for page in self.pages:
            reserve(self.context, page.save_as, f"the {page.archive.kind} archive")
        for url, kind, _ in self.indexes:
            reserve(self.context, url_to_output_path(url), f"the {kind} index")
        self.context["tag_archives"] = self.archives.get("tag", [])
        # For links on every page: a URL, not the archives (a page naming
        # the archives is rendered again whenever any post changes).
        self.context["tags_index_url"] = next(
            (url_from_site_root(url) for url, kind, _ in self.indexes if kind == "tag"),
            None,
        )
        self.context["category_archives"] = self.archives.get("category", [])
        self.context["archive_pages"] = self.pages

    def _taxonomy(
        self, posts: list[Any], kind: str, attribute: str, options: Any
    ) -> list[Archive]:
        """Return the archives of one taxonomy; name the names that get none."""
        refused: dict[str, tuple[str, list[Any]]] = {}
        grouped = group(posts, kind, _names(attribute), options.urls[kind], refused)
        for name, (reason, members) in refused.items():
            logger.warning(
                "%s: the %s %r gets no archive page: its URL %s; its posts show "
                "it without a link.",
                ", ".join(display_path(p.source_path) for p in members),
                kind,
                name,
                reason,
            )
        self._report_shared_slugs(grouped.values())
        self._link_taxonomy(posts, attribute, grouped)
        return sorted(grouped.values(), key=lambda a: a.slug)

    def _pages(self, options: Any, taken: dict[str, str]) -> list[ArchivePage]:
        """Return every archive's pages but those whose file a document takes."""
        pages: list[ArchivePage] = []
        for archive in chain.from_iterable(self.archives.values()):
            for page in paginate(archive, options.per_page, options.page_url):
                if page.save_as in taken:
                    # Only archives the site asked for are missed; the
                    # theme's own give way to its pages, as Jekyll shows them.
                    logger.log(
                        logging.WARNING if options.asked else logging.INFO,
                        "%s archive %s would replace %s; the page is kept and the "
                        "archive page is not written.",
                        archive.kind,
                        page.url,
                        display_path(taken[page.save_as]),
                    )
                    continue
                pages.append(page)
        return pages

    def _report_shared_slugs(self, archives: Any) -> None:
        for archive in archives:
            if len(archive.names) > 1:
                logger.warning(
                    "%s names %s share the slug %r and so one archive page, %s; "
                    "use one spelling in the front matter to silence this.",
                    archive.kind,
                    ", ".join(repr(n) for n in archive.names),
                    archive.slug,
                    archive.url,
                )

    def _link_taxonomy(self, posts: Any, attribute: str, grouped: dict) -> None:
        by_name = {name: a for a in grouped.values() for name in a.names}
        for post in posts:
            for item in getattr(post, attribute, ()) or ():
                archive = by_name.get(item.name)
                if archive is not None:
                    item.archive_url = url_from_site_root(archive.url)

    def generate_output(self, writer: Any) -> None:
        """Write every archive page and the taxonomy indexes."""
        jobs = [
            (
                page.save_as,
                self.get_template(_TEMPLATES.get(page.archive.kind, _DATE_TEMPLATE)),
                {
                    "archive": page.archive,
                    "archive_page": page,
                    "url": url_from_site_root(page.url),
                },
            )
            for page in self.pages
        ]
        write_pages(writer, self.context, jobs)
        for url, kind, template in self.indexes:
            writer.write_file(
                url_to_output_path(url),
                self.get_template(template),
                self.context,
                archives=self.archives[kind],
                url=url_from_site_root(url),
            )

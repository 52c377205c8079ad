"""Pelican wiring: the site feed and per-tag and per-category feeds."""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import replace
from functools import partial
from typing import Any

from pelican.generators import Generator

from jekyll_common.errors import UnsafePathError
from jekyll_common.output import (
    absolute_base,
    document_outputs,
    newest_first,
    reserve,
    write_made,
)
from jekyll_common.paths import check_url_path, url_to_output_path
from jekyll_common.slugs import slugify
from jekyll_feed import settings as plugin_settings
from jekyll_feed.atom import (
    Entry,
    Feed,
    entry_xml,
    jekyll_post_id,
    render,
    xml_characters,
)

logger = logging.getLogger(__name__)

# `updated` of a feed with no entries and no documents: fixed, so two builds
# of the same content are identical.
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _absolute(base: str, url: str) -> str:
    return url if "://" in url else f"{base}/{url.lstrip('/')}"


def _last_change(document: Any) -> dt.datetime:
    return (
        getattr(document, "modified", None) or getattr(document, "date", None) or EPOCH
    )


def entry_of(post: Any, base: str, site_author: str | None) -> Entry:
    """Return the feed entry of a post."""
    url = _absolute(base, post.url)
    author = getattr(post, "author", None)
    image = getattr(post, "header_image", None)
    names = [t.name for t in getattr(post, "tags", ())]
    names += [c.name for c in getattr(post, "categories", ())]
    return Entry(
        id=_absolute(base, jekyll_post_id("/" + post.url, post.slug)),
        title=html.escape(post.title, quote=False),
        url=url,
        published=post.date,
        updated=getattr(post, "modified", None) or post.date,
        content_html=post.content,
        summary_html=getattr(post, "excerpt", "") or "",
        author=str(author) if author else site_author,
        categories=list(dict.fromkeys(names)),
        image=_absolute(base, image.url) if image else None,
    )


class FeedGenerator(Generator):
    """Writes /feed.xml and one feed per tag and per category."""

    def generate_context(self) -> None:
        """Decide which feeds to write and reserve their files."""
        options = plugin_settings.load(self.settings)
        posts = newest_first(self.context.get("articles") or [])
        self.feeds: list[tuple[str, str, list[Any]]] = [
            (check_url_path(options.path), "", posts)
        ]
        for template, attribute in (
            (options.tag_path, "tags"),
            (options.category_path, "categories"),
        ):
            if template:
                self.feeds += self._grouped(posts, template, attribute)
        self.limit = options.limit
        # Each post's entry, and its XML, made once however many feeds list it.
        self.entries: dict[int, tuple[Entry, str]] = {}
        taken = document_outputs(self.context)
        self.feeds = [
            feed
            for feed in self.feeds
            if url_to_output_path(feed[0], ".xml") not in taken
        ]
        for path, _, _ in self.feeds:
            reserve(self.context, url_to_output_path(path, ".xml"), "a feed")
        self.context["feed_path"] = options.path

    def _grouped(
        self, posts: list[Any], template: str, attribute: str
    ) -> list[tuple[str, str, list[Any]]]:
        groups: dict[str, tuple[str, list[Any]]] = {}
        for post in posts:
            for item in getattr(post, attribute, ()) or ():
                slug = slugify(item.name)
                if slug:
                    groups.setdefault(slug, (item.name, []))[1].append(post)
        feeds = []
        for slug, (name, members) in sorted(groups.items()):
            try:
                feeds.append(
                    (check_url_path(template.replace(":name", slug)), name, members)
                )
            except UnsafePathError as error:  # the archive says so, by file
                logger.info("no feed for %r: its path %s", name, error)
        return feeds

    def generate_output(self, writer: Any) -> None:
        """Write every feed."""
        base = absolute_base(self.settings)
        documents = list(self.context.get("articles") or []) + list(
            self.context.get("pages") or []
        )
        epoch = max((_last_change(d) for d in documents), default=EPOCH)
        for path, name, posts in self.feeds:
            entries = posts[: self.limit]
            # The settings and this code are in every fingerprint; ``epoch``
            # shows only in a feed without entries.
            inputs = (path, name, entries or epoch)
            make = partial(self._feed_text, base, path, name, entries, epoch)
            write_made(writer, url_to_output_path(path, ".xml"), inputs, make)

    def _entry(
        self, post: Any, base: str, site_author: str | None
    ) -> tuple[Entry, str]:
        """Return a post's entry and its XML, made once however many feeds list it."""
        found = self.entries.get(id(post))
        if found is None:
            entry = _xml_entry(entry_of(post, base, site_author), post)
            found = self.entries[id(post)] = (entry, entry_xml(entry))
        return found

    def _feed_text(
        self, base: str, path: str, name: str, entries: list[Any], epoch: dt.datetime
    ) -> str:
        title = str(self.settings.get("SITENAME", ""))
        site_author = self.settings.get("AUTHOR")
        made = [self._entry(p, base, site_author) for p in entries]
        # The entries hold no character XML forbids (``_xml_entry``): the
        # feed's own text is checked.
        title, in_title = xml_characters(
            html.escape(f"{title}: {name}" if name else title, quote=False)
        )
        subtitle = (self.settings.get("JEKYLL_SITE") or {}).get("description")
        subtitle, in_subtitle = _cleaned(subtitle)
        author, in_author = _cleaned(site_author)
        feed = Feed(
            title=title,
            feed_url=_absolute(base, path),
            site_url=base,
            author=author,
            entries=[entry for entry, _ in made],
            subtitle=subtitle,
        )
        if dropped := in_title + in_subtitle + in_author:
            logger.warning(
                "%s: %d characters XML forbids (NUL, control characters) were left "
                "out of the feed; remove them from the titles and texts of its posts.",
                path,
                dropped,
            )
        return render(feed, epoch, [text for _, text in made])


def _cleaned(text: Any) -> tuple[Any, int]:
    """Return a text without the characters XML forbids, and how many went."""
    return xml_characters(text) if isinstance(text, str) else (text, 0)


def _xml_entry(entry: Entry, post: Any) -> Entry:
    """Return ``entry`` without the characters XML forbids, naming its post once.

    Jekyll's feed would hold them, and feed readers reject such a feed
    whole; they are left out of the feed (the page keeps them).
    """
    title, in_title = xml_characters(entry.title)
    content, in_content = xml_characters(entry.content_html)
    summary, in_summary = xml_characters(entry.summary_html)
    dropped = in_title + max(in_content, in_summary)  # the excerpt repeats the text
    if dropped:
        logger.warning(
            "%s: %d %s XML forbids (NUL, control characters) left out of the "
            "feeds listing this post; remove them from its title and text.",
            getattr(post, "source_path", None) or post.url,
            dropped,
            "character" if dropped == 1 else "characters",
        )
    return replace(entry, title=title, content_html=content, summary_html=summary)

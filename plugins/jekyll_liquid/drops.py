"""What content Liquid sees of the site: Jekyll's ``site`` and its documents.

``site`` holds the settings of ``_config.yml`` and the data of ``_data/`` at
once; its lists of documents (``site.posts``, ``site.pages``, a collection,
``site.tags``...) are made from the reader's catalogue the first time a
template asks, so a site whose content never loops over them pays nothing.
A document's ``content`` and ``excerpt`` are rendered only when read.
Drops are mappings: Liquid reads their keys, never Python attributes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from pathlib import PurePosixPath
from typing import Any, Protocol

from jekyll_common.ruby_time import ruby_time
from jekyll_liquid.github_metadata import github_namespace
from jekyll_reader.catalogue import Catalogue, Entry
from jekyll_reader.titles import titleize


class Bodies(Protocol):
    """What renders a document: its content and excerpt, its output."""

    def body_of(self, drop: DocumentDrop) -> tuple[str, str]:
        """Return the content HTML and the excerpt HTML."""

    def output_of(self, drop: DocumentDrop) -> str:
        """Return the content in the document's own layouts."""


class DocumentDrop(Mapping[str, Any]):
    """One document as Liquid sees it: its front matter and Jekyll's fields."""

    def __init__(
        self,
        entry: Entry,
        bodies: Bodies,
        collection: str | None,
        now: dt.datetime | None = None,
    ) -> None:
        self.entry = entry
        self._bodies = bodies
        placed = entry.placed
        fields = placed.fields
        relpath = entry.relpath
        path = PurePosixPath(relpath)
        title = fields.title
        if title is None and collection is not None:
            title = titleize(fields.slug)
        self._own: dict[str, Any] = {
            **placed.data,
            "title": title,
            "url": fields.url,
            "path": relpath,
            "relative_path": relpath,
            # A document's own `name` is Jekyll's (a staff member's); a page's
            # is its file's.
            "name": (collection is not None and placed.data.get("name")) or path.name,
            "basename": path.stem,
            "ext": path.suffix,
            "slug": fields.slug,
            # An undated document of a collection is dated when the site is
            # built, as Jekyll dates it (site.time).
            "date": ruby_time(fields.date or (now if collection else None)),
            "tags": fields.tags,
            "categories": fields.categories,
            "collection": collection,
            "id": fields.url.removesuffix("/").removesuffix(".html")
            if collection
            else None,
            "draft": placed.source.kind == "draft",
            "output_ext": ".html",
        }
        self.neighbours: tuple[DocumentDrop | None, DocumentDrop | None] = (None, None)

    def _lazy(self, key: str) -> Any:
        if key == "output":
            return self._bodies.output_of(self)
        if key in ("content", "excerpt", "excerpt_html"):
            content, excerpt = self._bodies.body_of(self)
            if key == "excerpt_html":
                # This theme's includes: the excerpt as HTML, a front-matter
                # one as its text (Jekyll's `excerpt` gives it as written).
                return excerpt
            if key == "excerpt":
                # Jekyll gives pages no excerpt; front matter may set one.
                return excerpt if self._own["collection"] else self._own.get("excerpt")
            return content
        if key == "previous":
            return self.neighbours[0]
        if key == "next":
            return self.neighbours[1]
        raise KeyError(key)

    def __getitem__(self, key: str) -> Any:
        if key in self._own:
            return self._own[key]
        return self._lazy(key)

    def __iter__(self) -> Iterator[str]:
        yield from self._own
        yield from ("content", "excerpt", "previous", "next")

    def __len__(self) -> int:
        return len(self._own) + 4

    def __str__(self) -> str:
        # Jekyll shows a document as its output: its content in its layouts.
        return str(self["output"])

    def plain(self) -> dict[str, Any]:
        """Return the document as JSON shows it; neighbours by path and URL only.

        As Jekyll's ``hash_for_json`` collapses ``previous`` and ``next``.
        """
        found = {**self._own, "content": self["content"], "excerpt": self["excerpt"]}
        for key, neighbour in zip(("previous", "next"), self.neighbours, strict=True):
            found[key] = neighbour and {
                "path": neighbour.entry.relpath,
                "url": neighbour["url"],
                "title": neighbour["title"],
            }
        return found


def _by_name(posts: list[DocumentDrop], key: str) -> dict[str, list[DocumentDrop]]:
    found: dict[str, list[DocumentDrop]] = {}
    for post in posts:
        for name in post[key] or ():
            found.setdefault(str(name), []).append(post)
    return found


class SiteDrop(Mapping[str, Any]):
    """Jekyll's ``site``: settings and data now, documents when first asked."""

    DOCUMENT_KEYS = frozenset(
        {
            "posts",
            "pages",
            "html_pages",
            "documents",
            "collections",
            "tags",
            "categories",
            "static_files",
            "related_posts",
        }
    )

    def __init__(
        self,
        settings: Mapping[str, Any],
        catalogue: Callable[[], Catalogue],
        bodies: Bodies,
        now: dt.datetime,
        generated: Callable[[], list[Mapping[str, Any]]] = list,
    ) -> None:
        self._settings = {**settings, "time": ruby_time(now)}
        if (github := github_namespace(settings)) is not None:
            self._settings["github"] = github
        self._catalogue = catalogue
        self._bodies = bodies
        # The pages Jekyll's plugins add to site.pages (redirects, archives...).
        self._generated = generated

    @cached_property
    def _documents(self) -> dict[str, Any]:
        made = self._catalogue()
        now = self._settings["time"]
        collections = {
            label: [DocumentDrop(e, self._bodies, label, now) for e in entries]
            for label, entries in made.collections.items()
        }
        oldest_first = collections["posts"]
        for i, post in enumerate(oldest_first):
            before = oldest_first[i - 1] if i else None
            after = oldest_first[i + 1] if i + 1 < len(oldest_first) else None
            post.neighbours = (before, after)
        posts = list(reversed(oldest_first))
        pages: list[Any] = [DocumentDrop(e, self._bodies, None) for e in made.pages]
        pages += self._generated()
        labels = self._settings.get("collections") or {}
        return {
            "posts": posts,
            "pages": pages,
            "html_pages": [p for p in pages if str(p["url"]).endswith(("/", ".html"))],
            "documents": [d for docs in collections.values() for d in docs],
            # Jekyll lists the collections by label, posts among them.
            "collections": [
                _collection(label, collections[label], labels)
                for label in sorted(collections)
            ],
            "tags": _by_name(posts, "tags"),
            "categories": _by_name(posts, "categories"),
            "static_files": [_static_file(p) for p in made.static_files],
            "related_posts": posts[:10],
            **{label: docs for label, docs in collections.items() if label != "posts"},
        }

    def _is_collection(self, key: str) -> bool:
        labels = self._settings.get("collections") or {}
        return isinstance(labels, Mapping | list) and key in labels

    def __getitem__(self, key: str) -> Any:
        if key in self.DOCUMENT_KEYS or (
            key not in self._settings and self._is_collection(key)
        ):
            return self._documents[key]
        return self._settings[key]

    def __iter__(self) -> Iterator[str]:
        yield from self._settings
        yield from self.DOCUMENT_KEYS

    def __len__(self) -> int:
        return len(self._settings) + len(self.DOCUMENT_KEYS)

    def __str__(self) -> str:
        return json.dumps(self.plain(), default=str, ensure_ascii=False, indent=2)

    def plain(self) -> dict[str, Any]:
        """Return the site as JSON shows it.

        Its settings and data, and each document by path, URL and title:
        every body in it would make each page that prints the site as large
        as the site.
        """
        found = {key: self._settings[key] for key in self._settings}
        for key in ("posts", "pages", "documents"):
            found[key] = [
                {"path": d["path"], "url": d["url"], "title": d["title"]}
                for d in self._documents[key]
                if isinstance(d, DocumentDrop)
            ]
        found["static_files"] = self._documents["static_files"]
        return found


def _collection(label: str, docs: list[DocumentDrop], settings: Any) -> dict[str, Any]:
    own = settings.get(label) if isinstance(settings, Mapping) else None
    own = own if isinstance(own, Mapping) else {}
    return {
        **own,
        "label": label,
        "docs": docs,
        "files": [],
        "output": bool(own.get("output", label == "posts")),
        "relative_directory": f"_{label}",
        "directory": f"_{label}",
    }


def _static_file(relpath: str) -> dict[str, Any]:
    path = PurePosixPath(relpath)
    return {
        "path": f"/{relpath}",
        "relative_path": f"/{relpath}",
        "name": path.name,
        "basename": path.stem,
        "extname": path.suffix,
        "collection": None,
    }

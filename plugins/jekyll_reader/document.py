"""From one Jekyll source file to the fields of a built document.

Pure logic, no Pelican: the front matter and path of a file become its
title, dates, slug, tags, categories, status, template and URL, following
Jekyll's rules (documented in the README's front-matter table).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from jekyll_common.errors import ContentError, UnsafePathError
from jekyll_common.paths import check_url_path, url_to_output_path
from jekyll_common.site import Collection, SiteSettings
from jekyll_reader import permalinks
from jekyll_reader.dates import parse_date, split_dated_name
from jekyll_reader.discovery import HTML_EXTENSIONS
from jekyll_reader.gitdates import CommitDates
from jekyll_reader.images import is_external
from jekyll_reader.kinds import POST_KINDS, output_extension
from jekyll_reader.settings import ReaderOptions
from jekyll_reader.taxonomy import categories_of, tags_of

# Kinds whose file name may carry a date (Jekyll's read_post_data).
DATED_KINDS = frozenset({"post", "draft", "document"})
POST_FOLDERS = frozenset({"_posts", "_drafts"})


@dataclass(frozen=True, slots=True)
class SourceFile:
    """Where a document comes from and what the file system knows of it."""

    relpath: str
    kind: str  # "post", "draft", "page" or "document" (of a collection)
    mtime: dt.datetime
    commits: CommitDates | None = None
    collection: Collection | None = None


@dataclass(slots=True)
class DocumentFields:
    """What the build needs to know of a document, before rendering."""

    title: str | None
    date: dt.datetime | None
    date_source: str
    modified: dt.datetime
    slug: str
    tags: list[str]
    categories: list[str]
    url: str
    save_as: str
    layout: str | None
    skip_reason: str | None = None
    collection: str | None = None  # its collection's label, "posts" for a post


def named_without_date(kind: str, relpath: str) -> bool:
    """Return whether a post's file name lacks its date: Jekyll skips such a file."""
    stem = PurePosixPath(relpath).stem
    return kind == "post" and split_dated_name(stem, None)[0] is None


def _document_date(
    data: dict[str, Any], source: SourceFile, name_date: dt.datetime | None, tz: Any
) -> tuple[dt.datetime | None, str]:
    if data.get("date") is not None:
        return _parse_key(data, "date", tz), "front matter"
    if source.kind not in DATED_KINDS:
        return None, "none"
    if name_date is not None:
        return name_date, "file name"
    if source.kind == "document":
        return None, "none"
    if source.commits is not None:
        return source.commits.first.astimezone(tz), "git"
    return source.mtime.astimezone(tz), "file time"


def _parse_key(data: dict[str, Any], key: str, tz: Any) -> dt.datetime:
    try:
        return parse_date(data[key], tz)
    except ContentError as error:
        raise ContentError(f"{key}: {error.message}", key=key) from None


def _modified(data: dict[str, Any], source: SourceFile, tz: Any) -> dt.datetime:
    for key in ("last_modified_at", "modified"):
        if data.get(key) is not None:
            return _parse_key(data, key, tz)
    if source.commits is not None:
        return source.commits.last.astimezone(tz)
    return source.mtime.astimezone(tz)


def _root_placed(pages_dirs: tuple[str, ...], site: SiteSettings) -> tuple[str, ...]:
    """Return the pages folders whose pages are placed as if at the site root.

    A folder the site names in ``include:`` is read by Jekyll as any other
    folder: its pages keep it in their URL (``/_pages/name/``).
    """
    included = {str(name).strip("/") for name in site.include}
    return tuple(folder for folder in pages_dirs if folder not in included)


def _page_path(relpath: str, pages_dirs: tuple[str, ...]) -> str:
    parent = PurePosixPath(relpath).parent
    if parent.parts and parent.parts[0] in pages_dirs:
        parent = (
            PurePosixPath(*parent.parts[1:])
            if len(parent.parts) > 1
            else PurePosixPath()
        )
    return "" if str(parent) == "." else str(parent)


def _url_template(
    data: dict[str, Any],
    source: SourceFile,
    site: SiteSettings,
    stem: str,
    output_ext: str,
) -> str:
    permalink = data.get("permalink")
    if permalink is not None and str(permalink).strip():
        # Jekyll would squeeze "//host" into "/host"; a URL of another site
        # here is a mistake worth reporting, not a path.
        if is_external(str(permalink).strip()):
            raise ContentError(
                f"permalink {permalink!r} is not a path on this site; use a path "
                "such as /about/",
                key="permalink",
            )
        return str(permalink).strip()
    if source.kind in POST_KINDS:
        return permalinks.style_template(site.posts_permalink or site.permalink)
    if source.collection is not None:
        return permalinks.collection_template(
            source.collection.permalink, site.permalink
        )
    return permalinks.page_template(
        site.permalink, is_index=stem == "index", is_html=output_ext in HTML_EXTENSIONS
    )


def _post_folders(path: PurePosixPath) -> list[str]:
    """Return the folders above a post's ``_posts/`` (or ``_drafts/``).

    Its categories, as Jekyll's ``categories_from_path`` reads them: the
    folders a post sits in below ``_posts/`` name none.
    """
    folders = path.parts[:-1]
    for at, folder in enumerate(folders):
        if folder in ("_posts", "_drafts"):
            folders = folders[:at]
            break
    return [folder for folder in folders if not folder.startswith("_")]


def document_fields(
    data: dict[str, Any],
    source: SourceFile,
    site: SiteSettings,
    options: ReaderOptions,
    now: dt.datetime,
) -> DocumentFields:
    """Return the fields of a document from its front matter and source.

    Raises ContentError for a value the build cannot use (a bad date, a
    permalink that is unsafe or uses an unknown placeholder).
    """
    path = PurePosixPath(source.relpath)
    stem = path.stem
    output_ext = output_extension(path.suffix)
    name_date, name_slug = (
        split_dated_name(stem, site.timezone)
        if source.kind in POST_KINDS
        else (None, stem)
    )
    name_slug = name_slug.rstrip(".")
    date, date_source = _document_date(data, source, name_date, site.timezone)
    slug = str(data["slug"]) if data.get("slug") is not None else name_slug
    categories = categories_of(
        data, _post_folders(path) if source.kind in POST_KINDS else ()
    )
    template = _url_template(data, source, site, stem, output_ext)
    placeholders = _placeholders(
        source, site, options, name_slug, slug, (date, now), categories
    )
    post_label = "posts" if source.kind in POST_KINDS else None
    is_document = post_label is not None or source.collection is not None
    url, save_as = _place(data, template, placeholders, output_ext, is_document)
    title = data.get("title")
    return DocumentFields(
        title=str(title) if title is not None and str(title).strip() else None,
        date=date,
        date_source=date_source,
        modified=_modified(data, source, site.timezone),
        slug=slug,
        tags=tags_of(data),
        categories=categories,
        url=url,
        collection=source.collection.label if source.collection else post_label,
        save_as=save_as,
        layout=str(data["layout"]) if data.get("layout") else None,
        skip_reason=_skip_reason(data, source, site, date, now),
    )


def _placeholders(
    source: SourceFile,
    site: SiteSettings,
    options: ReaderOptions,
    name_slug: str,
    slug: str,
    dates: tuple[dt.datetime | None, dt.datetime],
    categories: list[str],
) -> dict[str, str]:
    """Return the values of a document's permalink placeholders, by its kind.

    ``dates`` are the document's and the build's: an undated collection
    document takes the build's, as Jekyll's do.
    """
    date, now = dates
    path = PurePosixPath(source.relpath)
    output_ext = output_extension(path.suffix)
    if source.kind in POST_KINDS:
        return permalinks.document_placeholders(
            basename=name_slug, slug=slug, date=date, categories=categories,
            output_ext=output_ext,
        )  # fmt: skip
    if source.collection is not None:
        within = path.relative_to(source.collection.folder(site.collections_dir))
        return permalinks.document_placeholders(
            basename=name_slug, slug=slug, date=date or now, categories=categories,
            output_ext=output_ext, collection=source.collection.label,
            path="/" + within.with_suffix("").as_posix(),
        )  # fmt: skip
    return {
        "path": _page_path(source.relpath, _root_placed(options.pages_dirs, site)),
        "basename": path.stem,
        "output_ext": output_ext,
    }


def _place(
    data: dict[str, Any],
    template: str,
    placeholders: dict[str, str],
    output_ext: str,
    is_document: bool,
) -> tuple[str, str]:
    """Return a document's URL and output file; an unusable permalink is an error.

    At a folder's address, a post or collection document is ``index.html``
    whatever it is (a license's ``.txt``), a page ``index`` with its own extension.
    """
    own = data.get("permalink")
    permalink_key = "permalink" if own else None
    if isinstance(own, str) and not own.endswith("/"):
        # Jekyll writes the file its own permalink names (``/data.json`` of
        # a ``.liquid`` page, ``/atom.xml`` of a Markdown one).
        output_ext = PurePosixPath(own).suffix or output_ext
    try:
        url = check_url_path(permalinks.expand(template, placeholders))
        if is_document and url.endswith("/"):
            output_ext = ".html"
        return url, url_to_output_path(url, output_ext)
    except UnsafePathError as error:
        raise ContentError(
            f"permalink {template!r} {error}; use a path such as /about/",
            key=permalink_key,
        ) from None
    except ContentError as error:
        raise ContentError(error.message, key=permalink_key) from None


def _skip_reason(
    data: dict[str, Any],
    source: SourceFile,
    site: SiteSettings,
    date: dt.datetime | None,
    now: dt.datetime,
) -> str | None:
    """Return why a document is not built (unpublished, dated later), or None."""
    published = data.get("published", True)
    unpublished = published is False or ("published" in data and published is None)
    if unpublished and not site.unpublished:
        return "published: false"
    if (
        source.kind in POST_KINDS
        and not site.future
        and date is not None
        and date > now
    ):
        return f"dated in the future ({date.isoformat()}); build with future on"
    return None

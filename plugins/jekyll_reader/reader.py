"""The Pelican reader for Jekyll documents (Markdown and HTML with front matter).

One reading pipeline: decode, split the front matter, map it (document.py),
render Markdown the kramdown way, apply typography once, and hand Pelican
its metadata. A file that cannot be built is logged with its path and line
and skipped; the rest of the site still builds.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import cached_property, partial
from pathlib import Path, PurePosixPath
from typing import Any

from pelican.contents import Article, Page
from pelican.readers import BaseReader
from pelican.urlwrappers import Author, Category, Tag

from jekyll_common.errors import ContentError
from jekyll_common.logs import Collected, display_path, replay
from jekyll_common.paths import url_from_site_root, within_site
from jekyll_engine.read_cache import (
    ReadEntry,
    decode_metadata,
    encode_metadata,
    may_hold_liquid,
)
from jekyll_engine.state import shared_wrapper
from jekyll_markdown.prepared import (
    RenderedBody,
    cache_key,
    excerpt_text_of,
    render_body,
)
from jekyll_markdown.render import make_markdown
from jekyll_markdown.typography import typographic_text
from jekyll_reader import reading
from jekyll_reader.discovery import MARKDOWN_EXTENSIONS
from jekyll_reader.document import (
    DocumentFields,
    SourceFile,
    classify,
    document_fields,
    output_extension,
    template_for,
    titleize,
)
from jekyll_reader.images import (
    HeaderImage,
    enrich_images,
    file_size,
    image_value,
    resolve_local,
)
from jekyll_reader.pipeline import DocumentBody, document_body
from jekyll_reader.readahead import source_of
from jekyll_reader.reading import Reading
from jekyll_reader.source import decode

logger = logging.getLogger(__name__)

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
# Front-matter keys the reader maps itself; never copied as-is.
_MAPPED_KEYS = frozenset(
    {"title", "date", "slug", "tags", "tag", "categories", "category", "author",
     "layout", "published", "permalink", "modified", "last_modified_at"}
)  # fmt: skip
# The template that writes a page's content alone (no layout).
RAW_TEMPLATE = "raw"
_RESERVED = frozenset(dir(Article)) | frozenset(dir(Page)) | {"metadata", "settings"}


class JekyllReader(BaseReader):
    """Reads Jekyll-style Markdown and HTML documents."""

    enabled = True
    file_extensions = [ext.lstrip(".") for ext in MARKDOWN_EXTENSIONS] + ["html", "htm"]

    @cached_property
    def _markdown(self) -> Any:
        # Made when first needed: Pelican makes a reader per extension and
        # generator, and a warm build renders few documents.
        return make_markdown(self.settings.get("MARKDOWN") or {})

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Return the HTML content and Pelican metadata of one source file."""
        state = reading.current(self.settings)
        path = Path(source_path)
        relpath = _relative_source(path, state.source)
        if not state.build.read_cache.enabled:
            return self._read_or_report(path, relpath, state)
        key = state.files.key(relpath)
        cached = state.build.read_cache.get(relpath, key)
        if cached is not None:
            replay(cached.messages)
            state.build.report.built[cached.kind] += 1
            state.build.report.missing_files.extend(cached.missing_files)
            return cached.content, decode_metadata(cached.metadata, self._rewrap)
        collected = Collected()
        missing_before = len(state.build.report.missing_files)
        layouts_before = len(state.warned_layouts)
        root = logging.getLogger()
        root.addHandler(collected)
        try:
            content, metadata = self._read_or_report(path, relpath, state)
        finally:
            root.removeHandler(collected)
        # What reading this file alone decides is kept; see read_cache.
        if (
            metadata.get("status") != "skip"
            and metadata.get("date_source") not in ("git", "file time")
            and len(state.warned_layouts) == layouts_before
            and not may_hold_liquid(path)
        ):
            state.build.read_cache.put(
                relpath,
                ReadEntry(
                    key=key,
                    kind=metadata["source_kind"],
                    content=content,
                    metadata=encode_metadata(metadata),
                    messages=tuple(collected.records),
                    missing_files=tuple(
                        state.build.report.missing_files[missing_before:]
                    ),
                ),
            )
        return content, metadata

    def _read_or_report(
        self, path: Path, relpath: str, state: Reading
    ) -> tuple[str, dict[str, Any]]:
        shown = display_path(path)
        try:
            return self._read(path, relpath, shown, state)
        except ContentError as error:
            logger.error(
                "%s: %s. The file was skipped; fix it and build again.",
                error.where(shown),
                error.message,
            )
            state.build.report.skipped.append((relpath, error.message))
            return "", {"status": "skip"}
        except Exception as error:
            reason = f"{type(error).__name__}: {error}"
            logger.error(
                "%s: could not be built (%s). The file was skipped; fix it and "
                "build again (invoke build --debug shows the traceback).",
                shown,
                reason,
                exc_info=bool(self.settings.get("DEBUG")),
            )
            state.build.report.skipped.append((relpath, reason))
            return "", {"status": "skip"}

    def _rewrap(self, key: str, name: str) -> Any:
        if key == "author":
            return Author(name, self.settings)
        return self._wrap(Tag if key == "tags" else Category, name)

    def _read(
        self, path: Path, relpath: str, shown: str, state: Reading
    ) -> tuple[str, dict[str, Any]]:
        notes, document = source_of(state, relpath, path)
        for note in [*notes, *document.notes]:
            logger.warning("%s: %s.", shown, note)
        kind, collection, data = classify(
            relpath, document.front_matter, state.site, state.options.pages_dirs
        )
        state.build.report.count_keys(kind, document.front_matter)
        source = SourceFile(
            relpath=relpath,
            kind=kind,
            mtime=dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC),
            commits=state.files.commits(relpath),
            collection=collection,
        )
        try:
            fields = document_fields(
                data, source, state.site, state.options, state.build.now
            )
        except ContentError as error:
            line = _key_line(path, error.key) if error.key else None
            raise ContentError(error.message, line=line) from None
        if fields.skip_reason:
            logger.info("%s: not built: %s.", shown, fields.skip_reason)
            state.build.report.not_published.append((relpath, fields.skip_reason))
            return "", {"status": "skip"}
        is_markdown = path.suffix.lower() in MARKDOWN_EXTENSIONS
        body = self._transform_body(document, data, fields, relpath, shown, state)
        if output_extension(path.suffix) != ".html":
            # A feed template, a text file...: written as it is, after Liquid.
            metadata = self._metadata(
                data, fields, source, fields.title or "", shown, state
            )
            metadata.update(template=RAW_TEMPLATE, status="hidden", excerpt="")
            metadata.update(summary="", excerpt_text="", word_count=0)
            state.build.report.built[source.kind] += 1
            return body, metadata
        rendered = self._rendered(data, body, is_markdown, relpath, state)
        title = fields.title or rendered.heading or titleize(fields.slug)
        metadata = self._metadata(data, fields, source, title, shown, state)
        metadata.update(
            excerpt=rendered.excerpt,
            summary=rendered.excerpt,
            excerpt_text=rendered.excerpt_text,
            word_count=rendered.word_count,
        )
        for reference in rendered.references:
            self._check_reference(reference, relpath, shown, state)
        content = enrich_images(
            rendered.html, partial(self._image_size, relpath, state)
        )
        if fields.date_source in ("git", "file time") and fields.date is not None:
            state.build.report.undated.append(
                (relpath, fields.date, fields.date_source)
            )
        state.build.report.built[source.kind] += 1
        return content, metadata

    def _rendered(
        self,
        data: dict[str, Any],
        body: str,
        is_markdown: bool,
        relpath: str,
        state: Reading,
    ) -> RenderedBody:
        excerpt = excerpt_text_of(data, body, state.site.excerpt_separator)
        key = cache_key(body, excerpt, is_markdown)
        if state.build.read_cache.enabled:  # for kept_documents, which releases it
            state.build.render_keys[relpath] = key
        rendered = state.build.render_cache.get(key)
        if rendered is None:
            markdown = self._markdown if is_markdown else None
            rendered = render_body(markdown, body, excerpt)
            state.build.render_cache.put(key, rendered)
        return rendered

    def _transform_body(
        self,
        document: Any,
        data: dict[str, Any],
        fields: DocumentFields,
        relpath: str,
        shown: str,
        state: Reading,
    ) -> str:
        page = {**data, "url": fields.url, "path": relpath, "slug": fields.slug}
        page.update(title=fields.title, date=fields.date, tags=fields.tags)
        page["categories"] = fields.categories
        body = DocumentBody(
            document.body,
            page,
            relpath,
            shown,
            document.body_line,
            state,
            self.settings,
        )
        document_body.send(self, body=body)
        return body.text

    def _metadata(
        self,
        data: dict[str, Any],
        fields: DocumentFields,
        source: SourceFile,
        title: str,
        shown: str,
        state: Reading,
    ) -> dict[str, Any]:
        template, known = template_for(
            fields.layout, source.kind, state.options, state.templates
        )
        if not known and fields.layout not in state.warned_layouts:
            state.warned_layouts.add(fields.layout or "")
            logger.warning(
                "%s: layout %r is not in JEKYLL_LAYOUTS nor a theme template; "
                "using %r. Map it in JEKYLL_LAYOUTS to choose a template.",
                shown,
                fields.layout,
                template,
            )
        metadata: dict[str, Any] = {
            key.lower(): value
            for key, value in data.items()
            if _IDENTIFIER.match(key.lower())
            and key.lower() not in _MAPPED_KEYS
            and key.lower() not in _RESERVED
        }
        metadata.update(
            title=typographic_text(title),
            slug=fields.slug,
            url=url_from_site_root(fields.url),
            save_as=fields.save_as,
            modified=fields.modified,
            template=template,
            layout=fields.layout,
            front_matter=data,
            source_kind=source.kind,
            date_source=fields.date_source,
            status="hidden" if source.kind == "document" else "published",
            collection=source.collection.label if source.collection else None,
            tags=[self._wrap(Tag, name) for name in fields.tags],
            categories=[self._wrap(Category, name) for name in fields.categories],
            header_image=self._header_image(data, title, source.relpath, shown, state),
        )
        if fields.date is not None:
            metadata["date"] = fields.date
        if fields.categories:
            metadata["category"] = metadata["categories"][0]
        metadata["nav_position"] = nav_position(data)
        author = data.get("author")
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str | int) and str(author).strip():
            metadata["author"] = Author(str(author).strip(), self.settings)
        return metadata

    def _wrap(self, kind: type, name: str) -> Any:
        return shared_wrapper(self.settings, kind, name)

    def _header_image(
        self,
        data: dict[str, Any],
        title: str,
        relpath: str,
        shown: str,
        state: Reading,
    ) -> HeaderImage | None:
        reference, alt = image_value(data.get("image"))
        if reference is None:
            return None
        alt = alt or data.get("image_alt") or ""
        local = within_site(reference, state.site.url, state.site.baseurl)
        if local is None:  # another site's image
            return HeaderImage(reference, str(alt))
        found = resolve_local(
            local,
            str(PurePosixPath(relpath).parent),
            state.options.image_dirs,
            state.build.static_files.__contains__,
        )
        if found is None:
            # At the line of `image:` when the file sets it (not a default).
            line = _key_line(state.source / relpath, "image")
            logger.warning(
                "%s: image %r is not in the site (looked in %s); the page is built "
                "without a header image. Add the file or fix the path.",
                f"{shown}:{line}" if line else shown,
                reference,
                ", ".join(f"{d or '.'}/" for d in state.options.image_dirs),
            )
            state.build.report.missing_files.append((relpath, reference))
            return None
        size = file_size(state.source / found)
        return HeaderImage(
            url_from_site_root("/" + found),
            str(alt or title),
            *(size or (None, None)),
        )

    def _image_size(
        self, relpath: str, state: Reading, reference: str
    ) -> tuple[int, int] | None:
        path = within_site(reference, state.site.url, state.site.baseurl)
        found = _site_file(path, relpath, state) if path is not None else None
        return file_size(state.source / found) if found else None

    def _check_reference(
        self, reference: str, relpath: str, shown: str, state: Reading
    ) -> None:
        path = within_site(reference, state.site.url, state.site.baseurl)
        if path is None:
            return  # another site's file
        if _site_file(path, relpath, state) is None:
            logger.warning(
                "%s: embeds %r, which is not in the site; readers will see a "
                "broken image. Add the file or fix the path.",
                shown,
                reference,
            )
            state.build.report.missing_files.append((relpath, reference))


def _relative_source(path: Path, source: Path) -> str:
    """Return a document's path in the site; Pelican gives it under the source."""
    text, root = str(path), f"{source}/"
    if text.startswith(root) and "/../" not in text:
        return text[len(root) :]
    return path.resolve().relative_to(source).as_posix()


def nav_position(data: dict[str, Any]) -> float | None:
    """Return a page's place in the navigation, from its front matter.

    ``nav_order`` (just-the-docs) wins over ``sidebar_sort_order`` (Hydeout);
    a page with neither is not in the main navigation.
    """
    for key in ("nav_order", "sidebar_sort_order"):
        value = data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _key_line(path: Path, key: str) -> int | None:
    """Return the line where a top-level front-matter key is set, if found."""
    text, _ = decode(path.read_bytes())
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _site_file(path: str, relpath: str, state: Reading) -> str | None:
    """Return the source file a site path (``within_site``) serves, if any."""
    return resolve_local(
        path,
        str(PurePosixPath(relpath).parent),
        (),
        state.build.static_files.__contains__,
    )

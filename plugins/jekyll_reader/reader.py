"""The Pelican reader for Jekyll documents (Markdown and HTML with front matter).

One reading pipeline: decode, split the front matter, map it (document.py),
render Markdown the kramdown way, apply typography once, and hand Pelican
its metadata. A file that cannot be built is logged with its path and line
and skipped; the rest of the site still builds.
"""

from __future__ import annotations

import logging
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from pelican.readers import BaseReader

from jekyll_common.checkpoints import checkpoint
from jekyll_common.errors import ContentError
from jekyll_common.logs import collecting, display_path, replay
from jekyll_engine.read_cache import (
    ReadEntry,
    decode_metadata,
    encode_metadata,
    may_depend_on_others,
)
from jekyll_markdown.body_renderer import RenderedBody
from jekyll_markdown.html_marks import has_text
from jekyll_markdown.math import shows_math
from jekyll_markdown.render import make_markdown
from jekyll_reader import reading
from jekyll_reader.bodies import rendered_body
from jekyll_reader.body_warnings import warn_body
from jekyll_reader.catalogue import place
from jekyll_reader.discovery import MARKDOWN_EXTENSIONS
from jekyll_reader.document import DocumentFields, SourceFile, named_without_date
from jekyll_reader.imagemagick import WebpCopies, webp_copies
from jekyll_reader.images import enrich_media
from jekyll_reader.kinds import classify, written_as_page
from jekyll_reader.layout_files import SiteLayout
from jekyll_reader.layouts import shows_text_alone, template_for
from jekyll_reader.metadata import pelican_metadata, rewrap
from jekyll_reader.pipeline import DocumentBody, document_body
from jekyll_reader.raw_pages import is_whole_page, read_raw
from jekyll_reader.readahead import source_of
from jekyll_reader.reading import Reading
from jekyll_reader.references import embedded_image, lacks, missing_references
from jekyll_reader.responsive import OfferedCopies
from jekyll_reader.sass import SASS_EXTENSIONS, stylesheet
from jekyll_reader.site_layouts import (
    frame_chain,
    lay_out,
    layouts_around,
    lists_posts,
    page_variables,
)
from jekyll_reader.source import relative_source
from jekyll_reader.titles import heading_title, titleize

logger = logging.getLogger(__name__)


class JekyllReader(BaseReader):
    """Reads Jekyll-style Markdown and HTML documents."""

    enabled = True
    file_extensions = [ext.lstrip(".") for ext in MARKDOWN_EXTENSIONS] + ["html", "htm"]

    @cached_property
    def _markdown(self) -> Any:
        # Made when first needed: Pelican makes a reader per extension and
        # generator, and a warm build renders few documents.
        return make_markdown(self.settings.get("MARKDOWN") or {})

    @cached_property
    def _dollars_are_math(self) -> bool:
        return bool(self.settings.get("JEKYLL_MATH_INLINE_DOLLARS"))

    @cached_property
    def _webp_copies(self) -> WebpCopies | None:
        return webp_copies(self.settings.get("JEKYLL_SITE") or {})

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Return the HTML content and Pelican metadata of one source file."""
        checkpoint("read")
        state = reading.current(self.settings)
        path = Path(source_path)
        relpath = relative_source(path, state.source)
        if not state.build.read_cache.enabled:
            return self._read_or_report(path, relpath, state)
        key = state.files.key(relpath)
        cached = state.build.read_cache.get(relpath, key)
        if cached is not None:
            replay(cached.messages)
            state.build.report.built[cached.kind] += 1
            state.build.report.missing_files.extend(cached.missing_files)
            metadata = decode_metadata(cached.metadata, partial(rewrap, self.settings))
            return cached.content, metadata
        return self._read_and_keep(path, relpath, key, state)

    def _read_and_keep(
        self, path: Path, relpath: str, key: bytes, state: Reading
    ) -> tuple[str, dict[str, Any]]:
        """Read a file, and keep its reading when the file alone decides it."""
        report = state.build.report
        missing_before, undated_before = len(report.missing_files), len(report.undated)
        layouts_before = len(state.warned_layouts)
        with collecting() as collected:
            content, metadata = self._read_or_report(path, relpath, state)
        # What reading this file alone decides is kept; see read_cache.
        if (
            metadata.get("status") != "skip"
            and metadata.get("date_source") not in ("git", "file time")
            and len(report.undated) == undated_before  # named in the build's report
            and len(state.warned_layouts) == layouts_before
            and not may_depend_on_others(path)
            and not metadata.get("site_layouts")
            # jekyll-paginate's page is read anew: its later pages are made then.
            and not (self.settings.get("JEKYLL_PAGINATE") and path.name == "index.html")
        ):
            state.build.read_cache.put(
                relpath,
                ReadEntry(
                    key=key,
                    kind=metadata["source_kind"],
                    content=content,
                    metadata=encode_metadata(metadata),
                    messages=tuple(collected.records),
                    missing_files=tuple(report.missing_files[missing_before:]),
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

    def _read(
        self, path: Path, relpath: str, shown: str, state: Reading
    ) -> tuple[str, dict[str, Any]]:
        notes, document = source_of(state, relpath, path)
        for note in notes:
            logger.warning("%s: %s.", shown, note)
        for problem in document.notes:
            logger.warning("%s: %s.", problem.where(shown), problem.message)
        classified = classify(
            relpath, document.front_matter, state.site, state.options.pages_dirs
        )
        state.build.report.count_keys(classified[0], document.front_matter)
        placed = place(state, relpath, path, classified)
        data, source, fields = placed.data, placed.source, placed.fields
        if fields.skip_reason:
            logger.info("%s: not built: %s.", shown, fields.skip_reason)
            state.build.report.not_published.append((relpath, fields.skip_reason))
            if fields.date is not None:
                state.build.report.not_published_dates.append(fields.date)
            return "", {"status": "skip"}
        body = self._transform_body(document, data, fields, relpath, shown, state)
        if path.suffix.lower() in SASS_EXTENSIONS:
            config = self.settings.get("JEKYLL_SITE") or {}
            body = stylesheet(body, path, state.source, config, shown)
        if not written_as_page(path.suffix, fields.save_as):
            return read_raw(body, data, fields, source, shown, state, self.settings)
        chain = self._in_frame(fields.layout, data, body, placed.source.kind, state)
        if chain:  # what its frame shows is the page: written as Jekyll writes it
            markdown = path.suffix.lower() in MARKDOWN_EXTENSIONS
            html = self._rendered(data, body, markdown, state).html
            settings = self.settings
            return read_raw(html, data, fields, source, shown, state, settings, chain)
        if fields.layout in (None, "none") and is_whole_page(path.suffix, body):
            return read_raw(body, data, fields, source, shown, state, self.settings)
        return self._read_html(path, document, data, body, fields, source, shown, state)

    def _in_frame(self, layout: str | None, data: dict[str, Any], body: str,
                  kind: str, state: Reading) -> tuple[SiteLayout, ...]:  # fmt: skip
        if not layout or not state.options.site_layouts:
            return ()
        alone = shows_text_alone(layout, kind, state.options, state.templates)
        bare = alone and not has_text(body)  # the layouts are all it shows
        return frame_chain(state.source, layout, data, bare=bare)

    def _read_html(
        self,
        path: Path,
        document: Any,
        data: dict[str, Any],
        body: str,
        fields: DocumentFields,
        source: SourceFile,
        shown: str,
        state: Reading,
    ) -> tuple[str, dict[str, Any]]:
        """Render a body to HTML and make the metadata of its page."""
        relpath = source.relpath
        is_markdown = path.suffix.lower() in MARKDOWN_EXTENSIONS
        rendered = self._rendered(data, body, is_markdown, state)
        title = fields.title or heading_title(rendered.heading) or titleize(fields.slug)
        layouts, shown_in = layouts_around(
            state.source,
            fields.layout if state.options.site_layouts else None,
            lambda name: template_for(
                name, source.kind, state.options, state.templates
            )[1],
            data,
        )
        metadata = pelican_metadata(
            data, fields, source, title, shown, state, self.settings, shown_in
        )
        html = rendered.html
        if layouts:
            page = page_variables(data, fields, relpath)
            html = lay_out(html, page, layouts, relpath, state, self.settings)
            # What they show depends on other documents: read again each build.
            metadata["site_layouts"] = [layout.name for layout in layouts]
        missing = missing_references(
            rendered.references, relpath, fields.url, shown, state
        )
        offered = OfferedCopies(state.site.baseurl)
        found = partial(embedded_image, fields.url, state)
        lacking = partial(lacks, fields.url, state, self._webp_copies, offered.copies)
        excerpt = rendered.excerpt and enrich_media(
            rendered.excerpt, found, missing, offered, lacking
        )
        metadata.update(
            excerpt=excerpt,
            summary=excerpt,
            excerpt_text=rendered.excerpt_text,
            word_count=rendered.word_count,
            # A home page listing the posts itself gets no list of the theme's.
            lists_posts=lists_posts(document.body, *(x.text for x in layouts)),
            # Its math (kramdown's, or an HTML post's), for the theme to load
            # a renderer on this page.
            has_math=shows_math(html, dollars=self._dollars_are_math),
        )
        if is_markdown:
            warn_body(rendered.html, document, shown, has_math=metadata["has_math"],
                      layout=(state.source, shown_in or fields.layout))  # fmt: skip
        content = enrich_media(html, found, missing, offered, lacking)
        header_copies = getattr(metadata.get("header_image"), "copies", ())
        metadata["resized_images"] = [*offered.copies, *header_copies]
        if fields.date is not None and named_without_date(source.kind, relpath):
            state.build.report.undated.append(
                (relpath, fields.date, fields.date_source)
            )
        state.build.report.built[source.kind] += 1
        return content, metadata

    def _rendered(
        self, data: dict[str, Any], body: str, is_markdown: bool, state: Reading
    ) -> RenderedBody:
        markdown = (lambda: self._markdown) if is_markdown else None
        return rendered_body(state, markdown, data, body)

    def _transform_body(
        self,
        document: Any,
        data: dict[str, Any],
        fields: DocumentFields,
        relpath: str,
        shown: str,
        state: Reading,
    ) -> str:
        body = DocumentBody(
            document.body,
            page_variables(data, fields, relpath),
            relpath,
            shown,
            document.body_line,
            state,
            self.settings,
        )
        document_body.send(self, body=body)
        return body.text

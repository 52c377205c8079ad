"""The one write path: every page goes through ``ContainedWriter._open_w``.

Pelican's own check compares path strings, so a sibling folder sharing the
output folder's name prefix passes it; here the real path (symlinks
resolved) must lie inside the output folder, and a file is never written
twice: the first write wins and the second is reported, not raised. A file
whose content did not change is not rewritten, and a page whose fingerprint
(``fingerprints``) and file are as the last build left them is not even
rendered.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from pelican.utils import sanitised_join
from pelican.writers import Writer

from jekyll_common.checkpoints import checkpoint
from jekyll_common.logs import collecting, display_path
from jekyll_engine.page_records import PageRecords, page_records
from jekyll_engine.pagination import list_pages
from jekyll_engine.state import STATE_KEY
from jekyll_engine.template_guard import GuardedTemplate
from jekyll_engine.whole_files import write_whole

logger = logging.getLogger(__name__)


class _WriteIfChanged(io.StringIO):
    """A text file that is written on close only when its content changed.

    An unchanged page keeps its modification time, so rsync and browsers see
    nothing new after a rebuild; a changed one is written whole or not at all.
    """

    def __init__(
        self, path: Path, encoding: str, written: Callable[[Path], None] | None = None
    ) -> None:
        super().__init__()
        self.path = path
        self.file_encoding = encoding
        self.written = written

    def close(self) -> None:
        if not self.closed:
            data = self.getvalue().encode(self.file_encoding)
            try:
                unchanged = self.path.read_bytes() == data
            except OSError:
                unchanged = False
            if not unchanged:
                write_whole(self.path, data)
            if self.written is not None:
                self.written(self.path)
        super().close()


class _RenderUnlessUnchanged:
    """A template that tells its writer when rendering can be skipped."""

    def __init__(self, template: Any, writer: ContainedWriter) -> None:
        self.template = template
        self.writer = writer

    def render(self, context: dict[str, Any]) -> str:
        pages: PageRecords = self.writer.pages
        name = context.get("output_file", "")
        fingerprint = pages.fingerprints.page(self.template, context)
        if fingerprint is not None and pages.unchanged(name, fingerprint):
            self.writer.pending = (name, fingerprint, True)
            return ""
        with collecting() as warnings:
            rendered = self.template.render(context)
        # A page that warned is rendered again next time, so it warns again.
        warned = bool(warnings.records)
        self.writer.pending = (name, None if warned else fingerprint, False)
        return rendered

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)


# Pelican's write_file parameters (not template variables), and those of
# them that make it write a page otherwise than once, as it is.
_PELICAN_PARAMETERS = frozenset(
    {"relative_urls", "paginated", "template_name", "override_output", "url"}
)
_PAGINATION_OR_RELATIVE = ("relative_urls", "paginated", "template_name")


class _MadeText:
    """A template for text made by code: it records the text's fingerprint."""

    def __init__(
        self, text: str, writer: ContainedWriter, name: str, fingerprint: str | None
    ) -> None:
        self.text = text
        self.writer = writer
        self.name = name
        self.fingerprint = fingerprint

    def render(self, context: dict[str, Any]) -> str:
        del context
        self.writer.pending = (self.name, self.fingerprint, False)
        return self.text


class _Discard(io.StringIO):
    """What an unchanged page is "written" to: its file stays as it is."""


class ContainedWriter(Writer):
    """Pelican's writer, with real-path containment and no second writes."""

    def __init__(self, output_path: str, settings: Any = None) -> None:
        super().__init__(output_path, settings=settings)
        self._root = Path(output_path).resolve()
        self.pages: PageRecords | None = None
        # (output file, fingerprint, unchanged) of the page just rendered.
        self.pending: tuple[str, str | None, bool] | None = None
        self._state = None
        if settings is not None and STATE_KEY in settings:
            self._state = state = settings[STATE_KEY]
            state.written_files = self._written_files
            self.pages = state.pages = page_records(settings, output_path)

    def write_file(
        self, name: Any, template: Any, context: Any, *args: Any, **kwargs: Any
    ) -> None:
        """Pelican's write_file, rendering only pages that may have changed."""
        if hasattr(template, "environment"):
            template = GuardedTemplate(template)
        if self.pages is not None and self.pages.fingerprints is not None:
            if not args and name:
                options = {k: kwargs[k] for k in _PELICAN_PARAMETERS if k in kwargs}
                variables = {k: v for k, v in kwargs.items() if k not in options}
                if self._paginate(name, template, context, options, variables):
                    return
                if self._left_as_it_was(name, template, context, options, variables):
                    return
            template = _RenderUnlessUnchanged(template, self)
        super().write_file(name, template, context, *args, **kwargs)

    def write_made(self, name: str, inputs: Any, make: Callable[[], str]) -> None:
        """Write the text ``make()`` returns, unless ``inputs`` made the file as it is.

        ``inputs`` are all the text is made from, besides the code and the
        settings; when they are those of the last build and the file is as
        that build left it, ``make`` is not even called.
        """
        fingerprint = None
        if self.pages is not None and self.pages.fingerprints is not None:
            fingerprint = self.pages.fingerprints.made(inputs)
            path = self._unchanged_and_unwritten(name, fingerprint)
            if path is not None:
                # Not a page: counted by neither the summary nor Pelican's writer.
                self._keep(name, path, page=False)
                return
        super().write_file(name, _MadeText(make(), self, name, fingerprint), {})

    def _paginate(
        self,
        name: str,
        template: Any,
        context: Any,
        options: dict[str, Any],
        variables: dict[str, Any],
    ) -> bool:
        """Write a paginated list page by page, as Pelican does; False if not one.

        Pelican paginates inside its own write_file; here each page goes
        through the single-page path, so an unchanged one is left as it was
        without Pelican's work for it.
        """
        pages = list_pages(name, options, variables, self.settings)
        if pages is None:
            return False
        for save_as, page_variables in pages:
            self.write_file(
                save_as,
                template,
                context,
                relative_urls=options.get("relative_urls", False),
                override_output=options.get("override_output", False),
                **page_variables,
            )
        return True

    def _left_as_it_was(
        self,
        name: str,
        template: Any,
        context: Any,
        options: dict[str, Any],
        variables: dict[str, Any],
    ) -> bool:
        """Keep an unchanged page without Pelican's work for writing it.

        Only a page Pelican would write once as it is (no pagination, no
        relative URLs): its context is the build's, with the page's own
        variables and ``output_file`` over it, as Pelican makes it.
        """
        if any(options.get(key) for key in _PAGINATION_OR_RELATIVE):
            return False
        # One dict, not a ChainMap: the fingerprint looks up every name its
        # template reads, and a ChainMap lookup costs some twenty times more.
        page_context = {
            **context,
            "output_file": name,
            "localsiteurl": context.get("localsiteurl"),
            **variables,
        }
        fingerprint = self.pages.fingerprints.page(template, page_context)
        path = self._unchanged_and_unwritten(name, fingerprint)
        if path is None:
            return False
        self._keep(name, path)
        if self._state is not None:
            self._state.report.pages_written += 1
        return True

    def _unchanged_and_unwritten(
        self, name: str, fingerprint: str | None
    ) -> str | None:
        """Return the path of a file left as recorded, when nothing wrote it yet.

        None when the fingerprint or the file differs from the last build's,
        or when another page of this build claimed the file (a second page
        for one file is refused as it is written).
        """
        if fingerprint is None or not self.pages.unchanged(name, fingerprint):
            return None
        path = sanitised_join(self.output_path, name)
        return None if path in self._written_files else path

    def _keep(self, name: str, path: str, *, page: bool = True) -> None:
        """Count a file as written, left as the last build wrote it."""
        self._written_files.add(path)
        self.pages.keep(name, page=page)

    def write_bytes(self, name: str, data: bytes) -> None:
        """Write a file the build makes (an image's copy) by the pages' one path.

        Every byte is one Latin-1 character, so the text path carries the
        bytes unchanged, with its containment and write-once checks.
        """
        path = sanitised_join(self.output_path, name)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with self._open_w(path, "latin-1") as file:
            file.write(data.decode("latin-1"))

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> IO[str]:
        del override  # the first write always wins; see the module docstring
        checkpoint("write")
        pending, self.pending = self.pending, None
        if filename in self._written_files:
            logger.error(
                "%s was already written by another page; this one was not written. "
                "Two pages claim one URL: give one of them another permalink.",
                display_path(filename),
            )
            return Path(os.devnull).open("w", encoding=encoding)
        if pending is not None and pending[2] and self.pages is not None:
            # Left as the last build wrote it: nothing is written.
            self._keep(pending[0], filename)
            return _Discard()
        target = Path(filename).resolve()
        if target != self._root and not target.is_relative_to(self._root):
            logger.error(
                "%s is outside the output folder %s; it was not written.",
                display_path(target),
                display_path(self._root),
            )
            return Path(os.devnull).open("w", encoding=encoding)
        self._written_files.add(filename)
        if pending is None or self.pages is None:
            return _WriteIfChanged(Path(filename), encoding)
        name, fingerprint, _ = pending
        return _WriteIfChanged(
            Path(filename),
            encoding,
            lambda path: self.pages.record(name, fingerprint, path),
        )


def get_writer(pelican: Any) -> type[ContainedWriter]:
    """Give the build the contained writer."""
    del pelican
    return ContainedWriter

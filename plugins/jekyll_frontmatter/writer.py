"""The one write path: every page goes through ``ContainedWriter._open_w``.

Pelican's own check compares path strings, so a sibling folder sharing the
output folder's name prefix passes it; here the real path (symlinks
resolved) must lie inside the output folder, and a file is never written
twice: the first write wins and the second is reported, not raised. A file
whose content did not change is not rewritten.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from typing import IO, Any

from pelican.writers import Writer

from jekyll_common.logs import display_path
from jekyll_frontmatter.build import STATE_KEY

logger = logging.getLogger(__name__)


class _WriteIfChanged(io.StringIO):
    """A text file that is written on close only when its content changed.

    An unchanged page keeps its modification time, so rsync and browsers see
    nothing new after a rebuild.
    """

    def __init__(self, path: Path, encoding: str) -> None:
        super().__init__()
        self.path = path
        self.file_encoding = encoding

    def close(self) -> None:
        if not self.closed:
            data = self.getvalue().encode(self.file_encoding)
            try:
                unchanged = self.path.read_bytes() == data
            except OSError:
                unchanged = False
            if not unchanged:
                self.path.write_bytes(data)
        super().close()


class ContainedWriter(Writer):
    """Pelican's writer, with real-path containment and no second writes."""

    def __init__(self, output_path: str, settings: Any = None) -> None:
        super().__init__(output_path, settings=settings)
        if settings is not None and STATE_KEY in settings:
            settings[STATE_KEY].written_files = self._written_files

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> IO[str]:
        del override  # the first write always wins; see the module docstring
        root = Path(self.output_path).resolve()
        target = Path(filename).resolve()
        if target != root and not target.is_relative_to(root):
            logger.error(
                "%s is outside the output folder %s; it was not written.",
                display_path(target),
                display_path(root),
            )
            return Path(os.devnull).open("w", encoding=encoding)
        if filename in self._written_files:
            logger.error(
                "%s was already written by another page; this one was not written. "
                "Two pages claim one URL: give one of them another permalink.",
                display_path(filename),
            )
            return Path(os.devnull).open("w", encoding=encoding)
        self._written_files.add(filename)
        return _WriteIfChanged(Path(filename), encoding)


def get_writer(pelican: Any) -> type[ContainedWriter]:
    """Give the build the contained writer."""
    del pelican
    return ContainedWriter

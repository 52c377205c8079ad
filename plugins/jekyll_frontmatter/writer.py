"""The one write path: every page goes through ``ContainedWriter._open_w``.

Pelican's own check compares path strings, so a sibling folder sharing the
output folder's name prefix passes it; here the real path (symlinks
resolved) must lie inside the output folder, and a file is never written
twice: the first write wins and the second is reported, not raised.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import IO, Any

from pelican.writers import Writer

from jekyll_common.logs import display_path

logger = logging.getLogger(__name__)


class ContainedWriter(Writer):
    """Pelican's writer, with real-path containment and no second writes."""

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
        return Path(filename).open("w", encoding=encoding)


def get_writer(pelican: Any) -> type[ContainedWriter]:
    """Give the build the contained writer."""
    del pelican
    return ContainedWriter

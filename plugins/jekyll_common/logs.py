"""How paths appear in messages, and messages collected to be logged again."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path


def display_path(path: Path | str) -> str:
    """Return ``path`` relative to the working folder when inside it."""
    # Plain string work: this runs for every document of a large site.
    folder = os.getcwd()  # noqa: PTH109
    text = os.path.join(folder, os.fspath(path))  # noqa: PTH118
    inside = os.path.join(folder, "")  # noqa: PTH118
    if text.startswith(inside):
        return text[len(inside) :].replace(os.sep, "/")
    return text


class Collected(logging.Handler):
    """Collects what is logged (warnings and worse), to be logged again later."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record's logger, level and message."""
        self.records.append((record.name, record.levelno, record.getMessage()))


def replay(records: Iterable[tuple[str, int, str]]) -> None:
    """Log collected records again, under their own loggers and levels."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)

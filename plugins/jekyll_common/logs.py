"""How paths appear in messages, and messages collected to be logged again."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path, PurePath


def display_path(path: Path | str) -> str:
    """Return ``path`` relative to the working folder when inside it."""
    absolute = Path(path).absolute()
    # Plain string work: this runs for every document of a large site.
    inside = os.path.join(os.getcwd(), "")  # noqa: PTH109, PTH118
    text = os.fspath(absolute)
    if text.startswith(inside):
        return PurePath(text[len(inside) :]).as_posix()
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

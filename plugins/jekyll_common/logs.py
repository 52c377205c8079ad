"""How messages reach people: paths as shown, the terminal, records kept.

``TerminalHandler`` is what prints every warning and error of a build where
the user sees it (Pelican's own command line installs a handler of its own;
``invoke`` tasks install this one). ``Collected`` (and ``collecting``) is
the one way anything captures what is logged: the build's count of
warnings, the reader's cache, pages that warned, the
parallel workers, whose records are logged again (``replay``).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def display_path(path: Path | str) -> str:
    """Return ``path`` relative to the working folder when inside it."""
    # Plain string work: this runs for every document of a large site.
    folder = os.getcwd()  # noqa: PTH109
    text = os.path.join(folder, os.fspath(path))  # noqa: PTH118
    inside = os.path.join(folder, "")  # noqa: PTH118
    if text.startswith(inside):
        return text[len(inside) :].replace(os.sep, "/")
    return text


# The label each level is printed with, and its colour on a terminal.
_LABELS = {
    logging.DEBUG: ("debug", "2"),
    logging.INFO: ("info", "36"),
    logging.WARNING: ("warning", "1;33"),
    logging.ERROR: ("error", "1;31"),
    logging.CRITICAL: ("error", "1;31"),
}


def wants_colour(stream: TextIO) -> bool:
    """Return whether ``stream`` is a terminal that should get colour.

    ``NO_COLOR`` (no-color.org) turns colour off; a file or pipe (a CI log)
    never gets escape codes.
    """
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


class TerminalHandler(logging.StreamHandler):
    """Prints each record as ``level: message``, in the order logged.

    The message itself names the file (and line) and what to do. An
    exception attached to a record is shown as one line, its type and text:
    a traceback is for ``--debug``.
    """

    def __init__(self, stream: TextIO | None = None, *, debug: bool = False) -> None:
        super().__init__(stream or sys.stderr)
        # Without a stream of its own, stderr is looked up at each message:
        # a progress bar drawing meanwhile replaces it to print above itself.
        self.follows_stderr = stream is None
        self.setLevel(logging.DEBUG if debug else logging.WARNING)
        self.debug = debug
        self.colour = wants_colour(self.stream)

    def emit(self, record: logging.LogRecord) -> None:
        """Print ``record`` on the stream (stderr as it is now, by default)."""
        if self.follows_stderr:
            self.stream = sys.stderr
        super().emit(record)

    def format(self, record: logging.LogRecord) -> str:
        """Return the line (or lines) shown for ``record``."""
        label, colour = _LABELS.get(record.levelno, (record.levelname.lower(), "0"))
        if self.colour:
            label = f"\x1b[{colour}m{label}\x1b[0m"
        text = f"{label}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            if self.debug:
                text += "\n" + self.formatException(record.exc_info)
            else:
                error = record.exc_info[1]
                text += f" ({type(error).__name__}: {error})"
        return text


def show_messages(stream: TextIO | None = None, *, debug: bool = False) -> None:
    """Print what every logger reports to ``stream`` (stderr), once per process."""
    root = logging.getLogger()
    if debug:
        root.setLevel(logging.DEBUG)
    for handler in root.handlers:
        if isinstance(handler, TerminalHandler):
            handler.setLevel(logging.DEBUG if debug else logging.WARNING)
            handler.debug = debug
            return
    root.addHandler(TerminalHandler(stream, debug=debug))


class Collected(logging.Handler):
    """Collects what is logged (warnings and worse), to be logged again later."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record's logger, level and message."""
        self.records.append((record.name, record.levelno, record.getMessage()))

    def listen(self) -> Collected:
        """Start collecting what every logger reports."""
        logging.getLogger().addHandler(self)
        return self

    def stop(self) -> None:
        """Stop collecting (what was collected is kept)."""
        logging.getLogger().removeHandler(self)


@contextmanager
def collecting() -> Iterator[Collected]:
    """Collect what is logged (warnings and worse) while the block runs."""
    collected = Collected().listen()
    try:
        yield collected
    finally:
        collected.stop()


def replay(records: Iterable[tuple[str, int, str]]) -> None:
    """Log collected records again, under their own loggers and levels."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)

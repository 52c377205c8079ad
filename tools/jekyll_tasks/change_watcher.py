"""The files ``invoke serve`` watches, and what changed in them, in order."""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Any


class ChangeWatcher:
    """Collects file changes in a thread of its own, from before the first build.

    A file saved while the first build runs is then rebuilt for, not lost.
    """

    def __init__(self, paths: list[Path]) -> None:
        from watchfiles import watch  # noqa: PLC0415

        self.changes: queue.Queue[set[tuple[Any, str]]] = queue.Queue()
        self.stop = threading.Event()
        existing = [p for p in paths if p.exists()]

        def collect() -> None:
            for changes in watch(*existing, stop_event=self.stop):
                self.changes.put(changes)

        threading.Thread(target=collect, daemon=True).start()

    def next(self) -> list[Path]:
        """Wait for the next changes; return the changed paths."""
        while True:
            try:
                changes = self.changes.get(timeout=0.5)
            except queue.Empty:
                continue
            return [Path(path).resolve() for _, path in changes]

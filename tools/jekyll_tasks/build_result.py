"""How a build went, as the tasks account for it.

Apart from the runner, which loads Pelican: a task that finds the site
already built (``up_to_date``) answers with one of these without it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class BuildResult:
    """How a build went: counts of log records by level, and its summary."""

    source: Path
    output: Path
    seconds: float = 0.0
    levels: Counter[str] = field(default_factory=Counter)
    messages: list[tuple[str, str]] = field(default_factory=list)
    summary: str = ""
    # (source file, reference) of every file the content refers to that is
    # not in the site: known gaps, reported, never invented.
    missing_files: list[tuple[str, str]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    documents: int = 0
    # The build's state (what was discovered and read), for reports.
    state: Any = None
    # When (seconds since the epoch) the first post left out for being dated
    # later is due; the site built then differs.
    next_post_due: float | None = None
    # The site was left as an earlier build wrote it: nothing had changed.
    reused: bool = False

    @property
    def warnings(self) -> int:
        """Return how many warnings were logged."""
        return self.levels["WARNING"]

    @property
    def errors(self) -> int:
        """Return how many errors (or worse) were logged."""
        return self.levels["ERROR"] + self.levels["CRITICAL"]

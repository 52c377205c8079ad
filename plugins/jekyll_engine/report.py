"""The build report: what happened to each source file, for the summary line."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class BuildReport:
    """What happened to each source file, for the end-of-build summary."""

    built: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_published: list[tuple[str, str]] = field(default_factory=list)
    # The dates of the documents not built: one dated later is built then.
    not_published_dates: list[dt.datetime] = field(default_factory=list)
    undated: list[tuple[str, dt.datetime, str]] = field(default_factory=list)
    missing_files: list[tuple[str, str]] = field(default_factory=list)
    # For the migration report: (file kind, front-matter key) by how many
    # files read by this build use it (every file when the cache is off, as
    # ``invoke report`` builds); includes that were missing, by name, with
    # the files that name them.
    front_matter_keys: Counter[tuple[str, str]] = field(default_factory=Counter)
    missing_includes: dict[str, list[str]] = field(default_factory=dict)
    pages_written: int = 0
    pages_unchanged: int = 0
    # Files an earlier build wrote that this one removed.
    pages_removed: int = 0

    def count_keys(self, kind: str, front_matter: Any) -> None:
        """Count the front-matter keys of one file of ``kind`` (post, page...)."""
        if isinstance(front_matter, dict):
            self.front_matter_keys.update((kind, str(key)) for key in front_matter)

    def summary(self) -> str:
        """Return the one-line account of the build."""
        kinds = ", ".join(
            f"{n} {kind}{'s' if n != 1 else ''}"
            for kind, n in sorted(self.built.items())
        )
        total = sum(self.built.values())
        return (
            f"{total} document{'s' if total != 1 else ''} built ({kinds or 'none'}), "
            f"{len(self.skipped)} skipped, {len(self.not_published)} not published, "
            f"{self.pages_written} pages written"
            + (f" ({self.pages_unchanged} unchanged)" if self.pages_unchanged else "")
        )

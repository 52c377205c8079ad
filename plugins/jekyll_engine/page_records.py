"""What the last build wrote: each page's fingerprint, size and time.

A page is left as it is (not rendered, not written) when its fingerprint is
the one recorded and its file is still the one the last build wrote (same
size and modification time): a file edited or deleted by hand is rendered
again. Kept in the cache folder, one file per source and output folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jekyll_engine import cache_files
from jekyll_engine.environment import build_environment
from jekyll_engine.fingerprints import Fingerprints, Unfingerprintable
from jekyll_engine.state import FOUND_FILES, STATE_KEY

# (fingerprint, size, modification time in ns) by output file.
Record = tuple[str, int, int]
# Kept with the facts of the templates: a warm build parses none unchanged.
_FORMAT = 2


class PageRecords:
    """The page records of the last build, and those of this one."""

    def __init__(
        self, output: Path, path: Path | None, fingerprints: Fingerprints | None
    ) -> None:
        self.output = output
        self.path = path
        self.fingerprints = fingerprints
        self.previous: dict[str, Record] = {}
        self.current: dict[str, Record] = {}
        self.unchanged_count = 0
        found = cache_files.load(path, _FORMAT) if fingerprints is not None else None
        if isinstance(found, tuple) and len(found) == 2:
            self.previous, fingerprints.facts.known = found

    def unchanged(self, name: str, fingerprint: str) -> bool:
        """Return whether the page's file is the one recorded for this fingerprint."""
        record = self.previous.get(name)
        if record is None or record[0] != fingerprint:
            return False
        try:
            found = (self.output / name).stat()
        except OSError:
            return False
        return (found.st_size, found.st_mtime_ns) == record[1:]

    def keep(self, name: str, *, page: bool = True) -> None:
        """Carry a file's record over: it was left as it was.

        Only pages are counted; files made by code (feeds) are not.
        """
        self.current[name] = self.previous[name]
        self.unchanged_count += page

    def record(self, name: str, fingerprint: str | None, path: Path) -> None:
        """Record a page just written (one without a fingerprint is not kept)."""
        if fingerprint is None:
            self.current.pop(name, None)
            return
        found = path.stat()
        self.current[name] = (fingerprint, found.st_size, found.st_mtime_ns)

    def save(self) -> None:
        """Keep this build's records for the next one."""
        if self.path is None or self.fingerprints is None:
            return
        facts = self.fingerprints.facts
        if (
            self.current == self.previous
            and facts.used.keys() <= facts.known.keys()
            and self.path.is_file()
        ):
            return
        cache_files.save(self.path, _FORMAT, (self.current, facts.used))


def page_records(settings: Mapping[str, Any], output_path: str) -> PageRecords:
    """Return the page records of a build (empty when the cache is off)."""
    output = Path(output_path)
    path = cache_files.cache_file(
        settings, "pages", str(Path(settings["PATH"]).resolve()), str(output.resolve())
    )
    if path is None:
        return PageRecords(output, None, None)
    try:
        # What a build found is in the pages' own variables.
        environment = build_environment(settings, [STATE_KEY, *FOUND_FILES])
    except Unfingerprintable:
        return PageRecords(output, None, None)
    return PageRecords(output, path, Fingerprints(environment))

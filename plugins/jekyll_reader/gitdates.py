"""First and last commit dates of files, from one ``git log`` per build.

Used for posts whose front matter and file name carry no date (the first
commit is the date) and for every document's ``modified`` (the last commit).
One pass over the history serves every file, so the cost does not grow with
the number of posts.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

_COMMIT_MARK = "\x1e"


@dataclass(frozen=True, slots=True)
class CommitDates:
    """The first (oldest) and last (newest) commit that touched a file."""

    first: dt.datetime
    last: dt.datetime


def parse_log(output: str) -> dict[str, CommitDates]:
    r"""Return commit dates per path from ``git log`` output (newest first).

    ``output`` holds, per commit, a line ``\x1e<ISO date>`` then the paths it
    touched.
    """
    dates: dict[str, CommitDates] = {}
    when: dt.datetime | None = None
    for line in output.split("\n"):
        if line.startswith(_COMMIT_MARK):
            when = dt.datetime.fromisoformat(line[1:].strip())
            continue
        if not line or when is None:
            continue
        known = dates.get(line)
        dates[line] = CommitDates(first=when, last=known.last if known else when)
    return dates


def commit_dates(folder: Path) -> dict[str, CommitDates]:
    """Return the commit dates of files under ``folder``, relative to it.

    Returns {} when git is missing or ``folder`` is not in a repository.
    """
    git = shutil.which("git")
    if git is None:
        return {}
    command = [
        git, "-c", "core.quotePath=false", "log", f"--format={_COMMIT_MARK}%aI",
        "--name-only", "--no-renames", "--relative", "--", ".",
    ]  # fmt: skip
    try:
        log = subprocess.run(
            command, cwd=folder, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    return parse_log(log)

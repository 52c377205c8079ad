"""Whether ``invoke build`` may leave the site as the last build left it.

Building a site again when none of its inputs changed writes the same
files: the task then says so and repeats the last build's messages, without
loading Pelican (0.15 s, where even the bundled four-page site takes half a
second to build). The inputs are known by each file's path, size and time:

- every file of the site's folder (git's own folder aside), its settings
  files, the theme, the plugins and the tasks;
- the Python packages installed, and the repository's head where there is
  one (a post without a date is dated from its history);
- the command's folders and flags.

The record is kept in the build cache (``CACHE_PATH``), only for a build
that ended without errors; none is kept while a post is left out for a
date still to come.
The output folder must hold what that build left, file for file, and the
record holds for the day it was made (a page may show the build's date).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import runpy
import sys
import sysconfig
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jekyll_tasks.build_result import BuildResult

_FORMAT = 1
_FILE_PREFIX = "jekyll-built-"
# The files of a git repository that change when its history or head moves.
_GIT_HEAD_FILES = ("HEAD", "packed-refs", "logs/HEAD", "shallow")
# Folders no build reads: git's own, and Python's compiled modules (written
# by the build's own imports).
_UNREAD = frozenset({".git", "__pycache__"})


@dataclass(frozen=True, slots=True)
class Request:
    """One ``invoke build`` as typed: its settings file, folders and flags."""

    settings_file: Path
    # The project's code (``output_folder.code_paths``): folders and files.
    code: tuple[Path, ...]
    source: Path | None
    output: Path | None
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """Where a request's record lives, and the state of its inputs now."""

    record: Path
    inputs: str
    source: Path
    output: Path

    def last_build(self) -> BuildResult | None:
        """Return the last build, when its site is still what it would build."""
        try:
            kept = pickle.loads(self.record.read_bytes())  # noqa: S301 (our cache)
        except Exception:  # noqa: BLE001 (unreadable: as if there were none)
            return None
        if not isinstance(kept, dict) or kept.get("format") != _FORMAT:
            return None
        if kept.get("inputs") != self.inputs or time.time() >= (kept.get("until") or 0):
            return None
        if kept.get("outputs") != _tree_digest([self.output], set()):
            return None
        result = BuildResult(source=self.source, output=self.output, reused=True)
        result.summary = str(kept.get("summary", ""))
        result.documents = int(kept.get("documents", 0))
        for level, message in kept.get("messages", []):
            result.levels[level] += 1
            result.messages.append((level, message))
        return result

    def forget(self) -> None:
        """Drop the record: a build of this request is under way."""
        self.record.unlink(missing_ok=True)

    def keep(self, result: BuildResult) -> None:
        """Record a build that went well, for the next request alike."""
        if result.errors or result.next_post_due is not None:
            return
        now = dt.datetime.now().astimezone()
        tomorrow = (now + dt.timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        kept = {
            "format": _FORMAT,
            "inputs": self.inputs,
            "outputs": _tree_digest([self.output], set()),
            "until": tomorrow.timestamp(),
            "summary": result.summary,
            "documents": result.documents,
            "messages": result.messages,
        }
        aside = self.record.with_suffix(".tmp")
        try:
            aside.write_bytes(pickle.dumps(kept))
            aside.replace(self.record)
        except OSError:  # the cache is a convenience; the build went well
            aside.unlink(missing_ok=True)


def plan(request: Request) -> Plan | None:
    """Return the request's plan; None when it cannot be told (no build cache)."""
    try:
        settings = runpy.run_path(str(request.settings_file))
    except Exception:  # noqa: BLE001 (the build itself reports a broken file)
        return None
    here = request.settings_file.parent

    def folder(name: str, default: str) -> Path:
        return (here / str(settings.get(name) or default)).resolve()

    if settings.get("JEKYLL_CACHE") is False:
        return None
    cache = folder("CACHE_PATH", "cache")
    source = (request.source or folder("PATH", ".")).resolve()
    output = (request.output or folder("OUTPUT_PATH", "output")).resolve()
    if not source.is_dir():  # the build itself says so
        return None
    key = hashlib.sha256(
        "\x00".join(
            [sys.executable, sys.version, str(request.settings_file), str(source),
             str(output), *request.flags]
        ).encode()
    ).hexdigest()[:16]  # fmt: skip
    try:
        folders = [path for path in request.code if path.is_dir()]
        files = [path for path in request.code if path not in folders]
        files += [Path(sysconfig.get_paths()["purelib"]), *_git_head_files(source)]
        # The theme the settings name (the project's own, by default).
        roots = [source, folder("THEME", "theme"), *folders]
        inputs = _tree_digest(roots, {output, cache}, files)
    except OSError:  # then the build finds what is wrong, and says so
        return None
    # Named as the cache's own files, whose size the build keeps in bounds.
    return Plan(cache / f"{_FILE_PREFIX}{key}.pickle", inputs, source, output)


def _git_head_files(source: Path) -> Iterator[Path]:
    for folder in (source, *source.parents):
        git = folder / ".git"
        if git.is_file():  # a worktree or submodule: "gitdir: <path>"
            named = git.read_text(encoding="utf-8", errors="replace").partition(":")
            git = (folder / named[2].strip()).resolve()
        if git.is_dir():
            # A worktree's own folder names the one its branches live in.
            common = git
            if (git / "commondir").is_file():
                common = (git / (git / "commondir").read_text().strip()).resolve()
            yield from (git / name for name in _GIT_HEAD_FILES)
            yield common / "packed-refs"
            head = (git / "HEAD").read_text(encoding="utf-8", errors="replace")
            if head.startswith("ref:"):
                yield common / head[4:].strip()
            return


def _tree_digest(
    roots: Iterable[Path], skip: set[Path], files: Iterable[Path] = ()
) -> str:
    """Return a digest of the path, size and time of every file under ``roots``.

    ``skip`` names folders left out; each ``files`` counts too, as missing
    when it is. Symbolic links are followed, each linked folder walked once.
    """
    skipped = {str(path) for path in skip}
    lines: list[str] = []
    for root in roots:
        lines.append(f"\x01{root}")
        lines.extend(sorted(_walk(str(root), skipped)))
    lines.extend(_stat_line(str(path)) for path in files)
    text = "\n".join(lines).encode("utf-8", "surrogateescape")
    return hashlib.sha256(text).hexdigest()


def _walk(root: str, skip: set[str]) -> Iterator[str]:
    # Plain strings and the folder listings' own entries: a site of 1,000
    # posts has 2,600 output folders, walked at each build's end.
    pending, linked = [root], set[tuple[int, int]]()
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            yield f"{folder}\x00missing"
            continue
        for entry in entries:
            if entry.name in _UNREAD or entry.path in skip:
                continue
            try:
                if not entry.is_dir():
                    yield _stat_line(entry.path)
                    continue
                if entry.is_symlink():
                    status = entry.stat()
                    if (status.st_dev, status.st_ino) in linked:
                        continue  # a link in a loop
                    linked.add((status.st_dev, status.st_ino))
            except OSError:  # a link to nothing, or in a loop of links
                yield _stat_line(entry.path)
                continue
            pending.append(entry.path)


def _stat_line(path: str) -> str:
    try:
        status = os.stat(path)  # noqa: PTH116 (strings: one for each file)
    except OSError:
        return f"{path}\x00missing"
    return f"{path}\x00{status.st_size}\x00{status.st_mtime_ns}"

"""Rebuilds for ``invoke serve``: each in a fork of one process that loaded the build.

A rebuild in a new process pays for Python, invoke, Pelican (docutils
included), Markdown and the plugins starting, about 0.4 s before any work,
every time a file is saved. Here one server process imports all of them
once; each rebuild is ``invoke build`` run in a fork of it, so it starts
with them loaded and still runs in a process of its own (no state is left
from one build to the next, and a crash takes only that build down). The
server holds the code it imported, so a change to the plugins, the tasks
or the settings files starts a new one (``restart``). The same model as
``multiprocessing``'s forkserver, with the build's modules preloaded; the
server's side is ``build_forks``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jekyll_tasks.runner import CODE_FOLDERS, PROJECT_ROOT

_BOOT = (
    "import sys; sys.path[:0] = {path!r}; "
    "from jekyll_tasks.build_forks import serve; serve({reply})"
)
# What a process running the project's code puts first on its sys.path.
SYS_PATH = [*map(str, CODE_FOLDERS), str(PROJECT_ROOT)]


def touches_code(changed: list[Path], code: list[Path]) -> bool:
    """Return whether any changed path lies in the server's code."""
    return any(path.is_relative_to(c) for path in changed for c in code)


@dataclass(frozen=True, slots=True)
class Finished:
    """How a build in the server ended, and what it used (workers included)."""

    code: int
    cpu: float
    peak_mb: float


@dataclass(frozen=True, slots=True)
class Edited:
    """The edited documents' pages the last build wrote, and what it used."""

    pages: list[str]  # paths in the output folder
    cpu: float
    peak_mb: float


class BuildServer:
    """A server process that runs ``invoke build`` in forks of itself."""

    def __init__(self, *, quiet: bool = False) -> None:
        self._process: subprocess.Popen[str] | None = None
        self._answers = None
        # Quiet: what the builds print is dropped (the bench's builds).
        self._output = subprocess.DEVNULL if quiet else None

    def run(self, argv: list[str], *, keep: bool = False) -> Finished:
        """Run ``invoke argv`` in a fork of the server; return how it ended.

        With ``keep``, a build that succeeded stays for ``write_edited``.
        """
        answer = self._ask({"argv": argv, "keep": keep})
        if not answer:  # the server died: the next build starts a new one
            return Finished(1, 0.0, 0.0)
        code, cpu, peak_kb = answer.split()
        return Finished(int(code), float(cpu), int(peak_kb) / 1024)

    def write_edited(self, paths: list[Path]) -> Edited | None:
        """Have the last build kept write these edited documents' own pages.

        None when no build is kept or it could not (then only the rebuild will).
        """
        if self._process is None:
            return None
        answer = self._ask({"edited": [str(path) for path in paths]})
        found = json.loads(answer) if answer else None
        if found is None:
            return None
        return Edited(found["pages"], found["cpu"], found["peak_kb"] / 1024)

    def _ask(self, request: dict[str, Any]) -> str:
        """Send one request to the server; return its answer ("" if it died)."""
        if self._process is None or self._process.poll() is not None:
            self._start()
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            answer = self._answers.readline()
        except OSError:
            answer = ""
        if not answer:
            self.close()
        return answer

    @property
    def pid(self) -> int | None:
        """Return the server's process id (None when none is running)."""
        return self._process.pid if self._process is not None else None

    def restart(self) -> None:
        """Start a new server for the next build (the code it loaded changed)."""
        self.close()

    def close(self) -> None:
        """Stop the server."""
        if self._process is not None:
            self._process.stdin.close()  # the server's signal to stop
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._answers.close()
            self._process = self._answers = None

    def _start(self) -> None:
        read, write = os.pipe()
        boot = _BOOT.format(path=SYS_PATH, reply=write)
        self._process = subprocess.Popen(
            [sys.executable, "-c", boot],
            cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE,
            pass_fds=(write,),
            stdout=self._output,
            stderr=self._output,
            text=True,
        )
        os.close(write)
        self._answers = os.fdopen(read, "r")

"""The build server's side: builds run in forks of a process that loaded them.

``buildserver.BuildServer`` starts this process and sends it requests; see
there why. A build asked to be kept stays after it succeeded, its process
waiting to write edited documents' pages from what it read
(``edited_pages``), until it is asked once or the next build replaces it.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import resource
import sys
from pathlib import Path
from typing import Any

from jekyll_tasks.edited_pages import LastBuild, kept_build, write_edited_pages
from jekyll_tasks.runner import PROJECT_ROOT

_PLUGINS = PROJECT_ROOT / "plugins"

# Loaded by the server before its first fork: what every build imports.
PRELOADED = (
    "invoke.main",
    "pelican",
    "pelican.generators",
    "pelican.readers",
    "pelican.writers",
    "markdown",
    "pygments.formatters.html",
    "tasks",
    # What Markdown loads when a build's first document is rendered (the
    # extensions pelicanconf.py and the plugins name, highlighting's style).
    "markdown.extensions.extra",
    "markdown.extensions.codehilite",
    "jekyll_markdown.extension",
    "pymdownx.superfences",
    "pymdownx.tasklist",
    "pymdownx.tilde",
    "pygments.styles.default",
)


def preload() -> None:
    """Import what a build imports: the build's modules and every plugin."""
    for name in PRELOADED:
        importlib.import_module(name)
    for plugin in pkgutil.iter_modules([str(_PLUGINS)]):
        importlib.import_module(plugin.name)


def serve(reply: int) -> None:
    """Run what is asked on stdin (one JSON request a line), each build in a fork.

    A build's request is ``{"argv": [...], "keep": bool}``; its exit code,
    CPU seconds and peak memory (kB, its workers included) are written to
    the file descriptor ``reply``, one build a line, and it writes to this
    process's stdout and stderr. With ``keep``, a build that succeeded
    stays, its process waiting (``_Kept``) until ``{"edited": [paths]}``
    asks it to write those documents' pages (``edited_pages``; the answer
    is a JSON line) or until the next build replaces it.
    """
    kept: _Kept | None = None
    try:
        preload()
        with os.fdopen(reply, "w", buffering=1) as answers:
            for line in sys.stdin:
                request = json.loads(line)
                if "edited" in request:
                    written = kept.write_pages(request["edited"]) if kept else None
                    kept = None  # its documents are the edit's now
                    answers.write(json.dumps(written) + "\n")
                    continue
                if kept is not None:
                    kept.release()
                sys.stdout.flush()
                sys.stderr.flush()
                finished, kept = _fork_build(
                    request["argv"], keep=request["keep"], server_reply=answers
                )
                answers.write(finished + "\n")
    except KeyboardInterrupt:  # Ctrl+C reaches the whole server, quietly
        return
    finally:
        if kept is not None:
            kept.release()


def _fork_build(
    argv: list[str], *, keep: bool, server_reply: Any
) -> tuple[str, _Kept | None]:
    """Run a build in a fork; return its answer line, and its process if kept."""
    asks, told = os.pipe() if keep else (-1, -1)
    hears, answers = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            server_reply.close()  # a kept build must not hold the server's pipe
            os.close(hears)
            code = _build_in_fork(argv, keep, asks, told, answers)
        except KeyboardInterrupt:
            code = 130
        finally:
            os._exit(code)
    os.close(answers)
    if keep:
        os.close(asks)
    heard = os.fdopen(hears, "r")
    line = heard.readline().split()
    if len(line) == 4 and line[3] == "1":
        return " ".join(line[:3]), _Kept(pid, told, heard)
    heard.close()
    if keep:
        os.close(told)
    _, status, usage = os.wait4(pid, 0)
    if len(line) == 4:
        return " ".join(line[:3]), None
    # The build's process died before it could answer.
    code = os.waitstatus_to_exitcode(status)
    return f"{code or 1} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}", None


def _build_in_fork(
    argv: list[str], keep: bool, asks: int, told: int, answers: int
) -> int:
    """Run the build (in its fork), answer how it went, stay if kept and built."""
    with os.fdopen(answers, "w", buffering=1) as answer:
        with kept_build() as build:
            code = _run_invoke(argv)
        stays = keep and code == 0 and build.pelican is not None
        answer.write(f"{code} {_usage()} {int(stays)}\n")
        if stays:
            os.close(told)
            _hold(build, asks, answer)
    return code


def _usage() -> str:
    """Return this process's CPU seconds and peak kB, its (ended) workers included."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
    return f"{cpu} {max(own.ru_maxrss, workers.ru_maxrss)}"


def _hold(build: LastBuild, asks: int, answer: Any) -> None:
    """Wait, as the last build, to be asked for edited pages (or to be let go)."""
    with os.fdopen(asks, "r") as requests:
        line = requests.readline()
    if line:
        before = resource.getrusage(resource.RUSAGE_SELF)
        pages = write_edited_pages(build, [Path(path) for path in json.loads(line)])
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        edited = {"pages": pages, "cpu": cpu, "peak_kb": after.ru_maxrss}
        answer.write(json.dumps(edited if pages is not None else None) + "\n")


class _Kept:
    """The process of the last build, kept to write edited documents' pages."""

    def __init__(self, pid: int, asks: int, hears: Any) -> None:
        self.pid, self.asks, self.hears = pid, asks, hears

    def write_pages(self, paths: list[str]) -> dict[str, Any] | None:
        """Ask it for the pages of these edited files; it ends after answering.

        Returns the pages written, its CPU seconds and peak kB; None when
        it could not write them as the build would (the rebuild does it all).
        """
        try:
            os.write(self.asks, (json.dumps(paths) + "\n").encode())
            answer = self.hears.readline()
        except OSError:
            answer = ""
        self.release()
        return json.loads(answer) if answer else None

    def release(self) -> None:
        """Let the process end (closing its pipe is its signal), and wait for it."""
        os.close(self.asks)
        self.hears.close()
        os.waitpid(self.pid, 0)


def _run_invoke(argv: list[str]) -> int:
    from invoke.main import program  # noqa: PLC0415

    code = 0
    try:
        program.run(["invoke", *argv])
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
    except KeyboardInterrupt:
        code = 130
    except Exception:  # noqa: BLE001 (a crashed build says why, as a process would)
        import traceback  # noqa: PLC0415

        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code

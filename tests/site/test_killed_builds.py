"""A build killed with SIGKILL at any moment costs nothing but the time it ran.

A 2,000-post site is built, then built again five times with its title
changed (so every page is written anew) and killed outright, workers and
all, at a different point of the build each time: while reading, rendering
on every core, writing pages, saving the caches. The build after that is
byte-identical to a cold build of the same files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from jekyll_bench.corpus import write_corpus
from jekyll_tasks.runner import run_build
from tests.helpers import PROJECT_ROOT, tree

POSTS = 2000


def _start(source: Path, output: Path, *flags: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "invoke", "build", "--source", str(source),
         "--output", str(output), "--no-search", *flags],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )  # fmt: skip


def _finish(build: subprocess.Popen) -> tuple[int, str]:
    _, stderr = build.communicate(timeout=300)
    return build.returncode, stderr


def _retitle(source: Path, title: str) -> None:
    config = source / "_config.yml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [
        f"title: {title}\n" if line.startswith("title:") else line for line in lines
    ]
    config.write_text("".join(lines), encoding="utf-8")


def test_the_build_after_builds_killed_at_any_moment_is_a_cold_one(
    tmp_path: Path,
) -> None:
    source = write_corpus(tmp_path / "source", POSTS)
    output = tmp_path / "out"
    code, stderr = _finish(_start(source, output))
    assert code == 0, stderr
    # How long a build that writes every page again takes here: the faster
    # of two, so the kills below land before the end on a busy machine too.
    durations = []
    for n in range(2):
        _retitle(source, f"Measured {n}")
        started = time.perf_counter()
        code, stderr = _finish(_start(source, output))
        assert code == 0, stderr
        durations.append(time.perf_counter() - started)
    seconds = min(durations)
    killed = 0
    for n, share in enumerate((0.15, 0.35, 0.55, 0.75, 0.95)):
        _retitle(source, f"Killed build {n}")
        build = _start(source, output)
        time.sleep(seconds * share)
        os.killpg(build.pid, signal.SIGKILL)
        build.communicate(timeout=60)
        killed += build.returncode == -signal.SIGKILL
    assert killed >= 4  # (the last may have finished just before)
    _retitle(source, "The last title")
    code, stderr = _finish(_start(source, output))
    assert code == 0, stderr
    assert "Traceback" not in stderr
    cold = run_build(
        source=source, output=tmp_path / "cold", overrides={"JEKYLL_CACHE": False}
    )
    assert cold.errors == 0
    assert tree(output) == tree(cold.output)

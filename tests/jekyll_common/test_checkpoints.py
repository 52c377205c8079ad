"""A named moment kills the build's process group only when a test names it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from jekyll_common.checkpoints import VARIABLE
from tests.helpers import HANG

SCRIPT = (
    "from jekyll_common.checkpoints import checkpoint\n"
    "for _ in range(3):\n"
    "    checkpoint('write')\n"
    "    print('wrote', flush=True)\n"
)


def _run(kill_at: str | None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != VARIABLE}
    if kill_at is not None:
        environment[VARIABLE] = kill_at
    environment["PYTHONPATH"] = "plugins"
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True,
        env=environment, start_new_session=True, check=False, timeout=HANG,
    )  # fmt: skip


def test_the_nth_passing_of_the_named_moment_kills() -> None:
    done = _run("write:2")
    assert done.returncode == -signal.SIGKILL
    assert done.stdout.split("\n").count("wrote") == 1


def test_another_moment_or_none_kills_nothing() -> None:
    for kill_at in (None, "read:1", "write:x"):
        done = _run(kill_at)
        assert done.returncode == 0 and done.stdout.count("wrote") == 3

"""Named moments of a build, where a test may kill it outright.

The build passes ``checkpoint("read")`` for each document read,
``"render"`` for each body rendered (in the worker that renders it),
``"write"`` for each page written (in the writing worker) and ``"save"``
for each cache file saved. With ``JEKYLL_TEST_KILL_AT=moment:n`` in its
environment (tests set it; nothing else does), the n-th passing of that
moment in one process kills the build's whole process group with SIGKILL:
what a power cut or the OOM killer does there, at a point that does not
depend on how fast or busy the machine is.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from functools import cache

VARIABLE = "JEKYLL_TEST_KILL_AT"
_passed: Counter[str] = Counter()


@cache
def _target() -> tuple[str, int] | None:
    moment, _, count = os.environ.get(VARIABLE, "").partition(":")
    return (moment, int(count)) if moment and count.isdigit() else None


def checkpoint(moment: str) -> None:
    """Mark that the build passes ``moment`` once more."""
    target = _target()
    if target is None or target[0] != moment:
        return
    _passed[moment] += 1
    if _passed[moment] == target[1]:
        os.killpg(os.getpgrp(), signal.SIGKILL)

"""Processes for work done on every core: how many, and how they are forked."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Give a pool of ``workers`` forked processes sharing the build's objects.

    The objects made so far are kept out of the garbage collector's sight
    meanwhile: a collection in a worker would touch, and so copy, every page
    of memory it shares with the build.
    """
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            yield pool
    finally:
        gc.unfreeze()


def worker_count() -> int:
    """Return how many processes a build works with (every core it may use)."""
    return max(
        1,
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count() or 1,
    )

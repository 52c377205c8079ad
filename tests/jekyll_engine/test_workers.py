"""Processes forked for work on every core."""

import gc
import os

from jekyll_engine.workers import forked_pool, worker_count


def test_the_worker_count_is_the_cores_this_process_may_use() -> None:
    assert worker_count() == len(os.sched_getaffinity(0))


def test_a_forked_pool_works_and_gives_the_collector_back() -> None:
    with forked_pool(2) as pool:
        assert sorted(pool.map(abs, [-1, -2, 3])) == [1, 2, 3]
    assert gc.get_freeze_count() == 0

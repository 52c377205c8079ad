"""The engine's settings: the build cache and writing on every core."""

from __future__ import annotations

from typing import Final

from jekyll_common.setting_kinds import BOOL, COUNT, Setting, group
from jekyll_common.settings import declare

ENGINE_ROWS: Final = declare(
    *group(
        "build",
        Setting(
            "JEKYLL_CACHE",
            BOOL,
            True,
            "keep documents as read, rendered bodies, compiled templates and page "
            "fingerprints in `CACHE_PATH` (`cache/`) between builds",
        ),
        Setting(
            "JEKYLL_CACHE_MAX_MB",
            COUNT,
            512,
            "how much `CACHE_PATH` may hold: the files least recently used by any "
            "build go first",
        ),
        Setting(
            "JEKYLL_PARALLEL_WRITE_MIN",
            COUNT,
            50,
            "from this many pages on, pages are written by one process per core",
        ),
    )
)

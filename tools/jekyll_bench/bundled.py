"""The bundled site's builds, as its owner runs them: after a save, and unchanged.

Both build a copy of ``content/`` (a save is a new modification time, and
the project's own files stay as they are) into a folder of their own.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from jekyll_bench.results import Build, Measure
from jekyll_tasks.output_folder import PROJECT_ROOT

Invoked = Callable[[list[str], str], Measure]


def bundled_builds(folder: Path, invoked: Invoked) -> list[Build]:
    """Return the bundled site's two builds; ``invoked`` runs ``invoke ARGV``."""
    copy = folder / "bundled"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(PROJECT_ROOT / "content", copy)
    output = folder / "out-bundled"
    shutil.rmtree(output, ignore_errors=True)
    argv = ["build", "--no-search", "--source", str(copy), "--output", str(output)]
    label = "this project, the bundled site"
    # Built twice first: the second build finds it up to date, as any does
    # that no save came before, in whatever order the rounds run them.
    for _ in range(2):
        invoked(argv, label)

    def after_a_save(_: int) -> Measure:
        os.utime(copy / "index.md")
        return invoked(argv, f"{label}, one file saved, invoke build --no-search")

    def unchanged(_: int) -> Measure:
        return invoked(argv, f"{label}, unchanged, invoke build --no-search")

    return [after_a_save, unchanged]

"""A build killed with SIGKILL at any moment costs nothing but the time it ran.

A 1,000-post site is built, then built again with its title (and, for the
rendering moment, every body) changed, and killed outright, workers and
all, at a named moment the build passes (``jekyll_common.checkpoints``):
while reading, while rendering in a worker, while writing pages, and
between writing a cache file and putting it in place. Where the kill lands
does not depend on the machine's speed. The build after that is
byte-identical to a cold build of the same files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jekyll_bench.corpus import write_corpus
from jekyll_common.checkpoints import VARIABLE
from jekyll_tasks.runner import run_build
from tests.helpers import PROJECT_ROOT, tree

POSTS = 1000
# (moment, how many times it is passed first): the middle of each stage.
MOMENTS = [("read", 500), ("render", 100), ("write", 300), ("save", 2)]


def _build(source: Path, output: Path, kill_at: str = "") -> tuple[int, str]:
    environment = {k: v for k, v in os.environ.items() if k != VARIABLE}
    if kill_at:
        environment[VARIABLE] = kill_at
    build = subprocess.run(
        [sys.executable, "-m", "invoke", "build", "--source", str(source),
         "--output", str(output), "--no-search"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, env=environment,
        start_new_session=True, timeout=600, check=False,
    )  # fmt: skip
    return build.returncode, build.stderr


def _change(source: Path, title: str, *, bodies: bool) -> None:
    config = source / "_config.yml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [
        f"title: {title}\n" if line.startswith("title:") else line for line in lines
    ]
    config.write_text("".join(lines), encoding="utf-8")
    if bodies:
        for post in (source / "_posts").iterdir():
            with post.open("a", encoding="utf-8") as handle:
                handle.write(f"\n{title}\n")


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[int]]:
    root = tmp_path_factory.mktemp("killed")
    source = write_corpus(root / "source", POSTS)
    output = root / "out"
    code, stderr = _build(source, output)
    assert code == 0, stderr
    codes = []
    for moment, times in MOMENTS:
        _change(source, f"Killed while {moment}", bodies=moment == "render")
        code, _ = _build(source, output, f"{moment}:{times}")
        codes.append(code)
    return source, output, codes


def test_each_build_was_killed_at_its_moment(
    killed: tuple[Path, Path, list[int]],
) -> None:
    assert killed[2] == [-signal.SIGKILL] * len(MOMENTS)


def test_the_build_after_the_killed_ones_is_a_cold_one(
    killed: tuple[Path, Path, list[int]], tmp_path: Path
) -> None:
    source, output, _ = killed
    _change(source, "The last title", bodies=False)
    code, stderr = _build(source, output)
    assert code == 0, stderr
    assert "Traceback" not in stderr
    cold = run_build(
        source=source, output=tmp_path / "cold", overrides={"JEKYLL_CACHE": False}
    )
    assert cold.errors == 0
    assert tree(output) == tree(cold.output)

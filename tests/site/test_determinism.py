"""Two builds of the same content give byte-identical output."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from jekyll_tasks.buildserver import SYS_PATH
from jekyll_tasks.runner import run_build
from tests.helpers import build_fixture, tree, write_files


def test_bundled_site_builds_byte_identical(tmp_path: Path) -> None:
    first = run_build(output=tmp_path / "one", search=True).output
    second = run_build(output=tmp_path / "two", search=True).output
    one, two = tree(first), tree(second)
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_fixture_site_builds_byte_identical(tmp_path: Path) -> None:
    _, first = build_fixture("frontmatter", tmp_path / "a")
    _, second = build_fixture("frontmatter", tmp_path / "b")
    assert tree(first) == tree(second)


def test_posts_of_one_date_keep_their_order_across_processes(tmp_path: Path) -> None:
    # Pelican lists files in set order, which changes with each process's
    # string hashing; posts of one date must not follow it.
    posts = {
        f"_posts/2020-05-01-post-{n}.md": f"---\ntitle: Post {n}\n---\nText {n}.\n"
        for n in range(8)
    }
    write_files(tmp_path / "source", posts)
    script = (
        "import sys; from pathlib import Path; sys.path[:0] = sys.argv[3:]\n"
        "from jekyll_tasks.runner import run_build\n"
        "run_build(source=Path(sys.argv[1]), output=Path(sys.argv[2]),"
        " overrides={'JEKYLL_CACHE': False})\n"
    )
    pages = []
    for seed in ("1", "2", "3"):
        output = tmp_path / f"out-{seed}"
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "source"), str(output),
             *SYS_PATH],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        pages.append((output / "blog/index.html").read_text(encoding="utf-8"))
    assert pages[0] == pages[1] == pages[2]
    order = re.findall(r"Post (\d)</a>", pages[0])
    assert order == sorted(order, reverse=True)  # ties: URL, newest first

"""A full output disk and an output folder that is a mount point.

Each scenario runs ``invoke build`` as a process on small tmpfs folders
mounted in a mount namespace of its own (``faults/in_own_mounts.py``): a
full disk stops the build with one line naming the file, leaves no page
half written and the production site as it was, and once space is freed the
next build's output is a cold build's; a production build into a mount
point (which cannot be renamed) is swapped in entry by entry.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jekyll_bench.corpus import write_corpus

SCENARIOS = Path(__file__).parent / "faults" / "in_own_mounts.py"


def _run(scenario: str, tmp_path: Path, posts: int) -> dict:
    source = write_corpus(tmp_path / "source", posts)
    done = subprocess.run(
        ["unshare", "--mount", "--map-root-user", sys.executable, str(SCENARIOS),
         scenario, str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_a_full_disk_stops_the_build_with_one_line_and_loses_nothing(
    tmp_path: Path,
) -> None:
    found = _run("full-disk", tmp_path, 100)
    assert found["first"]["code"] == 0
    assert found["production"]["code"] == 0
    full = found["full"]
    assert full["code"] == 1
    assert "Traceback" not in full["stderr"] + full["stdout"]
    (line,) = [x for x in full["stderr"].splitlines() if "could not be written" in x]
    assert line.startswith("build: ") and "/out/" in line
    assert "(No space left on device)" in line and "The disk is full" in line
    assert found["zero_length"] == [] and found["parts"] == []
    # A production build that meets a full disk leaves the live site as it was.
    assert found["production_full"]["code"] == 1
    assert found["site_kept"]
    assert found["left_beside"] == ["filler", "out", "site"]
    assert found["freed"]["code"] == 0
    assert found["same_as_cold"]


def test_a_production_build_into_a_mount_point_is_swapped_in(tmp_path: Path) -> None:
    found = _run("mount-point", tmp_path, 20)
    assert found["first"]["code"] == 0, found["first"]["stderr"]
    assert found["second"]["code"] == 0, found["second"]["stderr"]
    assert "old-file.html" not in found["entries"]
    assert not [e for e in found["entries"] if e.endswith((".building", ".previous"))]
    assert "index.html" in found["entries"]
    assert found["same_as_cold"]

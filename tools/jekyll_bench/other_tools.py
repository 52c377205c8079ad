"""Jekyll's and Hugo's builds of the corpus, timed by ``/usr/bin/time``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from jekyll_bench.results import Measure


def time_tool(command: list[str], label: str, posts: int, cwd: Path) -> Measure | None:
    """Time another tool's build; None (and why, on stderr) when it fails."""
    measured = ["/usr/bin/time", "-f", "BENCH %U %S %M", *command]
    started = time.perf_counter()
    done = subprocess.run(
        measured, cwd=cwd, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    line = next(
        (row for row in done.stderr.splitlines() if row.startswith("BENCH")), None
    )
    if done.returncode != 0 or line is None:
        said = "\n".join(done.stderr.splitlines()[-5:]) or done.stdout[-500:]
        print(f"bench: {label} failed (exit {done.returncode}), left out of the "
              f"table:\n{said}", file=sys.stderr)  # fmt: skip
        return None
    _, user, system, peak_kb = line.split()
    return Measure(label, posts, round(wall, 2), round(float(user) + float(system), 2),
                   round(int(peak_kb) / 1024))  # fmt: skip


# Hugo builds the corpus once converted by its own importer, with these
# layouts (it has no default theme): a base page, a post, paginated lists of
# posts with their summaries (home, tags, categories), as the others build.
HUGO_LAYOUTS = Path(__file__).parent / "hugo_layouts"


def hugo_site(corpus: Path, site: Path) -> Path | None:
    """Convert the corpus with ``hugo import jekyll`` and add the layouts."""
    shutil.rmtree(site, ignore_errors=True)
    done = subprocess.run(
        ["hugo", "import", "jekyll", str(corpus), str(site)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        print(f"bench: hugo import failed, Hugo left out:\n{done.stderr[-500:]}",
              file=sys.stderr)  # fmt: skip
        return None
    shutil.copytree(HUGO_LAYOUTS, site / "layouts", dirs_exist_ok=True)
    return site

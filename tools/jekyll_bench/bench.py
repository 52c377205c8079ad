"""``invoke bench``: build one synthetic corpus with every tool, same run.

Each build runs in its own process; wall time is measured around it, CPU
time and peak memory come from the process (and its workers and the search
indexer) itself. This project is measured cold without its Pagefind search
index (bare Pelican builds none) and with it, and after one post was
edited: through ``invoke serve`` (till the edited post's page is written
by the build kept in memory, and till the whole rebuild is done; serve
brings the index up to date after) and as ``invoke build`` in a new
process, with and without the index. Bare Pelican is the baseline:
pelican-yaml-metadata, ``FILENAME_METADATA``, typogrify on, the default
theme. The bundled site's build is timed too (rows of their own, 1 post):
after a file was saved, and unchanged (found up to date).
Jekyll and Hugo are timed when installed. Every build runs once a
round, in rounds of shuffled order, and each figure is a median.
"""

from __future__ import annotations

import compileall
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from jekyll_bench.bundled import bundled_builds
from jekyll_bench.corpus import write_corpus
from jekyll_bench.machine import describe_run
from jekyll_bench.other_tools import hugo_site, time_tool
from jekyll_bench.results import Build, Measure, median_of, table
from jekyll_bench.results import record as record_results
from jekyll_tasks.buildserver import SYS_PATH, BuildServer, Finished
from jekyll_tasks.output_folder import code_paths
from jekyll_tasks.runner import PROJECT_ROOT, index_built_site

# Runs a build in this process and prints CPU seconds and peak memory (MB).
_MEASURE = """
import resource, sys
sys.path[:0] = {path!r}
{body}
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
print("BENCH", cpu, max(own.ru_maxrss, kids.ru_maxrss) / 1024)
"""

# A cold build, without the cache.
_OURS = """
from pathlib import Path
from jekyll_tasks.runner import run_build, skip_last_collection
run_build(source=Path({source!r}), output=Path({output!r}), search={search},
          overrides={{"JEKYLL_CACHE": False}})
skip_last_collection()  # as ``invoke build`` does
"""

# ``invoke ARGV`` in a new process, as typed on the command line.
_INVOKE = """
import os
os.chdir({root!r})
from invoke.main import program
program.run(["invoke", *{argv!r}])
"""

_BARE_PELICAN = """
from pelican import main
main(["-s", {conf!r}, "-q"])
"""

_BARE_CONF = """
PATH = {source!r}
OUTPUT_PATH = {output!r}
ARTICLE_PATHS = ["_posts"]
PAGE_PATHS = []
PLUGINS = ["pelican.plugins.yaml_metadata"]
FILENAME_METADATA = r"(?P<date>\\d{{4}}-\\d{{2}}-\\d{{2}})-(?P<slug>.*)"
TYPOGRIFY = True
TIMEZONE = "UTC"
DELETE_OUTPUT_DIRECTORY = True
"""


def _python(code: str, label: str, posts: int) -> Measure:
    script = _MEASURE.format(path=SYS_PATH, body=code)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    line = next(
        (row for row in done.stdout.splitlines() if row.startswith("BENCH")), None
    )
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{label} failed:\n{done.stderr[-2000:]}")
    _, cpu, peak = line.split()
    return Measure(
        label, posts, round(wall, 2), round(float(cpu), 2), round(float(peak))
    )


def run_bench(posts: int, folder: Path, runs: int = 3) -> list[Measure]:
    """Build a corpus of ``posts`` posts with every tool; return the measures.

    Every build is run once a round, ``runs`` rounds, and each measure is
    the median of its rounds: interleaved, a slow moment of the machine
    falls on one round of every tool rather than on every run of one. The
    order is shuffled each round (the same shuffles every time), so no
    build always follows the same one (say, the cold build with the index).
    """
    corpus = folder / f"corpus-{posts}"
    # The same posts again for the builds without the search index: a page
    # they change unindexed would otherwise be indexed by the next build
    # with the index, which would then measure two edits.
    unindexed = folder / f"corpus-{posts}-unindexed"
    for each in (corpus, unindexed):
        write_corpus(each, posts)  # again: the generator may have changed
    byte_compile(code_paths())
    # Each build's measures, by the build's place in the list (the table's order).
    found: dict[int, list[Measure]] = {}
    try:
        with closing(BuildServer(quiet=True)) as server:
            builds = _builds(posts, (corpus, unindexed), folder, server)
            for number in range(runs):
                order = list(enumerate(builds))
                random.Random(number).shuffle(order)  # noqa: S311 (an order)
                for place, build in order:
                    measure = build(number)
                    if measure is not None:
                        found.setdefault(place, []).append(measure)
    finally:
        for each in (corpus, unindexed):
            write_corpus(each, posts)  # the edited posts as they were
    return [median_of(found[place]) for place in sorted(found)]


def bench_and_record(
    posts: int, runs: int, *, record: bool
) -> tuple[str, Path, Path | None]:
    """Run the bench; return its table, and where the table and plot went.

    The results go to ``.bench/results/``, or with ``record`` to
    ``docs/bench/``, with when, where and with what they were measured.
    """
    work = PROJECT_ROOT / ".bench"
    results = run_bench(posts, work, runs)
    folder = PROJECT_ROOT / "docs" / "bench" if record else work / "results"
    table_file, plot = record_results(results, folder, describe_run(PROJECT_ROOT))
    return table(results), table_file, plot


def byte_compile(paths: list[Path]) -> None:
    """Compile the project's Python (folders, files), as pip compiles packages.

    Pelican's own modules were compiled when installed; without this, a
    machine that writes no bytecode (``PYTHONDONTWRITEBYTECODE``) would have
    every build of this project compile its plugins again, and only its.
    """
    for path in paths:
        if path.is_dir():
            compileall.compile_dir(path, quiet=1)
        elif path.is_file():
            compileall.compile_file(path, quiet=1)


def _builds(
    posts: int, corpora: tuple[Path, Path], folder: Path, server: BuildServer
) -> list[Build]:
    """Return this project's builds, bare Pelican's, and Jekyll's and Hugo's.

    ``corpora``: the corpus, and its copy for the builds without the index.
    """
    corpus, unindexed = corpora

    def ours_cold(search: bool, label: str) -> Build:
        def build(_: int) -> Measure:
            # Cold: no cache and an empty output folder.
            shutil.rmtree(folder / "out-ours", ignore_errors=True)
            code = _OURS.format(
                source=str(corpus), output=str(folder / "out-ours"), search=search
            )
            return _python(code, label, posts)

        return build

    # The edited builds are ``invoke build`` into a warm output folder with
    # the project's cache, as a user rebuilds: through ``invoke serve``'s
    # build server, or in a new process. Each edits a post anew (and leaves
    # it so): every build meets exactly one change, its site and search
    # index as the last build left them.
    warm = ["build", "--source", str(corpus), "--output", str(folder / "out-warm")]
    unindexed_warm = ["build", "--no-search", "--source", str(unindexed)]
    unindexed_warm += ["--output", str(folder / "out-warm-unindexed")]
    # The server's last build is of the corpus, kept as serve keeps it.
    for argv in (unindexed_warm, warm):
        shutil.rmtree(argv[-1], ignore_errors=True)
        if server.run(argv, keep=True).code != 0:
            raise RuntimeError("bench: the warm-up build failed")
    posts_folder = sorted((corpus / "_posts").iterdir())
    unindexed_posts = sorted((unindexed / "_posts").iterdir())

    def edited(post: Path, measure: Callable[[], Measure]) -> Build:
        original = post.read_text(encoding="utf-8")

        def build(number: int) -> Measure:
            changed = original.replace("## Method", f"## Method, edited {number}")
            post.write_text(changed, encoding="utf-8")
            return measure()

        return build

    def rebuilt_as_serve_does(label: str) -> tuple[Finished, float]:
        """Rebuild through the server, kept; return how it went and its wall time."""
        started = time.perf_counter()
        finished = server.run([*warm, "--no-search"], keep=True)
        wall = time.perf_counter() - started
        if finished.code != 0:
            raise RuntimeError(f"{label}: the rebuild failed (exit {finished.code})")
        # Then, as serve does once the pages reloaded (not timed): the index.
        index_built_site(source=corpus, output=folder / "out-warm")
        return finished, wall

    def served() -> Measure:
        label = "this project, one post edited, invoke serve"
        finished, wall = rebuilt_as_serve_does(label)
        return Measure(label, posts, round(wall, 2), round(finished.cpu, 2),
                       round(finished.peak_mb))  # fmt: skip

    def served_page(post: Path) -> Callable[[], Measure]:
        label = "this project, one post edited, invoke serve: its page"

        def measure() -> Measure:
            started = time.perf_counter()
            found = server.write_edited([post.resolve()])
            wall = time.perf_counter() - started
            if found is None or not found.pages:
                raise RuntimeError(f"{label}: the kept build wrote no page")
            rebuilt_as_serve_does(label)  # as serve goes on (not timed)
            return Measure(label, posts, round(wall, 2), round(found.cpu, 2),
                           round(found.peak_mb))  # fmt: skip

        return measure

    def invoked(argv: list[str], label: str) -> Callable[[], Measure]:
        code = _INVOKE.format(root=str(PROJECT_ROOT), argv=argv)
        return lambda: _python(code, label, posts)

    conf = folder / "bare-pelicanconf.py"
    conf.write_text(
        _BARE_CONF.format(source=str(corpus), output=str(folder / "out-pelican")),
        encoding="utf-8",
    )
    bare = _BARE_PELICAN.format(conf=str(conf))
    new_process = "this project, one post edited, invoke build"
    builds: list[Build] = [
        ours_cold(False, "this project, cold"),
        ours_cold(True, "this project, cold, with search index"),
        edited(posts_folder[0], served),
        edited(posts_folder[3], served_page(posts_folder[3])),
        edited(unindexed_posts[1], invoked(unindexed_warm,
                                           f"{new_process} --no-search")),
        edited(posts_folder[2], invoked(warm, f"{new_process} (with search index)")),
        lambda _: _python(bare, "bare Pelican", posts),
        *bundled_builds(folder, lambda argv, label: _python(
            _INVOKE.format(root=str(PROJECT_ROOT), argv=argv), label, 1)),
    ]  # fmt: skip
    return builds + _other_tools(posts, corpus, folder)


def _other_tools(posts: int, corpus: Path, folder: Path) -> list[Build]:
    """Return the builds of Jekyll and Hugo, where installed."""
    builds: list[Build] = []
    if not Path("/usr/bin/time").exists():
        return builds
    if shutil.which("jekyll"):
        # No disk cache: Jekyll 4 would otherwise keep renderings between runs.
        jekyll = ["jekyll", "build", "--quiet", "--disable-disk-cache",
                  "-s", str(corpus), "-d", str(folder / "out-jekyll")]  # fmt: skip
        builds.append(lambda _: time_tool(jekyll, "Jekyll", posts, folder))
    if shutil.which("hugo") and (site := hugo_site(corpus, folder / f"hugo-{posts}")):
        hugo = ["hugo", "--quiet", "-s", str(site), "-d", str(folder / "out-hugo")]

        def hugo_build(_: int) -> Measure | None:
            shutil.rmtree(folder / "out-hugo", ignore_errors=True)
            return time_tool(hugo, "Hugo", posts, folder)

        builds.append(hugo_build)
    return builds

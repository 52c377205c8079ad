import gc
import os
import platform
import re
from pathlib import Path

import pytest

import jekyll_bench.bench as bench
from jekyll_bench.corpus import write_corpus
from jekyll_bench.machine import describe_run
from jekyll_bench.other_tools import hugo_site, time_tool
from jekyll_bench.results import Measure, median_of, record, table
from jekyll_tasks.buildserver import Edited, Finished
from jekyll_tasks.output_folder import code_paths
from jekyll_tasks.runner import skip_last_collection
from tests.helpers import PROJECT_ROOT, tree


def test_corpus_is_deterministic_and_realistic(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 5)
    second = write_corpus(tmp_path / "b", 5)
    assert tree(first) == tree(second)
    posts = sorted((first / "_posts").iterdir())
    assert len(posts) == 5
    text = posts[0].read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: ")
    assert "tags: [" in text and "categories: [" in text
    assert "```python" in text and "## Method" in text and "](https://" in text
    assert 500 <= len(text.split()) <= 800
    # Jekyll builds it as such a blog is built: theme, feed, archives.
    config = (first / "_config.yml").read_text(encoding="utf-8")
    assert "theme: minima" in config and "layout: archive" in config
    assert "page.posts" in (first / "_layouts" / "archive.html").read_text()


def test_table_gives_ratios_to_bare_pelican_of_the_same_size() -> None:
    rows = table(
        [
            Measure("bare Pelican", 10, 2.0, 2.0, 50),
            Measure("this project, cold", 10, 1.0, 1.5, 60),
            Measure("bare Pelican", 100, 20.0, 20.0, 80),
            Measure("this project, cold", 100, 15.0, 20.0, 90),
        ]
    ).splitlines()
    assert rows[3] == "| 10 | this project, cold | 1.0 | 1.5 | 60 | 0.50 | 1 |"
    assert rows[5] == "| 100 | this project, cold | 15.0 | 20.0 | 90 | 0.75 | 1 |"


def test_the_last_collection_is_skipped_for_what_exists_then() -> None:
    before = gc.get_freeze_count()
    skip_last_collection()
    try:
        # Every object alive now is out of the collector's reach.
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_another_tools_build_is_timed_or_left_out_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    measure = time_tool(["sh", "-c", "echo built"], "Tool", 10, tmp_path)
    assert measure is not None
    assert (measure.tool, measure.posts) == ("Tool", 10)
    assert measure.wall >= 0 and measure.peak_mb > 0
    failed = time_tool(["sh", "-c", "echo 'no theme minima' >&2; exit 3"], "Tool", 10,
                       tmp_path)  # fmt: skip
    assert failed is None
    said = capsys.readouterr().err
    assert "Tool failed (exit 3), left out of the table" in said
    assert "no theme minima" in said


def test_hugo_gets_the_converted_corpus_and_the_bench_layouts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in for ``hugo import jekyll SOURCE TARGET``: it records the call.
    tools = tmp_path / "bin"
    tools.mkdir()
    fake = tools / "hugo"
    fake.write_text('#!/bin/sh\nmkdir -p "$4/content"\necho "$@" > "$4/call"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    corpus = write_corpus(tmp_path / "corpus", 3)
    site = hugo_site(corpus, tmp_path / "site")
    assert site == tmp_path / "site"
    assert (site / "call").read_text().split() == [
        "import", "jekyll", str(corpus), str(site)
    ]  # fmt: skip
    layouts = {p.relative_to(site / "layouts") for p in (site / "layouts").rglob("*")}
    assert {Path("_default/single.html"), Path("_default/list.html")} <= layouts
    fake.write_text("#!/bin/sh\necho 'unknown command' >&2\nexit 1\n")
    assert hugo_site(corpus, tmp_path / "site") is None


def test_a_measure_over_rounds_is_the_median_of_each_figure() -> None:
    rounds = [
        Measure("Jekyll", 10, 5.0, 4.0, 80),
        Measure("Jekyll", 10, 9.0, 4.5, 82),
        Measure("Jekyll", 10, 4.8, 4.7, 81),
    ]
    assert median_of(rounds) == Measure("Jekyll", 10, 5.0, 4.5, 81, 3)


def test_builds_are_interleaved_and_every_edited_build_meets_one_new_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpora = (tmp_path / "corpus-4", tmp_path / "corpus-4-unindexed")
    original = tree(write_corpus(tmp_path / "original", 4))
    calls: list[tuple[str, dict[str, bytes]]] = []
    walls = iter(range(100))

    def changed() -> dict[str, bytes]:
        # What each build finds: the posts that differ from the corpus.
        return {
            f"{corpus.name}/{path}": text
            for corpus in corpora
            for path, text in tree(corpus).items()
            if path in original and text != original[path]
        }

    def build(code: str, label: str, posts: int) -> Measure:
        del code
        calls.append((label, changed()))
        return Measure(label, posts, float(next(walls)), 1.0, 50)

    class Server:
        def run(self, argv: list[str], *, keep: bool = False) -> Finished:
            assert keep, "serve's builds are kept"
            served.append(argv)
            calls.append(("serve", changed()))
            next(walls)
            return Finished(0, 1.0, 50)

        def write_edited(self, paths: list[Path]) -> Edited:
            assert all(path.is_relative_to(corpora[0]) for path in paths)
            calls.append(("serve: the page", changed()))
            next(walls)
            return Edited(["a/index.html"], 0.1, 50)

        def close(self) -> None:
            calls.append(("closed", {}))

    served: list[list[str]] = []
    indexed: list[Path] = []
    monkeypatch.setattr(bench, "_python", build)
    monkeypatch.setattr(
        bench, "index_built_site", lambda **folders: indexed.append(folders["output"])
    )
    monkeypatch.setattr(bench, "BuildServer", lambda **_: Server())
    monkeypatch.setattr(bench.shutil, "which", lambda _: None)
    compiled: list[list[Path]] = []
    monkeypatch.setattr(bench, "byte_compile", compiled.append)
    results = bench.run_bench(4, tmp_path, runs=3)
    assert compiled == [code_paths()], "the server's code, compiled once"

    labels = [label for label, _ in calls]
    # A warm-up for each corpus first: without the index for the copy, then
    # with it (the server's last build is of the corpus serve edits).
    assert labels[:2] == ["serve", "serve"], "no warm-ups first"
    assert calls[0][1] == calls[1][1] == {}
    assert "--no-search" in served[0] and "--no-search" not in served[1]
    # Serve's rebuilds: the pages, then (not timed) the index, as serve does.
    assert all("--no-search" in argv for argv in served[2:])
    assert indexed == [tmp_path / "out-warm"] * 6
    assert labels[-1] == "closed"
    # The bundled site built twice first, so that unchanged it is up to date.
    assert labels[2:4] == ["this project, the bundled site"] * 2
    rounds = [labels[4:14], labels[14:24], labels[24:34]]
    assert len(labels) == 35
    assert sorted(rounds[0]) == sorted(rounds[1]) == sorted(rounds[2])
    assert len(set(rounds[0])) == 9, "a build ran twice in one round"
    assert len({tuple(r) for r in rounds}) > 1, "every round ran in one order"
    # Each edited page is rebuilt after (the rebuild meets no new edit).
    pages = [n for n, (label, _) in enumerate(calls) if label == "serve: the page"]
    assert all(calls[n + 1][0] == "serve" for n in pages)
    assert all(calls[n + 1][1] == calls[n][1] for n in pages)
    edited = [
        (label, found)
        for n, (label, found) in enumerate(calls[2:], start=2)
        if ("edited" in label or label.startswith("serve")) and n - 1 not in pages
    ]
    assert len(edited) == 12
    seen = set()
    for (_, before), (label, after) in zip([("", {}), *edited], edited, strict=False):
        new = {p for p in before.keys() | after.keys() if after.get(p) != before.get(p)}
        assert len(new) == 1, "an edited build met other than one new edit"
        path = new.pop()
        # The builds without the index edit (and build) a corpus of their own.
        assert path.startswith("corpus-4-unindexed/") == label.endswith("--no-search")
        seen.add(after[path])
    assert len(seen) == 12
    for corpus in corpora:
        assert tree(corpus) == original, "the edited posts were not put back"
    # Each build's measure is the median of its three rounds' walls.
    walls: dict[str, list[float]] = {}
    for label, wall in zip(labels, range(100), strict=False):
        walls.setdefault(label, []).append(float(wall))
    measured = {r.tool: (r.wall, r.runs) for r in results}
    assert measured["this project, cold"] == (sorted(walls["this project, cold"])[1], 3)
    assert measured["bare Pelican"] == (sorted(walls["bare Pelican"])[1], 3)
    assert "this project, one post edited, invoke serve" in measured
    assert "this project, one post edited, invoke serve: its page" in measured
    # In the builds' own order, whatever order the rounds ran them in.
    assert [r.tool for r in results][:2] == [
        "this project, cold",
        "this project, cold, with search index",
    ]
    assert results[-3].tool == "bare Pelican"
    saved, unchanged = results[-2:]
    assert saved.tool == (
        "this project, the bundled site, one file saved, invoke build --no-search"
    )
    assert unchanged.tool == (
        "this project, the bundled site, unchanged, invoke build --no-search"
    )
    assert saved.posts == unchanged.posts == 1  # no ratio to a corpus it is not


def test_the_projects_python_is_compiled_before_it_is_timed(tmp_path: Path) -> None:
    (tmp_path / "plugins" / "a_plugin").mkdir(parents=True)
    (tmp_path / "plugins" / "a_plugin" / "__init__.py").write_text("X = 1\n")
    (tmp_path / "tasks.py").write_text("Y = 2\n")
    bench.byte_compile(
        [tmp_path / "plugins", tmp_path / "tasks.py", tmp_path / "pelicanconf.py"]
    )
    assert list((tmp_path / "plugins" / "a_plugin" / "__pycache__").glob("*.pyc"))
    assert list((tmp_path / "__pycache__").glob("tasks.*.pyc"))


def test_a_recorded_run_says_when_where_and_with_what(tmp_path: Path) -> None:
    first = [Measure("bare Pelican", 100, 1.0, 1.0, 50)]
    record(first, tmp_path, "2026-01-01, 2 cores; Pelican 4.12.0")
    second = [Measure("bare Pelican", 1000, 9.0, 9.0, 60)]
    record(second, tmp_path, describe_run(PROJECT_ROOT))
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "- 100 posts: 2026-01-01, 2 cores; Pelican 4.12.0" in text
    (line,) = [row for row in text.splitlines() if row.startswith("- 1000 posts: ")]
    assert re.search(r"\d{4}-\d\d-\d\d, \d+ cores", line)
    assert f"Python {platform.python_version()}" in line
    assert "pelican 4.12.0" in line  # the pinned version, read from the install
    # A later run of one size replaces that size's rows and its line only.
    record([Measure("bare Pelican", 100, 2.0, 2.0, 50)], tmp_path, "later")
    text = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "- 100 posts: later" in text and line in text
    assert "| 100 | bare Pelican | 2.0 |" in text

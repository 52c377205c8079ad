"""The build server runs each build in a fork of one process that loaded the code."""

from __future__ import annotations

from pathlib import Path

from jekyll_bench.corpus import write_corpus
from jekyll_tasks.buildserver import BuildServer, touches_code


def test_builds_run_in_forks_of_one_server_that_outlives_a_failed_build(
    tmp_path: Path,
) -> None:
    source = write_corpus(tmp_path / "source", 3)
    out = tmp_path / "out"
    build = ["build", "--source", str(source), "--output", str(out), "--no-search"]
    builds = BuildServer()
    try:
        first = builds.run(build)
        assert first.code == 0
        assert first.cpu > 0 and first.peak_mb > 10, (
            "the build's usage was not measured"
        )
        server = builds.pid
        post = sorted((source / "_posts").iterdir())[1]
        post.write_text(
            post.read_text(encoding="utf-8").replace("## Method", "## Method, edited"),
            encoding="utf-8",
        )
        assert builds.run(build).code == 0
        (page,) = out.glob("*/2015/01/02/post-1/index.html")
        assert 'id="method-edited"' in page.read_text(encoding="utf-8")
        missing = ["build", "--source", str(tmp_path / "gone"), "--output", str(out)]
        assert builds.run(missing).code == 2
        assert builds.run(build).code == 0
        assert builds.pid == server, "a build ran outside the server"
        builds.restart()
        assert builds.run(build).code == 0
        assert builds.pid != server
    finally:
        builds.close()
    assert builds.pid is None


def test_only_a_change_to_the_code_restarts_the_server(tmp_path: Path) -> None:
    code = [tmp_path / "plugins", tmp_path / "tasks.py"]
    assert touches_code([tmp_path / "plugins" / "a" / "b.py"], code)
    assert touches_code([tmp_path / "content" / "x.md", tmp_path / "tasks.py"], code)
    assert not touches_code([tmp_path / "content" / "x.md"], code)
    assert not touches_code([tmp_path / "theme" / "base.html"], code)

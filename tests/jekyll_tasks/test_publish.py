"""Publishing with the real rsync and the real git and ghp-import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jekyll_tasks.publish import (
    PublishError,
    PublishState,
    Target,
    custom_domain,
    git_identity_env,
    parse_target,
    publish_site,
    publish_to_branch,
    rsync_command,
)
from jekyll_tasks.runner import run_build
from tests.helpers import PROJECT_ROOT, write_files

POST = "_posts/2020-01-{n:02d}-post-{n}.md"


@pytest.mark.parametrize(
    ("value", "host", "path"),
    [
        ("me@example.org:/var/www/site", "me@example.org", "/var/www/site"),
        ("example.org:site/", "example.org", "site/"),
        ("relative/folder", None, str(Path("relative/folder").resolve())),
    ],
)
def test_targets(value: str, host: str | None, path: str) -> None:
    target = parse_target(value, PROJECT_ROOT)
    assert (target.host, target.path) == (host, path)


@pytest.mark.parametrize(
    "value",
    ["", "  ", "/", "~", str(Path.home()), "host:", "host:~", "host:/", "host:~/"],
)
def test_dangerous_targets_are_refused(value: str) -> None:
    with pytest.raises(PublishError):
        parse_target(value, PROJECT_ROOT)


def test_the_project_itself_is_refused() -> None:
    with pytest.raises(PublishError):
        parse_target(str(PROJECT_ROOT), PROJECT_ROOT)
    with pytest.raises(PublishError):
        parse_target(str(PROJECT_ROOT.parent), PROJECT_ROOT)


def site(root: Path, posts: int) -> Path:
    source = root / "source"
    write_files(source, {"_config.yml": "title: T\nurl: https://t.example\n"})
    for n in range(1, posts + 1):
        write_files(
            source, {POST.format(n=n): f"---\ntitle: Post {n}\n---\nBody {n}.\n"}
        )
    return source


def publish(root: Path, posts: int, target: Path, **options: object) -> int:
    source = site(root, posts)
    result = run_build(
        source=source, output=root / "output", production=True, atomic=True
    )
    return publish_site(
        result.output,
        Target(str(target), None, str(target)),
        state=PublishState(root / "state.json"),
        max_shrink=0.5,
        build_errors=result.errors,
        documents=result.documents,
        **options,
    )


def test_publish_mirrors_and_a_deleted_post_goes(tmp_path: Path) -> None:
    target = tmp_path / "live"
    publish(tmp_path, 3, target)
    assert (target / "2020/01/03/post-3.html").is_file()
    assert (target / "index.html").is_file()
    (tmp_path / "source" / POST.format(n=3)).unlink()
    publish(tmp_path, 2, target)
    assert not (target / "2020/01/03/post-3.html").exists()
    assert (target / "2020/01/02/post-2.html").is_file()


def test_refused_publish_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "live"
    target.mkdir()
    (target / "keep.html").write_text("live site", encoding="utf-8")
    empty = tmp_path / "empty-output"
    empty.mkdir()
    with pytest.raises(PublishError, match=r"no index\.html"):
        publish_site(
            empty,
            Target(str(target), None, str(target)),
            state=PublishState(tmp_path / "state.json"),
            max_shrink=0.5,
        )
    assert [p.name for p in target.iterdir()] == ["keep.html"]


def test_a_site_that_shrank_too_much_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "live"
    publish(tmp_path, 20, target)
    for n in range(2, 21):
        (tmp_path / "source" / POST.format(n=n)).unlink()
    before = sorted(p.relative_to(target) for p in target.rglob("*"))
    with pytest.raises(PublishError, match="fewer"):
        publish(tmp_path, 1, target)
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before
    assert publish(tmp_path, 1, target, force=True) > 0


def test_dry_run_sends_nothing(tmp_path: Path) -> None:
    target = tmp_path / "live"
    publish(tmp_path, 1, target, dry_run=True)
    assert list(target.iterdir()) == []


def test_build_errors_refuse_the_publish(tmp_path: Path) -> None:
    target = tmp_path / "live"
    site(tmp_path, 1)
    # A header that is a YAML list: the file cannot be built (an error).
    write_files(tmp_path / "source", {"_posts/2020-02-02-bad.md": "---\n- x\n---\n"})
    with pytest.raises(PublishError, match="errors"):
        publish(tmp_path, 1, target)
    assert not target.exists() or list(target.iterdir()) == []


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True,
        env=git_identity_env() | {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t"},
    ).stdout  # fmt: skip


def test_gh_pages_pushes_the_site_with_nojekyll(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    (repo / "notes.txt").write_text("work in progress\n", encoding="utf-8")
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "start", cwd=repo)
    (repo / "notes.txt").write_text("uncommitted edit\n", encoding="utf-8")
    bare = tmp_path / "remote.git"
    git("init", "-q", "--bare", str(bare), cwd=tmp_path)
    result = run_build(
        source=site(tmp_path, 1), output=tmp_path / "out", production=True
    )
    publish_to_branch(
        result.output,
        repo,
        remote=str(bare),
        branch="gh-pages",
        cname="blog.example",
        message="m",
    )
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).split()
    assert {".nojekyll", "CNAME", "index.html", "feed.xml"} <= set(files)
    assert git("show", "gh-pages:CNAME", cwd=bare).strip() == "blog.example"
    assert git("rev-parse", "--abbrev-ref", "HEAD", cwd=repo).strip() == "main"
    assert (repo / "notes.txt").read_text(encoding="utf-8") == "uncommitted edit\n"


@pytest.mark.parametrize(
    ("settings", "domain"),
    [
        ({"JEKYLL_URL": "https://blog.example.org"}, "blog.example.org"),
        ({"JEKYLL_URL": "https://me.github.io"}, None),
        ({"JEKYLL_URL": "https://blog.example.org", "GITHUB_PAGES_CNAME": ""}, None),
        ({"GITHUB_PAGES_CNAME": "x.example"}, "x.example"),
    ],
)
def test_custom_domain(settings: dict, domain: str | None) -> None:
    assert custom_domain(settings) == domain


def test_invoke_publish_end_to_end(tmp_path: Path) -> None:
    source = site(tmp_path, 2)
    target = tmp_path / "live"
    env = dict(os.environ, PUBLISH_STATE_FILE=str(tmp_path / "state.json"))
    command = [sys.executable, "-m", "invoke", "publish", "--source", str(source)]
    command += ["--output", str(tmp_path / "out"), "--target", str(target)]
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "publish: " in done.stdout and "mirrored to" in done.stdout
    assert (target / "index.html").is_file()
    refused = subprocess.run(
        [sys.executable, "-m", "invoke", "publish", "--source", str(source), "--target", "/"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "file-system root" in refused.stderr + refused.stdout


def test_github_actions_workflow_builds_for_production_and_deploys() -> None:
    import yaml  # noqa: PLC0415

    workflow = yaml.safe_load(
        (PROJECT_ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    )
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "python -m pip install -r requirements.txt" in runs
    assert any(r.startswith("python -m invoke build --production") for r in runs)
    upload = next(s for s in steps if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "output"
    deploy = workflow["jobs"]["deploy"]["steps"][0]
    assert deploy["uses"].startswith("actions/deploy-pages")


def test_rsync_puts_updates_and_deletions_in_place_only_at_the_end(
    tmp_path: Path,
) -> None:
    command = rsync_command(
        tmp_path, parse_target(str(tmp_path / "t"), PROJECT_ROOT), dry_run=False
    )
    # Sent aside, moved in at the end, deletions after: a failed transfer
    # leaves the live site whole.
    assert {"--delete", "--delete-after", "--delay-updates"} <= set(command)


def test_a_refused_push_is_one_line_and_leaves_no_branch(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    git("commit", "-q", "--allow-empty", "-m", "start", cwd=repo)
    result = run_build(source=site(tmp_path, 1), output=tmp_path / "out")
    with pytest.raises(PublishError) as caught:
        publish_to_branch(
            result.output,
            repo,
            remote=str(tmp_path / "no-such-remote.git"),
            branch="gh-pages",
            cname=None,
            message="m",
        )
    assert str(caught.value).startswith(
        f"the push to {tmp_path / 'no-such-remote.git'} failed: "
    )
    assert "Traceback" not in str(caught.value)
    branches = git("branch", "--list", "gh-pages", cwd=repo)
    assert branches.strip() == ""

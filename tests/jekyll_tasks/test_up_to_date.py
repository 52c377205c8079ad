"""``invoke build`` leaves a site whose inputs did not change as it is.

Run as a user runs it: the second build of an unchanged site says it is up
to date and repeats the first one's messages; any change to the site, the
output, the flags or the history builds again, and so does a site waiting
for a post dated later or one whose build had errors.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jekyll_tasks import devserver, up_to_date
from tests.helpers import HANG, PROJECT_ROOT, write_files
from tests.test_tasks import BAD_SITE, build

SITE = {
    "_config.yml": "title: Same\n",
    "index.md": "---\ntitle: Home\n---\n![gone](/assets/missing.png)\n",
    "_posts/2024-01-01-a.md": "---\ntitle: A\n---\nText.\n",
}


def _twice(source: Path, output: Path, *flags: str) -> subprocess.CompletedProcess:
    first = build(source, output, "--no-search", *flags)
    assert first.returncode in (0, 1), first.stderr
    return build(source, output, "--no-search", *flags)


def test_an_unchanged_site_is_left_as_built_with_its_messages_again(
    tmp_path: Path,
) -> None:
    write_files(tmp_path / "site", SITE)
    first = build(tmp_path / "site", tmp_path / "out", "--no-search")
    page = tmp_path / "out" / "2024" / "01" / "01" / "a.html"
    before = page.stat().st_mtime_ns
    again = build(tmp_path / "site", tmp_path / "out", "--no-search")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Up to date: ")
    assert "nothing changed since the last build (2 documents; 1 warnings" in (
        again.stdout
    )
    warned = [line for line in first.stderr.splitlines() if "missing.png" in line]
    assert warned and warned == [
        line for line in again.stderr.splitlines() if "missing.png" in line
    ]
    assert page.stat().st_mtime_ns == before
    # --strict counts the warnings repeated, as it counts a build's own.
    strict = build(tmp_path / "site", tmp_path / "out", "--no-search", "--strict")
    assert strict.returncode == 1 and strict.stdout.startswith("Up to date: ")
    forced = build(tmp_path / "site", tmp_path / "out", "--no-search", "--force")
    assert forced.returncode == 0 and forced.stdout.startswith("Built ")


def test_serve_always_builds_to_keep_its_build_for_edited_pages() -> None:
    # An up-to-date site would leave serve no build to write an edit from.
    arguments = devserver._build_arguments(Path("site"), Path("out"), False)
    assert arguments[:2] == ["build", "--force"]


def test_a_change_to_the_site_the_output_or_the_flags_builds_again(
    tmp_path: Path,
) -> None:
    source, output = tmp_path / "site", tmp_path / "out"
    write_files(source, SITE)
    assert _twice(source, output).stdout.startswith("Up to date: ")
    post = source / "_posts" / "2024-01-01-a.md"
    post.write_text("---\ntitle: A\n---\nText, edited.\n", encoding="utf-8")
    edited = build(source, output, "--no-search")
    assert edited.stdout.startswith("Built "), edited.stdout
    assert "Text, edited." in (output / "2024/01/01/a.html").read_text("utf-8")
    (output / "feed.xml").unlink()
    assert build(source, output, "--no-search").stdout.startswith("Built ")
    assert (output / "feed.xml").is_file()
    # Another flag is another build; the one before is still up to date.
    assert build(source, output, "--no-search", "--drafts").stdout.startswith("Built ")
    (output / "index.html").write_text("changed by hand", encoding="utf-8")
    assert build(source, output, "--no-search").stdout.startswith("Built ")
    assert "changed by hand" not in (output / "index.html").read_text("utf-8")


def test_a_site_waiting_for_a_post_or_with_errors_is_always_built(
    tmp_path: Path,
) -> None:
    later = {**SITE, "_posts/2999-01-01-later.md": "---\ntitle: Later\n---\nSoon.\n"}
    write_files(tmp_path / "later", later)
    waiting = _twice(tmp_path / "later", tmp_path / "out-later")
    assert waiting.stdout.startswith("Built "), waiting.stdout
    # The build that read the post from its cache knows its date too.
    waiting = build(tmp_path / "later", tmp_path / "out-later", "--no-search")
    assert waiting.stdout.startswith("Built "), waiting.stdout
    write_files(tmp_path / "bad", BAD_SITE)
    failed = _twice(tmp_path / "bad", tmp_path / "out-bad")
    assert failed.stdout.startswith("Built "), failed.stdout


def test_an_up_to_date_site_is_answered_without_loading_pelican(
    tmp_path: Path,
) -> None:
    write_files(tmp_path / "site", SITE)
    argv = ["build", "--no-search", "--source", str(tmp_path / "site"),
            "--output", str(tmp_path / "out")]  # fmt: skip
    code = (
        "import sys\nfrom invoke.main import program\n"
        f"try:\n    program.run(['invoke', *{argv!r}])\nexcept SystemExit:\n    pass\n"
        "print('pelican' in sys.modules, 'markdown' in sys.modules)\n"
    )

    def run() -> str:
        return subprocess.run(
            [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
            text=True, timeout=HANG, check=True,
        ).stdout.splitlines()[-1]  # fmt: skip

    assert run() == "True True"
    assert run() == "False False"


def _request(project: Path, source: Path) -> up_to_date.Request:
    code = (project / "plugins", project / "pelicanconf.py")
    return up_to_date.Request(
        project / "pelicanconf.py", code, source, project / "out", ()
    )


def test_the_inputs_are_every_file_but_compiled_modules_and_git_internals(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    write_files(
        project,
        {
            "pelicanconf.py": "CACHE_PATH = 'cache'\n",
            "plugins/p/__init__.py": "x = 1\n",
            "site/_config.yml": "title: T\n",
            "site/.git/HEAD": "ref: refs/heads/main\n",
            "site/.git/refs/heads/main": "a" * 40 + "\n",
        },
    )
    source = project / "site"
    (source / "loop").symlink_to(source)  # walked once, not for ever

    def inputs() -> str:
        found = up_to_date.plan(_request(project, source))
        assert found is not None
        return found.inputs

    first = inputs()
    write_files(project, {"plugins/p/__pycache__/p.pyc": "compiled"})
    write_files(source, {".git/index": "staged", ".git/objects/ab": "object"})
    assert inputs() == first
    write_files(source, {".git/refs/heads/main": "b" * 40 + "\n"})  # a commit
    second = inputs()
    assert second != first
    write_files(project, {"plugins/p/__init__.py": "x = 2\n"})
    assert inputs() != second


def test_no_record_is_planned_with_the_cache_off(tmp_path: Path) -> None:
    project = tmp_path / "project"
    write_files(project, {"pelicanconf.py": "JEKYLL_CACHE = False\n", "site/a": ""})
    assert up_to_date.plan(_request(project, project / "site")) is None
    write_files(project, {"pelicanconf.py": "raise ValueError('broken')\n"})
    assert up_to_date.plan(_request(project, project / "site")) is None

"""The tasks as a person runs them: ``invoke ...`` as a process, its output read.

What reaches the terminal is read from the process's own stdout and stderr,
never from Python's logging: a build whose messages reached only a handler
in the process would pass every other test and show the user nothing.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.helpers import HANG, PROJECT_ROOT, free_port, write_files

BAD_SITE = {
    "_config.yml": "title: Bad files\npermalink: pretty\n",
    "index.md": "---\ntitle: Home\n---\n\n![gone](/assets/missing.png)\n",
    "_posts/2020-01-01-broken.md": "---\ntitle: [unclosed\ndate: 2020-01-01\n---\nx\n",
    "_posts/2020-01-02-bad-date.md": "---\ntitle: T\ndate: not a date\n---\nx\n",
    "_posts/2020-01-03-fine.md": "---\ntitle: Fine\n---\nA fine post.\n",
    "_posts/2020-01-04-list.md": "---\n- a\n- b\n---\nx\n",
}


def invoke(
    *arguments: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run ``invoke ARGUMENTS`` in the project folder, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "invoke", *arguments],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=HANG,
        check=False,
    )


def build(source: Path, output: Path, *flags: str) -> subprocess.CompletedProcess:
    return invoke("build", "--source", str(source), "--output", str(output), *flags)


def bad_site(tmp_path: Path) -> Path:
    source = tmp_path / "site"
    write_files(source, BAD_SITE)
    return source


def test_build_prints_every_message_with_its_file_and_line(tmp_path: Path) -> None:
    source = bad_site(tmp_path)
    done = build(source, tmp_path / "out", "--no-search")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    # Jekyll reads past broken YAML: the post is built from its text.
    (broken,) = [line for line in lines if "2020-01-01-broken.md" in line]
    assert broken.startswith("warning: ")
    assert "2020-01-01-broken.md:3:5: YAML error:" in broken
    assert "the page is built from its text alone" in broken
    (listed,) = [line for line in lines if "2020-01-04-list.md" in line]
    assert listed.startswith("error: ") and "list.md:2: the front matter is" in listed
    assert "The file was skipped; fix it and build again." in listed
    (date,) = [line for line in lines if "2020-01-02-bad-date.md" in line]
    assert date.startswith("error: ") and ":3: date: date 'not a date'" in date
    (image,) = [line for line in lines if "/assets/missing.png" in line]
    assert image.startswith("warning: ") and "index.md: embeds" in image
    # Plain lines in a log: no colour codes, no spinner.
    assert "\x1b[" not in done.stderr + done.stdout
    assert "\r" not in done.stderr + done.stdout
    # The summary is the last line, and counts what was shown.
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("Built ")
    assert "2 skipped" in summary
    shown_warnings = sum(line.startswith("warning: ") for line in lines)
    shown_errors = sum(line.startswith("error: ") for line in lines)
    assert f"{shown_warnings} warnings, {shown_errors} errors" in summary
    assert "Done: Processed" not in done.stdout  # Pelican's own summary


def test_strict_fails_after_showing_the_messages(tmp_path: Path) -> None:
    done = build(bad_site(tmp_path), tmp_path / "out", "--no-search", "--strict")
    assert done.returncode == 1
    assert "see the messages above" in done.stderr
    above = done.stderr[: done.stderr.index("strict:")]
    assert "error: " in above and "warning: " in above


def test_messages_are_coloured_only_when_asked(tmp_path: Path) -> None:
    # A terminal is what gets colour; NO_COLOR and pipes never do (the test
    # above); here the formatter is asked directly for a terminal.
    from jekyll_common.logs import TerminalHandler  # noqa: PLC0415

    class Terminal:
        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> None:
            del text

    os.environ.pop("NO_COLOR", None)
    handler = TerminalHandler(Terminal())  # type: ignore[arg-type]
    assert handler.colour == (os.environ.get("TERM") != "dumb")
    os.environ["NO_COLOR"] = "1"
    try:
        assert TerminalHandler(Terminal()).colour is False  # type: ignore[arg-type]
    finally:
        del os.environ["NO_COLOR"]
    del tmp_path


def test_a_broken_config_stops_the_build_where_the_quote_opened(
    tmp_path: Path,
) -> None:
    source = bad_site(tmp_path)
    (source / "_config.yml").write_text(
        'title: "My blog\nurl: https://example.org\npermalink: pretty\n',
        encoding="utf-8",
    )
    output = tmp_path / "out"
    done = build(source, output, "--no-search")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    (message,) = [line for line in done.stderr.splitlines() if "_config.yml" in line]
    assert "_config.yml:1:8: YAML error:" in message
    assert "A quote opened here is never closed" in message
    assert "Nothing was built" in message
    assert not output.exists()


def test_a_colon_in_an_unquoted_value_is_explained(tmp_path: Path) -> None:
    source = bad_site(tmp_path)
    (source / "_config.yml").write_text(
        "title: Notes: a blog\npermalink: pretty\n", encoding="utf-8"
    )
    done = build(source, tmp_path / "out", "--no-search")
    assert done.returncode == 2
    assert "_config.yml:1:13: YAML error: mapping values are not allowed" in (
        done.stderr
    )
    assert "must be quoted" in done.stderr


def test_a_broken_data_file_stops_the_build(tmp_path: Path) -> None:
    source = bad_site(tmp_path)
    write_files(source, {"_data/team.yml": "lead: Ada\nmembers: [Ada, Grace\n"})
    done = build(source, tmp_path / "out", "--no-search")
    assert done.returncode == 2
    assert "_data/team.yml:2:" in done.stderr and "YAML error" in done.stderr
    assert "Traceback" not in done.stderr


def test_production_builds_at_once_always_leave_a_whole_site(tmp_path: Path) -> None:
    source = tmp_path / "site"
    write_files(source, {k: v for k, v in BAD_SITE.items() if "broken" not in k})
    output = tmp_path / "out"
    command = [sys.executable, "-m", "invoke", "build", "--production", "--no-search"]
    command += ["--source", str(source), "--output", str(output)]
    assert build(source, output, "--production", "--no-search").returncode == 0
    waited = 0
    for _ in range(4):
        runs = [
            subprocess.Popen(
                command,
                cwd=PROJECT_ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        absent = 0
        while any(run.poll() is None for run in runs):
            absent += not (output / "index.html").is_file()
        outputs = [run.communicate(timeout=HANG) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        waited += sum("waiting for it to finish" in err for _, err in outputs)
        assert absent == 0, "the site was missing while a build was swapped in"
        assert (output / "index.html").is_file()
        assert not list(tmp_path.glob(".out.building*"))
    # Two builds started together: in most rounds one waited for the other.
    assert waited >= 1


def test_report_counts_every_front_matter_key_by_kind(tmp_path: Path) -> None:
    source = bad_site(tmp_path)
    write_files(
        source,
        {
            "about.md": "---\ntitle: About\nnav_order: 2\nmy_key: 1\n---\nx\n",
            "_posts/2020-01-04-tagged.md": "---\ntitle: T\ntags: [a]\n---\nx\n",
        },
    )
    for _ in range(2):  # the second run finds the build cache warm
        done = invoke("report", "--source", str(source))
        assert done.returncode == 0, done.stderr
        section = done.stdout.split("Front matter")[1].split("_config.yml (key")[0]
        rows = {
            tuple(line.split()[:2]): line
            for line in section.splitlines()
            if line.startswith("    ")
        }
        pages = section.split("  pages:")[1].split("  posts:")[0]
        posts = section.split("  posts:")[1]
        assert [line.split()[:2] for line in pages.strip().splitlines()] == [
            ["title", "2"],
            ["my_key", "1"],
            ["nav_order", "1"],
        ]
        assert [line.split()[:2] for line in posts.strip().splitlines()] == [
            ["title", "3"],
            ["date", "1"],
            ["tags", "1"],
        ]
        assert "passed to templates as page.my_key" in rows[("my_key", "1")]
        assert "theme: navigation" in rows[("nav_order", "1")]


# ``invoke ARGV`` as typed at a terminal, where Ctrl+C interrupts: a test run
# in the background (``pytest &``) hands its children an ignored Ctrl+C,
# which serve would keep, as a program should.
INTERRUPTIBLE_INVOKE = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from invoke.main import program; program.run(['invoke', *sys.argv[1:]])"
)


def test_serve_prints_each_rebuild_s_messages(tmp_path: Path) -> None:
    source = tmp_path / "site"
    write_files(source, {"index.md": "---\ntitle: Home\n---\nHello.\n"})
    port = free_port()
    command = [sys.executable, "-c", INTERRUPTIBLE_INVOKE, "serve", "--port", str(port)]
    command += ["--source", str(source), "--output", str(tmp_path / "out")]
    server = subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    try:
        for line in server.stdout:
            lines.append(line)
            if line.startswith("Serving on"):
                break
        write_files(source, {"new.md": "---\ntitle: New\n---\n![x](/nope.png)\n"})
        for line in server.stdout:
            lines.append(line)
            if line.startswith("Built") and "2 documents" in line:
                break
    finally:
        # Ctrl+C in a terminal: the signal reaches every process of the group.
        os.killpg(server.pid, signal.SIGINT)
        rest, _ = server.communicate(timeout=HANG)
    shown = "".join(lines)
    assert f"Serving on http://127.0.0.1:{port}/" in shown
    (warning,) = [line for line in lines if "/nope.png" in line]
    assert warning.startswith("warning: ") and "new.md: embeds '/nope.png'" in warning
    assert "Traceback" not in shown + rest
    assert server.returncode == 0


def test_serve_on_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = invoke("serve", "--port", str(port), "--output", str(tmp_path / "o"))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"serve: port {port} on 127.0.0.1 is in use (another invoke serve?); "
        f"choose another with --port {port + 1}"
    )
    assert not (tmp_path / "o").exists()  # nothing built for nothing


def test_serve_with_a_missing_source_stops(tmp_path: Path) -> None:
    done = invoke("serve", "--source", str(tmp_path / "nowhere"), "--port", "0")
    assert done.returncode == 2
    assert "does not exist" in done.stderr and "Traceback" not in done.stderr
    assert "Serving on" not in done.stdout


def test_check_prints_the_build_s_messages_then_its_findings(tmp_path: Path) -> None:
    done = invoke(
        "check", "--source", str(bad_site(tmp_path)), "--output", str(tmp_path / "o")
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    (warning,) = [line for line in done.stderr.splitlines() if "missing.png" in line]
    assert warning.startswith("warning: ") and "index.md: embeds" in warning
    assert any(
        line.startswith("error: ") and "2020-01-04-list.md:2:" in line
        for line in done.stderr.splitlines()
    )
    out = done.stdout.splitlines()
    assert "missing file: /assets/missing.png (referred to by index.md)" in out
    # The missing image is shown as its alt text: missing, but not broken.
    assert out[-1] == "check: 6 pages, 0 broken links or assets, 1 missing file"


def test_a_build_run_from_inside_the_content_folder_leaves_it_as_it_was(
    tmp_path: Path,
) -> None:
    source = tmp_path / "site"
    write_files(source, {"index.md": "---\ntitle: Home\n---\nHello.\n"})
    before = sorted(p.relative_to(source) for p in source.rglob("*"))
    command = [sys.executable, "-m", "invoke", "-r", str(PROJECT_ROOT), "build"]
    command += ["--source", ".", "--output", str(tmp_path / "out"), "--no-search"]
    for _ in range(2):
        done = subprocess.run(
            command, cwd=source, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(source) for p in source.rglob("*")) == before
    assert not list((tmp_path / "out").rglob("*.pickle"))


def test_debug_shows_what_the_build_does_and_only_then(tmp_path: Path) -> None:
    source = bad_site(tmp_path)
    quiet = build(source, tmp_path / "out", "--no-search")
    loud = build(source, tmp_path / "out", "--no-search", "--debug")
    assert not [line for line in quiet.stderr.splitlines() if line.startswith("debug:")]
    assert any(line.startswith("debug: ") for line in loud.stderr.splitlines())
    # The messages of a plain build are all there too.
    errors = [line for line in quiet.stderr.splitlines() if line.startswith("error:")]
    assert errors and all(line in loud.stderr for line in errors)


def test_a_failed_production_build_leaves_the_previous_site(tmp_path: Path) -> None:
    source = tmp_path / "site"
    write_files(source, {k: v for k, v in BAD_SITE.items() if "broken" not in k})
    output = tmp_path / "out"
    assert build(source, output, "--production", "--no-search").returncode == 0
    before = {
        p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }
    (source / "_config.yml").write_text("title: [never closed\n", encoding="utf-8")
    failed = build(source, output, "--production", "--no-search")
    assert failed.returncode == 2
    after = {
        p.relative_to(output): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }
    assert after == before
    assert not list(tmp_path.glob(".out.*"))  # no building folder left beside it


def test_clean_never_removes_the_record_publish_s_shrink_guard_reads() -> None:
    code = (
        "import tasks; print(tasks.PUBLISH_STATE.relative_to(tasks.ROOT).parts[0]); "
        "print(' '.join(tasks.CLEANED))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PUBLISH_STATE_FILE"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    folder, cleaned = done.stdout.splitlines()
    assert folder == ".publish"
    assert folder not in cleaned.split()

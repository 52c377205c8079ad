"""The README's quick start is what CI runs, and works on a PEP 668 Python."""

from __future__ import annotations

import re

from tests.helpers import PROJECT_ROOT


def quick_start() -> list[str]:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_ci_runs_the_two_commands_verbatim() -> None:
    commands = quick_start()
    assert len(commands) == 2
    script = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    run = [
        line
        for line in script.splitlines()
        if line.strip() and not line.startswith(("#", "set ", "cd "))
    ]
    assert run == commands


def test_nothing_is_installed_into_the_system_python() -> None:
    first, second = quick_start()
    # A stock Debian or Ubuntu python3 refuses `pip install` (PEP 668).
    assert first.startswith("python3 -m venv .venv && .venv/bin/pip install ")
    assert "python3 -m pip" not in first + second
    script = (PROJECT_ROOT / ".ci" / "install-test-deps").read_text(encoding="utf-8")
    pip_lines = [
        line
        for line in script.splitlines()
        if " pip " in f" {line} " and not line.startswith("#")
    ]
    assert pip_lines and all(".venv/bin/python -m pip" in line for line in pip_lines)
    assert "python3 -m venv .venv" in script
    assert second.endswith(".venv/bin/invoke test")

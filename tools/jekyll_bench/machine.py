"""Where and with what a bench ran: the date, the machine, each tool's version."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import shutil
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# The Python packages whose versions decide the figures.
_PACKAGES = ("pelican", "markdown", "python-liquid", "pagefind")


def describe_run(project: Path) -> str:
    """Return one line: the date (UTC), the machine and every tool's version."""
    tools = [f"Python {platform.python_version()}"]
    for package in _PACKAGES:
        try:
            tools.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            continue
    for command, arguments in (("jekyll", ["--version"]), ("hugo", ["version"])):
        found = _version_of(command, arguments)
        if found:
            tools.append(f"{command.capitalize()} {found}")
    commit = _version_of("git", ["-C", str(project), "rev-parse", "--short", "HEAD"])
    if commit:
        tools.append(f"this project at {commit}")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return f"{today}, {_machine()}; {', '.join(tools)}"


def _machine() -> str:
    cores = os.cpu_count() or 1
    model = ""
    memory = ""
    cpuinfo, meminfo = Path("/proc/cpuinfo"), Path("/proc/meminfo")
    if cpuinfo.is_file():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        model = f" ({found[1].strip()})" if found else ""
    if meminfo.is_file():
        found = re.search(r"^MemTotal:\s*(\d+) kB", meminfo.read_text(), re.MULTILINE)
        memory = f", {round(int(found[1]) / 1024**2)} GB" if found else ""
    return f"{cores} cores{model}{memory}, {platform.system()}"


def _version_of(command: str, arguments: list[str]) -> str:
    """Return the version a tool prints (its first version-like word), or ""."""
    path = shutil.which(command)
    if path is None:
        return ""
    try:
        done = subprocess.run(
            [path, *arguments], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    if command == "git":
        return done.stdout.strip() if done.returncode == 0 else ""
    found = re.search(r"v?(\d+\.\d+(?:\.\d+)?)", done.stdout)
    return found[1] if found else ""

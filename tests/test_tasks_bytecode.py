"""A task caches the project's compiled modules as Python itself would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT


@pytest.mark.parametrize("python_writes_bytecode", [True, False])
def test_invoke_leaves_python_s_bytecode_setting_as_it_was(
    tmp_path: Path, python_writes_bytecode: bool
) -> None:
    environment = {
        k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"
    }
    if not python_writes_bytecode:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
    # The compiled modules go to tmp_path, not beside the project's sources.
    environment["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "invoke", "--list"],
        cwd=PROJECT_ROOT, env=environment, capture_output=True, check=True,
    )  # fmt: skip
    cached = {path.name.split(".")[0] for path in tmp_path.rglob("*.pyc")}
    # Modules of the plugins and the tools that loading tasks.py imports
    # (the build itself is imported only by a build).
    plugins_and_tools = {"logs", "settings", "commands", "up_to_date"}
    if python_writes_bytecode:
        assert plugins_and_tools <= cached
    else:
        assert not cached & plugins_and_tools

"""Imports point one way: the layers contract in pyproject.toml holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import PROJECT_ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(*arguments: str) -> subprocess.CompletedProcess[str]:
    paths = [str(PROJECT_ROOT / "plugins"), str(PROJECT_ROOT / "tools")]
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *arguments],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_package_imports_only_the_layers_below_it() -> None:
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_check_sees_an_import_against_the_layers(tmp_path: Path) -> None:
    # The engine imports jekyll_common: with common put above it, that breaks.
    config = tmp_path / "contracts.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_packages = ["jekyll_engine", "jekyll_common"]\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "upside down"\n'
        'type = "layers"\n'
        'layers = ["jekyll_common", "jekyll_engine"]\n',
        encoding="utf-8",
    )
    result = _lint_imports("--config", str(config))
    assert result.returncode == 1
    assert "jekyll_engine" in result.stdout and "BROKEN" in result.stdout

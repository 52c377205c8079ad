"""Settings of a build of a small site written into a test's folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.settings import read_settings

from tests.helpers import PROJECT_ROOT, write_files


def settings_for(tmp_path: Path, files: dict[str, str], **overrides: Any) -> dict:
    """Return this project's settings for ``files`` as a site in ``tmp_path``."""
    (tmp_path / "site").mkdir(exist_ok=True)
    write_files(tmp_path / "site", files)
    return read_settings(
        str(PROJECT_ROOT / "pelicanconf.py"),
        override={
            "PATH": str(tmp_path / "site"),
            "OUTPUT_PATH": str(tmp_path / "out"),
            "CACHE_PATH": str(tmp_path / "cache"),
            **overrides,
        },
    )

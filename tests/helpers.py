"""Helpers shared by the tests: write a content tree, list a built site."""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Mapping
from pathlib import Path

from jekyll_tools.devserver import make_server

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Write ``files`` (relative path -> text or bytes) under ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")


def output_files(output: Path) -> list[str]:
    """Return the files of a built site (theme assets left out), sorted."""
    return sorted(
        p.relative_to(output).as_posix()
        for p in output.rglob("*")
        if p.is_file() and not p.relative_to(output).as_posix().startswith("theme/")
    )


class SiteServer:
    """A built site served on 127.0.0.1 by the project's own dev server."""

    def __init__(self, root: Path, base_path: str = "") -> None:
        self.server = make_server(root, 0, base_path)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}{base_path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

"""Helpers shared by the tests: write a content tree, list a built site."""

from __future__ import annotations

import socket
import textwrap
import threading
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from jekyll_tasks.devserver import make_server

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
    """A built site served on 127.0.0.1 by the project's own dev server.

    Its files do not change while it is served: the browser keeps the
    scripts, styles and fonts a page loaded for the next pages (unless
    ``options`` for ``make_server`` say otherwise).
    """

    def __init__(self, root: Path, base_path: str = "", **options: Any) -> None:
        options = {"asset_max_age": 600, **options}
        self.server = make_server(root, 0, base_path, **options)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}{base_path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# Fixture sites with a golden list of output files, and whether each is
# built for production. `invoke regen-golden` rewrites the lists.
FIXTURES = PROJECT_ROOT / "tests" / "site" / "fixtures"
GOLDEN_FIXTURES = {"frontmatter": False, "redirects": True}


def build_fixture(
    name: str, root: Path, production: bool | None = None
) -> tuple[object, Path]:
    """Build a copy of a fixture site under ``root``; return (result, output).

    Golden fixtures build as their golden lists were made, others locally.
    """
    import shutil  # noqa: PLC0415

    from jekyll_tasks.runner import run_build  # noqa: PLC0415

    source = root / "source"
    shutil.copytree(FIXTURES / name, source)
    output = root / "output"
    if production is None:
        production = GOLDEN_FIXTURES.get(name, False)
    result = run_build(source=source, output=output, production=production)
    return result, output


def golden_path(name: str) -> Path:
    """Return the golden URL list of a fixture site."""
    return FIXTURES / f"{name}.expected_urls.txt"


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file of a folder by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def free_port() -> int:
    """Return a port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# How long a wait may last before it is a hang: a bound, never a speed. A
# test waits for what it needs (a port, a line, a request), however busy the
# machine; only a process that will never answer reaches this.
HANG = 600


def search_bundles(output: Path) -> dict[str, int]:
    """Each search-index bundle of a built site, with its entry's modification time."""
    return {
        entry.parent.name: entry.stat().st_mtime_ns
        for entry in (output / "pagefind").glob("*/pagefind-entry.json")
    }


def wait_until(
    done: Callable[[], bool],
    seconds: float = HANG,
    pause: Callable[[], object] = lambda: time.sleep(0.1),
) -> bool:
    """Wait until ``done()``, pausing between tries; False if ``seconds`` passed first."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        pause()
    return True


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def wait_for_port(port: int, seconds: float = HANG) -> None:
    """Wait until something listens on ``port`` of 127.0.0.1 (at most ``seconds``)."""
    wait_until(partial(_listening, port), seconds)

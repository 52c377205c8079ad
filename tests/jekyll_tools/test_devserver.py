"""The local server: GitHub Pages' file rules, 404s, containment, live reload."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from jekyll_common.errors import UnsafePathError
from jekyll_tools.devserver import resolve_request
from tests.helpers import PROJECT_ROOT, SiteServer, write_files


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_files(
        tmp_path / "out",
        {
            "index.html": "home",
            "about.html": "about",
            "docs/index.html": "docs",
            "404.html": "<html><body>not here</body></html>",
            "a b/index.html": "space",
        },
    )
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    return tmp_path / "out"


@pytest.mark.parametrize(
    ("request_path", "served"),
    [
        ("/", "index.html"),
        ("/about", "about.html"),
        ("/about.html", "about.html"),
        ("/docs", "docs/index.html"),
        ("/docs/", "docs/index.html"),
        ("/a%20b/", "a b/index.html"),
        ("/nothing", None),
        ("/?q=1", "index.html"),
    ],
)
def test_github_pages_rules(root: Path, request_path: str, served: str | None) -> None:
    found = resolve_request(root, request_path)
    assert (found.relative_to(root.resolve()).as_posix() if found else None) == served


def test_base_path(root: Path) -> None:
    assert (
        resolve_request(root, "/blog/about", "/blog") == root.resolve() / "about.html"
    )
    assert resolve_request(root, "/about", "/blog") is None


@pytest.mark.parametrize(
    "request_path", ["/../secret.txt", "/%2e%2e/secret.txt", "/a\\..\\x"]
)
def test_paths_out_of_the_site_are_refused(root: Path, request_path: str) -> None:
    with pytest.raises(UnsafePathError):
        resolve_request(root, request_path)


def raw_get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_host=False, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    return response.status, response.read()


def test_server_answers_404_with_the_page_and_refuses_traversal(root: Path) -> None:
    server = SiteServer(root)
    port = server.server.server_address[1]
    try:
        status, body = raw_get(port, "/missing/page")
        assert status == 404
        assert b"not here" in body
        status, body = raw_get(port, "/../secret.txt")
        assert status == 400
        assert b"secret" not in body
        status, _ = raw_get(port, "/about")
        assert status == 200
    finally:
        server.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    source = tmp_path / "source"
    write_files(
        source,
        {
            "_config.yml": "title: Live\nbaseurl: /sub\npermalink: pretty\n",
            "about.md": "---\ntitle: About\n---\nFirst version of the page.\n",
        },
    )
    port = free_port()
    command = [sys.executable, "-m", "invoke", "serve", "--port", str(port)]
    command += ["--source", str(source), "--output", str(tmp_path / "out")]
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield source, f"http://127.0.0.1:{port}/sub"
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_serve_rebuilds_and_reloads_the_open_page(
    browser: Browser, served_site: tuple[Path, str]
) -> None:
    source, base = served_site
    page = browser.new_page()
    page.goto(base + "/about/")
    assert "First version" in page.inner_text("main")
    (source / "about.md").write_text(
        "---\ntitle: About\n---\nSecond version of the page.\n", encoding="utf-8"
    )
    page.wait_for_function(
        "document.querySelector('main').innerText.includes('Second version')",
        timeout=30_000,
    )
    page.close()
    # After the reload, the search index catches up with the edited page.
    output = source.parent / "out"
    entry = output / "pagefind" / "pagefind-entry.json"
    edited = (output / "about" / "index.html").stat().st_mtime_ns
    deadline = time.monotonic() + 60
    while not (entry.is_file() and entry.stat().st_mtime_ns > edited):
        assert time.monotonic() < deadline, "the search index was not rebuilt"
        time.sleep(0.2)

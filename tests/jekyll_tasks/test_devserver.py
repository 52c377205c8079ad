"""The local server: GitHub Pages' file rules, 404s, containment, live reload."""

from __future__ import annotations

import http.client
import socket
import struct
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekyll_common.errors import UnsafePathError
from jekyll_tasks import devserver
from jekyll_tasks.buildserver import Edited
from jekyll_tasks.served_paths import resolve_request
from tests.helpers import HANG, SiteServer, write_files


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


def raw_get(port: int, path: str, method: str = "GET") -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG)
    connection.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
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


def test_head_answers_from_the_site_as_get_does(root: Path) -> None:
    # The server's working folder is the project: HEAD once mapped URLs there.
    server = SiteServer(root)
    port = server.server.server_address[1]
    try:
        for path in ("/pelicanconf.py", "/README.md", "/.git/config", "/tasks.py"):
            assert raw_get(port, path, "HEAD")[0] == 404
            assert raw_get(port, path)[0] == 404
        assert raw_get(port, "/../secret.txt", "HEAD")[0] == 400
        status, body = raw_get(port, "/about", "HEAD")
        assert (status, body) == (200, b"")
    finally:
        server.close()


def test_long_urls_are_answered_not_dropped(root: Path) -> None:
    server = SiteServer(root)
    port = server.server.server_address[1]
    try:
        assert raw_get(port, "/" + "a" * 300)[0] == 404
        assert raw_get(port, "/docs/" + "b" * 5000 + "/x")[0] == 404
        assert raw_get(port, "/" + "a" * 8001)[0] == 414
        assert raw_get(port, "/about")[0] == 200  # and it is still up
    finally:
        server.close()


def test_a_reader_who_leaves_mid_answer_is_not_reported(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "big.html").write_bytes(b"<p>x</p>" * 2_000_000)  # 16 MB
    server = SiteServer(root)
    try:
        host, port = server.server.server_address[:2]
        for _ in range(3):
            client = socket.create_connection((host, port))
            # Closed with a reset, before reading the answer: the server's
            # write fails as a closed tab makes it fail.
            client.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
            client.sendall(b"GET /big.html HTTP/1.1\r\nHost: x\r\n\r\n")
            client.recv(1)
            client.close()
        connection = http.client.HTTPConnection(host, port, timeout=HANG)
        connection.request("GET", "/index.html")
        assert connection.getresponse().status == 200
    finally:
        server.close()
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("asset_max_age", [0, 600])
def test_only_unchanging_assets_are_cached_and_only_when_asked(
    root: Path, asset_max_age: int
) -> None:
    (root / "site.css").write_text("body{}", encoding="utf-8")
    server = SiteServer(root, asset_max_age=asset_max_age)
    try:
        cached = {}
        for path in ("/site.css", "/about", "/missing.css"):
            connection = http.client.HTTPConnection(*server.server.server_address[:2])
            connection.request("GET", path)
            cached[path] = connection.getresponse().getheader("Cache-Control")
            connection.close()
    finally:
        server.close()
    assert cached["/about"] == cached["/missing.css"] == "no-store"
    assert cached["/site.css"] == ("max-age=600" if asset_max_age else "no-store")


@pytest.mark.parametrize("live_reload", [True, False])
def test_only_serves_pages_reload_themselves(root: Path, live_reload: bool) -> None:
    write_files(root, {"post.html": "<html><body>post</body></html>"})
    server = SiteServer(root, live_reload=live_reload)
    port = server.server.server_address[1]
    try:
        status, body = raw_get(port, "/post")
        assert status == 200 and (b"/__reload?page=" in body) == live_reload
        status, state = raw_get(port, "/__reload?page=/post&since=old")
        if live_reload:
            assert status == 200 and f"'{state.decode()}'".encode() in body
        else:
            assert status == 404
    finally:
        server.close()


@pytest.mark.parametrize(
    ("edited", "told"),
    [
        (Edited(["post/index.html"], 0.1, 50), ["pages", "pages"]),
        (Edited([], 0.1, 50), ["pages"]),  # the edit unpublished it
        (Edited(["style.css"], 0.1, 50), ["pages", "site"]),  # not a page
        (None, ["site"]),  # not a document the last build read
    ],
)
def test_a_rebuild_reloads_every_page_unless_only_pages_changed(
    monkeypatch: pytest.MonkeyPatch, edited: Edited | None, told: list[str]
) -> None:
    said: list[str] = []

    class Builds:
        def write_edited(self, paths: list[Path]) -> Edited | None:
            assert paths == [Path()]
            return edited

        def run(self, argv: list[str], *, keep: bool = False) -> None:
            assert keep and "--no-search" in argv

    class Reloads:
        def pages_written(self) -> None:
            said.append("pages")

        def site_changed(self) -> None:
            said.append("site")

    server = SimpleNamespace(RequestHandlerClass=SimpleNamespace(reloads=Reloads()))
    monkeypatch.setattr(devserver, "index_built_site", lambda **_: None)
    devserver._rebuild(Builds(), server, ["build"], Path(), Path(), False, [Path()])
    assert said == told

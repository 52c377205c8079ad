"""A local server like GitHub Pages, with rebuild and live reload.

Serves the output folder on 127.0.0.1 only. ``/x`` is answered with
``x.html`` or ``x/index.html`` as GitHub Pages does, a missing file with the
site's ``404.html`` and status 404, and nothing outside the output folder.
Every HTML page gets a small script that reloads it when it changed
(``live_reload``).
A production build's absolute URLs name the live site; served here, its
address (``url`` in ``_config.yml``) is answered as this server's in every
text file, so the preview is the production site, styled and whole, and
loads nothing from the live one.
"""

from __future__ import annotations

import errno
import sys
import threading
from collections.abc import Callable
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from jekyll_common.errors import JekyllError, UnsafePathError
from jekyll_common.site import normalise_baseurl
from jekyll_tasks.buildserver import BuildServer, touches_code
from jekyll_tasks.change_watcher import ChangeWatcher
from jekyll_tasks.live_reload import RELOAD_PATH, Reloads
from jekyll_tasks.output_folder import code_paths
from jekyll_tasks.preview import as_local, site_origin
from jekyll_tasks.runner import PROJECT_ROOT, index_built_site
from jekyll_tasks.served_paths import resolve_request

# Longer URLs get 414, as most servers answer them (nginx: 8 KB).
MAX_URL_LENGTH = 8000
_TEXT_TYPES = ("text/", "application/xml", "application/json", "application/javascript")


class _Handler(SimpleHTTPRequestHandler):
    root: Path
    base_path: str
    reloads: Reloads | None
    site_origin: str
    asset_max_age: int

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        # The same file as GET would send, without its body: never the
        # handler's default, which maps the URL onto the working folder.
        self._answer(head=True)

    def _answer(self, *, head: bool) -> None:
        if self.reloads and self.path.split("?")[0] == RELOAD_PATH:
            state = self.reloads.answer(self.path).encode()
            self._send(HTTPStatus.OK, state, "text/plain", head)
            return
        if len(self.path) > MAX_URL_LENGTH:
            self._send(
                HTTPStatus.REQUEST_URI_TOO_LONG, b"URL too long", "text/plain", head
            )
            return
        try:
            target = resolve_request(self.root, self.path, self.base_path)
        except UnsafePathError:
            self._send(HTTPStatus.BAD_REQUEST, b"bad path", "text/plain", head)
            return
        except OSError:  # a name longer than the file system takes: no such page
            target = None
        status = HTTPStatus.OK
        if target is None:
            status = HTTPStatus.NOT_FOUND
            target = self.root / "404.html"
            if not target.is_file():
                self._send(status, b"404 Not Found", "text/plain", head)
                return
        body = target.read_bytes()
        content_type = self.guess_type(str(target))
        if self.site_origin and content_type.startswith(_TEXT_TYPES):
            body = self._as_local(body)
        if self.reloads and content_type == "text/html":
            reload = self.reloads.script(self.path)
            body = body.replace(b"</body>", reload + b"</body>", 1)
        self._send(status, body, content_type, head)

    def _as_local(self, body: bytes) -> bytes:
        host, port = self.server.server_address[:2]
        return as_local(body, self.site_origin, f"http://{host}:{port}")

    def _send(
        self, status: HTTPStatus, body: bytes, content_type: str, head: bool
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if (
            self.asset_max_age
            and status == HTTPStatus.OK
            and content_type != "text/html"
        ):
            self.send_header("Cache-Control", f"max-age={self.asset_max_age}")
        else:
            self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)


def make_server(
    root: Path,
    port: int,
    base_path: str = "",
    live_origin: str = "",
    asset_max_age: int = 0,
    *,
    live_reload: bool = False,
) -> ThreadingHTTPServer:
    """Return a server for ``root`` on 127.0.0.1 (not yet serving).

    ``live_origin`` (``https://example.org``), when given, is answered as
    this server's address in every text file served. With ``live_reload``
    (serve's), pages reload when they change (``live_reload``): each holds
    a question to the server, so none comes to rest for a crawler. Nothing
    is cached by the browser (an edit shows at once), but with
    ``asset_max_age`` every file found other than a page is, for that many
    seconds: a crawl of a site whose files do not change loads them once.
    """
    handler = type(
        "Handler",
        (_Handler,),
        {
            "root": root.resolve(),
            "base_path": base_path.rstrip("/"),
            "reloads": live_reload and Reloads(root.resolve(), base_path.rstrip("/")),
            "site_origin": live_origin.rstrip("/"),
            "asset_max_age": asset_max_age,
        },
    )
    return _Server(("127.0.0.1", port), handler)


class _Server(ThreadingHTTPServer):
    # A page and its assets, in several tabs, arrive at once: the default
    # backlog of 5 pending connections refused some of them under load.
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Say nothing of a reader who left mid-answer (a closed tab, a reload)."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


def _build_arguments(source: Path, output: Path, production: bool) -> list[str]:
    # Always built, even unchanged: serve keeps the build to write edited pages.
    arguments = ["build", "--force", "--source", str(source), "--output", str(output)]
    return [*arguments, "--production"] if production else arguments


class ServeError(Exception):
    """``invoke serve`` cannot go on; the message says why and what to do."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def bind(
    port: int, base_path: str, output: Path, live_origin: str = ""
) -> ThreadingHTTPServer:
    """Return the server bound to ``port``; ServeError when the port is taken."""
    try:
        return make_server(output, port, base_path, live_origin, live_reload=True)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise ServeError(
                f"port {port} on 127.0.0.1 is in use (another invoke serve?); "
                f"choose another with --port {port + 1}"
            ) from None
        raise ServeError(
            f"cannot listen on 127.0.0.1:{port}: {error.strerror}"
        ) from None


def serve_forever(*, source: Path, output: Path, port: int, production: bool) -> None:
    """Build, serve on 127.0.0.1 and rebuild on every change until interrupted.

    Content, plugins, theme and settings are watched; each build runs in a
    process of its own, forked from a build server that loaded the build's
    code once (``buildserver``), and a change to that code starts a new
    server. Open pages reload themselves after each rebuild; what each build
    prints reaches the terminal. Raises ServeError when it cannot start.
    """
    from jekyll_config.config import read_config_file  # noqa: PLC0415

    if not source.is_dir():
        raise ServeError(f"source folder {source} does not exist")
    try:
        config, _ = read_config_file(source)
    except JekyllError as error:
        raise ServeError(f"{source / '_config.yml'}: {error}") from None
    base_path = normalise_baseurl(config.get("baseurl"))
    # Bound before the first build: a port in use is said at once.
    origin = site_origin(config.get("url")) if production else ""
    server = bind(port, base_path, output, origin)
    watcher = ChangeWatcher([source, PROJECT_ROOT / "theme", *code_paths()])
    builds = BuildServer()
    build = _build_arguments(source, output, production)
    try:
        first = builds.run(build, keep=True)
        if first.code != 0:
            raise ServeError("the first build failed (see above); nothing is served", 1)
        rebuild = partial(_rebuild, builds, server, build, source, output, production)
        _serve(server, builds, watcher, output=output, rebuild=rebuild)
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop.set()
        builds.close()
        server.server_close()


def _serve(
    server: ThreadingHTTPServer,
    builds: BuildServer,
    watcher: ChangeWatcher,
    *,
    output: Path,
    rebuild: Callable[[list[Path]], None],
) -> None:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    base_path = server.RequestHandlerClass.base_path  # type: ignore[attr-defined]
    print(f"Serving on http://{host}:{port}{base_path}/ (Ctrl+C to stop)", flush=True)
    code = [path.resolve() for path in code_paths()]
    ignored = output.resolve()
    try:
        while True:
            changed = watcher.next()
            if all(path.is_relative_to(ignored) for path in changed):
                continue
            if touches_code(changed, code):
                builds.restart()
            rebuild(changed)
    finally:
        server.shutdown()


def _rebuild(
    builds: BuildServer,
    server: ThreadingHTTPServer,
    build: list[str],
    source: Path,
    output: Path,
    production: bool,
    changed: list[Path],
) -> None:
    """Write the edited pages first (``edited_pages``), rebuild, then index."""
    reloads: Reloads = server.RequestHandlerClass.reloads  # type: ignore[attr-defined]
    edited = builds.write_edited(changed)
    if edited is not None and edited.pages:
        reloads.pages_written()
    builds.run([*build, "--no-search"], keep=True)
    if edited is not None and all(page.endswith(".html") for page in edited.pages):
        reloads.pages_written()
    else:
        reloads.site_changed()
    index_built_site(source=source, output=output, production=production)

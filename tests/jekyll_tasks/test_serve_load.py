"""invoke serve's server under a bounded local load, beside python -m http.server.

20 clients, 1,000 requests in all, on 127.0.0.1 only: pages, missing pages,
traversal in several encodings, long URLs, HEAD and Range. Every answer is
checked; the speed of both servers is printed (``pytest -s``), never asserted.
A second load meets a rebuild of the site it serves: every page is served
whole, old or new, and no request fails.
"""

from __future__ import annotations

import http.client
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jekyll_bench.corpus import write_corpus
from jekyll_tasks.runner import run_build
from tests.helpers import HANG, SiteServer, free_port, wait_for_port, write_files

# (method, path, extra headers, expected status)
REQUESTS = [
    ("GET", "/", {}, 200),
    ("GET", "/about/", {}, 200),
    ("GET", "/about", {}, 200),
    ("GET", "/theme/site.css", {}, 200),
    ("HEAD", "/about/", {}, 200),
    ("GET", "/about/", {"Range": "bytes=0-9"}, 200),
    ("GET", "/missing/", {}, 404),
    ("HEAD", "/pelicanconf.py", {}, 404),
    ("GET", "/../secret.txt", {}, 400),
    ("GET", "/%2e%2e/secret.txt", {}, 400),
    ("GET", "/%2E%2E%2Fsecret.txt", {}, 400),
    ("GET", "/..%5csecret.txt", {}, 400),
    ("GET", "/" + "x" * 400, {}, 404),
    ("GET", "/" + "x" * 8001, {}, 414),
]
CLIENTS = 20
ROUNDS = 1000 // len(REQUESTS) // CLIENTS + 1


def _ask(port: int, method: str, path: str, headers: dict) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    return response.status, body, time.perf_counter() - started


def _load(port: int) -> tuple[list[tuple[int, int, bytes]], float, list[float]]:
    jobs = [(n, r) for n in range(CLIENTS * ROUNDS) for r in range(len(REQUESTS))]
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        answers = list(
            pool.map(lambda job: (job[1], *_ask(port, *REQUESTS[job[1]][:3])), jobs)
        )
    seconds = time.perf_counter() - started
    results = [(index, status, body) for index, status, body, _ in answers]
    return results, seconds, [latency for *_, latency in answers]


def _site(root: Path) -> Path:
    output = root / "out"
    write_files(
        output,
        {
            "index.html": "<html><body>home</body></html>",
            "about/index.html": "<html><body>about page text</body></html>",
            "theme/site.css": "body{}",
            "404.html": "<html><body>not here</body></html>",
        },
    )
    (root / "secret.txt").write_text("SECRET-OUTSIDE", encoding="utf-8")
    return output


def _report(name: str, seconds: float, latencies: list[float]) -> str:
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    return f"{name}: {len(latencies) / seconds:.0f} requests/s, p99 {p99:.1f} ms"


def test_every_request_is_answered_rightly_under_load(tmp_path: Path) -> None:
    output = _site(tmp_path)
    server = SiteServer(output)
    try:
        results, seconds, latencies = _load(server.server.server_address[1])
    finally:
        server.close()
    assert len(results) >= 1000
    for index, status, body in results:
        method, path, _, expected = REQUESTS[index]
        assert status == expected, (method, path[:40], status)
        assert b"SECRET-OUTSIDE" not in body
        if method == "HEAD":
            assert body == b""
    print(_report("invoke serve", seconds, latencies))
    # The same load on Python's own server, for comparison (not asserted).
    port = free_port()
    reference = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=output,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        _, seconds, latencies = _load(port)
        print(_report("python -m http.server", seconds, latencies))
    finally:
        reference.terminate()
        reference.wait(timeout=HANG)


def test_a_rebuild_in_the_middle_of_the_load_drops_no_request(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 30)
    output = tmp_path / "out"
    assert run_build(source=source, output=output).errors == 0
    post = next(output.glob("*/2015/01/0[2-9]/post-*/index.html"))
    pages = ["/", "/" + post.parent.relative_to(output).as_posix() + "/", "/tags/"]
    asked = [
        *[("GET", page, {}, 200) for page in pages],
        ("HEAD", pages[1], {}, 200),
        ("GET", "/gone-page/", {}, 404),
        ("GET", "/%2e%2e/secret.txt", {}, 400),
    ]
    (tmp_path / "secret.txt").write_text("SECRET-OUTSIDE", encoding="utf-8")
    server = SiteServer(output)
    port = server.server.server_address[1]
    rebuilt: list[int] = []

    def rebuild() -> None:
        time.sleep(0.3)
        edited = sorted((source / "_posts").iterdir())[1]
        edited.write_text(edited.read_text(encoding="utf-8") + "\nEdited.\n")
        rebuilt.append(run_build(source=source, output=output).errors)

    try:
        with ThreadPoolExecutor(CLIENTS + 1) as pool:
            rebuilding = pool.submit(rebuild)
            answers = list(
                pool.map(
                    lambda n: (n % len(asked), *_ask(port, *asked[n % len(asked)][:3])),
                    range(150 * len(asked)),
                )
            )
            rebuilding.result()
    finally:
        server.close()
    assert rebuilt == [0]
    for index, status, body, _ in answers:
        method, path, _, expected = asked[index]
        assert status == expected, (method, path, status)
        assert b"SECRET-OUTSIDE" not in body
        if status == 200 and method == "GET":
            assert body.rstrip().endswith(b"</html>"), path  # a whole page

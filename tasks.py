"""Tasks: build, serve, check, publish, gh-pages, new-post, clean, lint, test.

``invoke --list`` lists them, ``invoke --help TASK`` gives flags; each is a
thin layer over ``tools/jekyll_tasks`` (and ``tools/jekyll_bench``).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from invoke import Context, Exit, task

ROOT = Path(__file__).resolve().parent
# The plugins (what Pelican loads) and the tools (what the tasks do).
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tools")]
# invoke stops Python caching compiled modules (--write-pyc) before loading
# this file; every build compiled the plugins anew (0.3 s). Python's own back:
sys.dont_write_bytecode = bool(sys.flags.dont_write_bytecode)

from jekyll_common.errors import JekyllError  # noqa: E402
from jekyll_common.logs import display_path, show_messages  # noqa: E402
from jekyll_tasks.commands import build_site as _build  # noqa: E402
from jekyll_tasks.commands import (  # noqa: E402
    check_built_site,
    publish_built_site,
    push_to_branch,
)
from jekyll_tasks.newpost import new_post_file, site_today  # noqa: E402

# Every warning and error any task logs is printed where the user sees it
# (stderr), in the order logged; each task's own summary line comes last.
show_messages()

PUBLISH_STATE = Path(
    # Not under cache/: `invoke clean` must never disarm the shrink guard.
    os.environ.get("PUBLISH_STATE_FILE") or ROOT / ".publish" / "state.json"
)


@task(
    help={
        "source": "Jekyll-style site folder to build (default: content/)",
        "output": "folder to write the site to (default: output/)",
        "strict": "exit non-zero when the build logged any warning or error",
        "production": "use publishconf.py: absolute URLs; built aside, then swapped in",
        "drafts": "also build posts in _drafts/",
        "future": "also build posts dated in the future",
        "search": "build the Pagefind search index (on by default; --no-search)",
        "debug": "also print debug messages, and a traceback with each error",
        "force": "build even when nothing changed since the last build",
    }
)
def build(
    c: Context,
    source: str | None = None,
    output: str | None = None,
    strict: bool = False,
    production: bool = False,
    drafts: bool = False,
    future: bool = False,
    search: bool = True,
    debug: bool = False,
    force: bool = False,
) -> None:
    """Build the site (unless nothing changed since the last build)."""
    del c
    if debug:
        show_messages(debug=True)
    result = _build(
        source,
        output,
        production=production,
        drafts=drafts,
        future=future,
        search=search,
        debug=debug,
        reuse=not force,
    )
    if not result.reused:
        from jekyll_tasks.runner import skip_last_collection  # noqa: PLC0415

        skip_last_collection()
    if strict and (result.warnings or result.errors):
        said = f"{result.warnings} warnings and {result.errors} errors"
        raise Exit(f"strict: {said}; see the messages above", code=1)


@task(
    help={
        "port": "port on 127.0.0.1 (default 8000)",
        "production": "serve the production build (publishconf.py)",
        "source": "site folder (default: content/)",
        "output": "output folder (default: output/)",
    }
)
def serve(
    c: Context,
    port: int = 8000,
    production: bool = False,
    source: str | None = None,
    output: str | None = None,
) -> None:
    """Build, serve on 127.0.0.1, rebuild and reload pages on every change."""
    del c
    from jekyll_tasks.devserver import ServeError, serve_forever  # noqa: PLC0415

    try:
        serve_forever(
            source=Path(source or ROOT / "content").resolve(),
            output=Path(output or ROOT / "output").resolve(),
            port=port,
            production=production,
        )
    except ServeError as error:
        raise Exit(f"serve: {error}", code=error.code) from None
    except OSError as error:
        raise Exit(f"serve: stopped: {error.strerror or error}", code=1) from None


@task(
    help={
        "source": "site folder (default: content/)",
        "output": "output folder (default: output/)",
        "urls": "also check that every URL of this list (or sitemap.xml) is served",
    }
)
def check(
    c: Context, source: str | None = None, output: str | None = None, urls: str = ""
) -> None:
    """Build, then check every internal link and asset (no network needed)."""
    del c
    check_built_site(_build(source, output), urls)


@task(help={"source": "site folder (default: content/)"})
def report(c: Context, source: str | None = None) -> None:
    """Build into a temporary folder and report what was done with each key."""
    del c
    from jekyll_tasks.report import report_of_site  # noqa: PLC0415

    print(report_of_site(source))


@task(
    help={
        "target": "user@host:/path or a folder (default: PUBLISH_TARGET)",
        "dry_run": "show what would be sent and deleted, send nothing",
        "force": "publish even if the site shrank a lot since the last publish",
        "source": "site folder (default: content/)",
        "output": "output folder (default: output/)",
    }
)
def publish(
    c: Context,
    target: str | None = None,
    dry_run: bool = False,
    force: bool = False,
    source: str | None = None,
    output: str | None = None,
) -> None:
    """Build for production and mirror the site to a server or folder with rsync."""
    del c
    publish_built_site(
        _build(source, output, production=True),
        target,
        state_file=PUBLISH_STATE,
        dry_run=dry_run,
        force=force,
    )


@task(
    help={
        "remote": "git remote (name, URL or path) to push to (default: origin)",
        "branch": "branch to publish on (default: GITHUB_PAGES_BRANCH or gh-pages)",
    }
)
def gh_pages(c: Context, remote: str = "origin", branch: str | None = None) -> None:
    """Build for production and push the site to the GitHub Pages branch."""
    del c
    push_to_branch(_build(None, None, production=True), remote, branch)


@task(
    help={
        "title": "the post's title",
        "draft": "create it in _drafts/",
        "excerpt": "the excerpt (default: the post's first paragraph)",
    }
)
def new_post(c: Context, title: str, draft: bool = False, excerpt: str = "") -> None:
    """Create a new post with today's date and front matter to fill in."""
    del c
    try:
        content = ROOT / "content"
        today = site_today(content)
        path = new_post_file(content, title, draft=draft, today=today, excerpt=excerpt)
    except JekyllError as error:
        raise Exit(f"new-post: {error}", code=1) from None
    print(f"new-post: created {display_path(path)}")


# What `invoke clean` removes; never the record of the last publish.
CLEANED = ("output", "cache", "screenshots", ".pytest_cache", ".ruff_cache")


@task
def clean(c: Context) -> None:
    """Remove the built site and caches."""
    del c
    for folder in CLEANED:
        shutil.rmtree(ROOT / folder, ignore_errors=True)


@task
def lint(c: Context) -> None:
    """Check the code with ruff (lint and format)."""
    # ruff of this Python (the project's virtual environment), not of PATH.
    c.run(f"{sys.executable} -m ruff check .", pty=False)
    c.run(f"{sys.executable} -m ruff format --check .", pty=False)


@task(help={"k": "only run tests matching this expression"})
def test(c: Context, k: str = "") -> None:
    """Run ruff and the whole test suite."""
    lint(c)
    selection = f" -k {k!r}" if k else ""
    c.run(f"{sys.executable} -m pytest{selection}", pty=False)


@task
def regen_golden(c: Context) -> None:
    """Rewrite the golden URL lists and the settings tables; review the diff."""
    del c
    sys.path.insert(0, str(ROOT))
    from tests.golden import regenerate  # noqa: PLC0415

    for path, what in regenerate():
        print(f"regen-golden: {display_path(path)}{what}")


@task(
    help={
        "source": "site folder (default: content/)",
        "pages": "comma-separated site paths to shoot (default: /, the home page)",
        "target": "folder for the PNG files (default: screenshots/)",
        "widths": "comma-separated screen widths in px (default: 375,1280)",
        "prefix": "text put before each file name",
    }
)
def screenshots(
    c: Context,
    source: str | None = None,
    pages: str = "/",
    target: str = "screenshots",
    widths: str = "375,1280",
    prefix: str = "",
) -> None:
    """Build, then shoot each page in Chromium: each width, light and dark."""
    del c
    from jekyll_tasks.screenshots import shoot_site  # noqa: PLC0415

    shots = shoot_site(
        source,
        [p.strip() for p in pages.split(",") if p.strip()],
        Path(target),
        widths=[int(w) for w in widths.split(",")],
        prefix=prefix,
    )
    for shot in shots:
        said = "; ".join(shot.problems) or "ok"
        print(f"screenshots: {display_path(shot.path)}: {said}")
    if any(shot.problems for shot in shots):
        raise Exit("screenshots: some pages look wrong; see above", code=1)


@task(
    help={
        "posts": "how many posts the synthetic corpus has (default 1000)",
        "runs": "how many times each build runs; the table gives medians (default 3)",
        "record": "write the results to docs/bench/ (the README's figures)",
    }
)
def bench(c: Context, posts: int = 1000, runs: int = 3, record: bool = False) -> None:
    """Build a synthetic corpus with this project, bare Pelican (and Jekyll, Hugo).

    Each build is run ``runs`` times, interleaved; the table gives medians.
    The results go to .bench/results/, or with ``--record`` to docs/bench/:
    a quick run never changes the figures the README gives.
    """
    del c
    from jekyll_bench.bench import bench_and_record  # noqa: PLC0415

    if runs < 1:
        raise Exit("bench: --runs must be 1 or more.", code=2)
    text, table_file, plot = bench_and_record(posts, runs, record=record)
    print(text)
    print(
        f"bench: table in {display_path(table_file)}"
        + (f", plot in {display_path(plot)}" if plot else "")
    )

"""Tasks: build, serve, check, publish, gh-pages, new-post, clean, lint, test.

Run ``invoke --list`` for the list and ``invoke --help TASK`` for flags.
Each task is a thin layer over ``tools/jekyll_tasks`` (the benchmark:
``tools/jekyll_bench``).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

from invoke import Context, Exit, task

ROOT = Path(__file__).resolve().parent
# The plugins (what Pelican loads) and the tools (what the tasks do).
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tools")]

from jekyll_common.errors import JekyllError  # noqa: E402
from jekyll_common.logs import display_path, show_messages  # noqa: E402
from jekyll_common.output import absolute_base  # noqa: E402
from jekyll_common.settings import BY_NAME  # noqa: E402
from jekyll_common.site import normalise_baseurl  # noqa: E402
from jekyll_common.urllist import read_url_list  # noqa: E402
from jekyll_tasks import publish as publishing  # noqa: E402
from jekyll_tasks.linkcheck import check_site  # noqa: E402
from jekyll_tasks.newpost import new_post_file, site_today  # noqa: E402
from jekyll_tasks.runner import (  # noqa: E402
    BuildResult,
    run_build,
    skip_last_collection,
)
from jekyll_tasks.urlcheck import unserved  # noqa: E402

SHRINK, BRANCH = BY_NAME["PUBLISH_MAX_SHRINK"], BY_NAME["GITHUB_PAGES_BRANCH"]
# Every warning and error any task logs is printed where the user sees it
# (stderr), in the order logged; each task's own summary line comes last.
show_messages()

PUBLISH_STATE = Path(
    os.environ.get("PUBLISH_STATE_FILE") or ROOT / "cache" / "publish-state.json"
)


def _build(
    source: str | None,
    output: str | None,
    *,
    production: bool = False,
    drafts: bool = False,
    future: bool = False,
    search: bool = True,
    cache: bool = True,
    debug: bool = False,
) -> BuildResult:
    if production and drafts:
        raise Exit("build: drafts are never published; drop --drafts", code=2)
    overrides = {}
    if drafts:
        overrides["JEKYLL_DRAFTS"] = True
    if future:
        overrides["JEKYLL_FUTURE"] = True
    if not cache:
        overrides["JEKYLL_CACHE"] = False
    if debug:  # Pelican's and the reader's errors then carry their traceback
        overrides["DEBUG"] = True
    try:
        result = run_build(
            source=Path(source) if source else None,
            output=Path(output) if output else None,
            production=production,
            overrides=overrides,
            search=search,
            atomic=production,
        )
    except JekyllError as error:
        raise Exit(f"build: {error}", code=2) from None
    print(
        f"Built {display_path(result.source)} -> {display_path(result.output)}: "
        f"{result.summary}, {result.warnings} warnings, {result.errors} errors, "
        f"{result.seconds:.2f} s"
    )
    return result


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
) -> None:
    """Build the site."""
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
    )
    skip_last_collection()
    if strict and (result.warnings or result.errors):
        raise Exit(
            f"strict: {result.warnings} warnings and {result.errors} errors; "
            "see the messages above",
            code=1,
        )


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
    result = _build(source, output)
    base_path = normalise_baseurl(result.settings.get("JEKYLL_BASEURL"))
    lost: list[str] = []
    if urls:
        try:
            old = read_url_list(Path(urls))
        except JekyllError as error:
            raise Exit(f"check: {error}", code=2) from None
        lost = unserved(result.output, old, base_path)
        for path in lost:
            print(f"old URL not served: {path}")
        print(f"check: {len(old) - len(lost)} of {len(old)} old URLs served")
    broken = check_site(result.output, base_path, absolute_base(result.settings))
    for source_file, reference in result.missing_files:
        print(f"missing file: {reference} (referred to by {source_file})")
    by_page: dict[str, list[str]] = {}
    for link in broken:
        by_page.setdefault(link.page, []).append(link.target)
    for page, targets in sorted(by_page.items()):
        print(f"{page}: broken: {', '.join(sorted(targets))}")
    pages = publishing.count_pages(result.output)
    print(f"check: {pages} pages, {len(broken)} broken links or assets")
    if broken or lost:
        raise Exit(
            "check: fix the links above (or add the missing files); for old URLs, "
            "add redirect_from or set JEKYLL_LEGACY_URLS",
            code=1,
        )


@task(help={"source": "site folder (default: content/)"})
def report(c: Context, source: str | None = None) -> None:
    """Build into a temporary folder and report what was done with each key."""
    del c
    import tempfile  # noqa: PLC0415

    from jekyll_tasks.report import render_report  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        # Every file read anew (no cache), so each one's keys are counted.
        result = _build(source, str(Path(folder) / "output"), cache=False)
    print(render_report(result.state, result.settings.get("JEKYLL_SITE") or {}))


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
    result = _build(source, output, production=True)
    settings = result.settings
    try:
        destination = publishing.parse_target(
            target or publishing.default_target(settings), ROOT
        )
        pages = publishing.publish_site(
            result.output,
            destination,
            state=publishing.PublishState(PUBLISH_STATE),
            max_shrink=float(settings.get("PUBLISH_MAX_SHRINK", SHRINK.default)),
            build_errors=result.errors,
            documents=result.documents,
            dry_run=dry_run,
            force=force,
        )
    except publishing.PublishError as error:
        raise Exit(f"publish: {error}", code=1) from None
    if dry_run:
        print(f"publish: dry run, nothing sent ({pages} pages to {destination.raw})")
        return
    print(f"publish: {pages} pages mirrored to {destination.raw}")


@task(
    help={
        "remote": "git remote (name, URL or path) to push to (default: origin)",
        "branch": "branch to publish on (default: GITHUB_PAGES_BRANCH or gh-pages)",
    }
)
def gh_pages(c: Context, remote: str = "origin", branch: str | None = None) -> None:
    """Build for production and push the site to the GitHub Pages branch."""
    del c
    result = _build(None, None, production=True)
    settings = result.settings
    if result.errors:
        raise Exit(
            f"gh-pages: the build logged {result.errors} errors; not pushed", code=1
        )
    branch = branch or settings.get("GITHUB_PAGES_BRANCH") or BRANCH.default
    try:
        publishing.publish_to_branch(
            result.output,
            ROOT,
            remote=remote,
            branch=branch,
            cname=publishing.custom_domain(settings),
            message=f"Publish site ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)",
        )
    except publishing.PublishError as error:
        raise Exit(f"gh-pages: {error}; nothing was published", code=1) from None
    pages = publishing.count_pages(result.output)
    print(f"gh-pages: {pages} pages on {branch} at {remote}")


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


@task
def clean(c: Context) -> None:
    """Remove the built site and caches."""
    del c
    for folder in ("output", "cache", "screenshots", ".pytest_cache", ".ruff_cache"):
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
    import tempfile  # noqa: PLC0415

    from jekyll_common.settings import with_tables  # noqa: PLC0415

    page = ROOT / "docs" / "settings.md"
    page.write_text(with_tables(page.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"regen-golden: {display_path(page)} (settings tables)")

    sys.path.insert(0, str(ROOT))
    from tests.helpers import (  # noqa: PLC0415
        GOLDEN_FIXTURES,
        build_fixture,
        golden_path,
        output_files,
    )

    for name in GOLDEN_FIXTURES:
        with tempfile.TemporaryDirectory() as folder:
            _, output = build_fixture(name, Path(folder))
            golden_path(name).write_text("\n".join(output_files(output)) + "\n")
        print(f"regen-golden: {display_path(golden_path(name))}")


@task(
    help={
        "posts": "how many posts the synthetic corpus has (default 1000)",
        "runs": "how many times each build runs; the table gives medians (default 3)",
    }
)
def bench(c: Context, posts: int = 1000, runs: int = 3) -> None:
    """Build a synthetic corpus with this project, bare Pelican (and Jekyll, Hugo).

    Each build is run ``runs`` times, interleaved; the table gives medians.
    """
    del c
    from jekyll_bench.bench import record, run_bench, table  # noqa: PLC0415

    if runs < 1:
        raise Exit("bench: --runs must be 1 or more.", code=2)
    work = ROOT / ".bench"
    results = run_bench(posts, work, runs)
    print(table(results))
    table_file, plot = record(results, ROOT / "docs" / "bench")
    print(
        f"bench: table in {display_path(table_file)}"
        + (f", plot in {display_path(plot)}" if plot else "")
    )

"""What the tasks do around a build: flags in, lines out, published or not.

The tasks in ``tasks.py`` are a thin layer over these; each failure ends the
task with a one-line message and the exit code the README gives (1: the
site has problems; 2: the command or the configuration is wrong).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from invoke import Exit

from jekyll_common.errors import JekyllError, OutputError
from jekyll_common.logs import display_path
from jekyll_common.settings import setting_value
from jekyll_common.settings_site import SITE_ROWS
from jekyll_common.site import normalise_baseurl
from jekyll_common.urllist import read_url_list
from jekyll_tasks import publish as publishing
from jekyll_tasks import up_to_date
from jekyll_tasks.build_result import BuildResult
from jekyll_tasks.output_folder import PROJECT_ROOT, code_paths, settings_file

BRANCH = SITE_ROWS["GITHUB_PAGES_BRANCH"]


def build_site(
    source: str | None,
    output: str | None,
    *,
    production: bool = False,
    drafts: bool = False,
    future: bool = False,
    search: bool = True,
    cache: bool = True,
    debug: bool = False,
    reuse: bool = False,
) -> BuildResult:
    """Build with the flags of a task; print its summary line, or stop.

    With ``reuse``, a site none of whose inputs changed since the last such
    build is left as it is, and that build's messages are given again.
    """
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
    plan = None
    if reuse and cache and not debug:
        flags = (f"drafts={drafts}", f"future={future}", f"search={search}")
        plan = _up_to_date_plan(source, output, production=production, flags=flags)
    last = plan.last_build() if plan else None
    if last is not None:
        _say_up_to_date(last)
        return last
    if plan:
        plan.forget()
    # Imported here: a site found up to date is answered without Pelican.
    from jekyll_tasks.runner import run_build  # noqa: PLC0415

    try:
        result = run_build(
            source=Path(source) if source else None,
            output=Path(output) if output else None,
            production=production,
            overrides=overrides,
            search=search,
            atomic=production,
        )
    except OutputError as error:
        raise Exit(f"build: {error}", code=1) from None
    except JekyllError as error:
        raise Exit(f"build: {error}", code=2) from None
    if plan:
        plan.keep(result)
    print(
        f"Built {display_path(result.source)} -> {display_path(result.output)}: "
        f"{result.summary}, {result.warnings} warnings, {result.errors} errors, "
        f"{result.seconds:.2f} s"
    )
    return result


def _up_to_date_plan(
    source: str | None, output: str | None, *, production: bool, flags: tuple[str, ...]
) -> up_to_date.Plan | None:
    """Return what tells whether this build's site is up to date (None: unknown)."""
    return up_to_date.plan(
        up_to_date.Request(
            settings_file(production=production),
            tuple(code_paths()),
            Path(source) if source else None,
            Path(output) if output else None,
            flags,
        )
    )


def _say_up_to_date(last: BuildResult) -> None:
    """Give the last build's messages again, then say the site is up to date."""
    for level, message in last.messages:
        logging.getLogger(__name__).log(logging.getLevelName(level), "%s", message)
    documents = f"{last.documents} document{'s' if last.documents != 1 else ''}"
    print(
        f"Up to date: {display_path(last.source)} -> {display_path(last.output)}: "
        f"nothing changed since the last build ({documents}; "
        f"{last.warnings} warnings, {last.errors} errors, repeated above)"
    )


def check_built_site(result: BuildResult, urls: str) -> None:
    """Print every broken link or asset (and old URL not served), then stop if any."""
    # Imported here: a plain build needs neither the checker nor the server.
    from jekyll_common.output import absolute_base  # noqa: PLC0415
    from jekyll_tasks.linkcheck import check_site  # noqa: PLC0415
    from jekyll_tasks.urlcheck import unserved  # noqa: PLC0415

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
    missing = len(result.missing_files)
    print(
        f"check: {pages} pages, {len(broken)} broken links or assets, "
        f"{missing} missing file{'s' if missing != 1 else ''}"
    )
    if broken or lost or missing:
        raise Exit(
            "check: fix the links above (or add the missing files); for old URLs, "
            "add redirect_from or set JEKYLL_LEGACY_URLS",
            code=1,
        )


def publish_built_site(
    result: BuildResult,
    target: str | None,
    *,
    state_file: Path,
    dry_run: bool,
    force: bool,
) -> None:
    """Mirror a production build to ``target`` (or PUBLISH_TARGET) with rsync."""
    settings = result.settings
    try:
        destination = publishing.parse_target(
            target or publishing.default_target(settings), PROJECT_ROOT
        )
        pages = publishing.publish_site(
            result.output,
            destination,
            state=publishing.PublishState(state_file),
            max_shrink=setting_value(settings, SITE_ROWS["PUBLISH_MAX_SHRINK"]),
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


def push_to_branch(result: BuildResult, remote: str, branch: str | None) -> None:
    """Push a production build to the GitHub Pages branch of ``remote``."""
    settings = result.settings
    if result.errors:
        raise Exit(
            f"gh-pages: the build logged {result.errors} errors; not pushed", code=1
        )
    branch = branch or settings.get("GITHUB_PAGES_BRANCH") or BRANCH.default
    try:
        publishing.publish_to_branch(
            result.output,
            PROJECT_ROOT,
            remote=remote,
            branch=branch,
            cname=publishing.custom_domain(settings),
            message=f"Publish site ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)",
        )
    except publishing.PublishError as error:
        raise Exit(f"gh-pages: {error}; nothing was published", code=1) from None
    pages = publishing.count_pages(result.output)
    print(f"gh-pages: {pages} pages on {branch} at {remote}")

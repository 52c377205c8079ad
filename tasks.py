"""Tasks: ``invoke build``, ``serve``, ``clean``, ``test``, ``lint``.

Run ``invoke --list`` for the list and ``invoke --help TASK`` for flags.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from invoke import Context, Exit, task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

from jekyll_common.errors import JekyllError  # noqa: E402
from jekyll_common.logs import display_path  # noqa: E402
from jekyll_common.runner import BuildResult, run_build  # noqa: E402


def _build(
    source: str | None,
    output: str | None,
    *,
    production: bool = False,
    drafts: bool = False,
    future: bool = False,
) -> BuildResult:
    overrides = {}
    if drafts:
        overrides["JEKYLL_DRAFTS"] = True
    if future:
        overrides["JEKYLL_FUTURE"] = True
    try:
        return run_build(
            source=Path(source) if source else None,
            output=Path(output) if output else None,
            production=production,
            overrides=overrides,
            search=True,
        )
    except JekyllError as error:
        raise Exit(f"build: {error}", code=2) from None


@task(
    help={
        "source": "Jekyll-style site folder to build (default: content/)",
        "output": "folder to write the site to (default: output/)",
        "strict": "exit non-zero when the build logged any warning or error",
        "production": "use publishconf.py: absolute URLs for the published site",
        "drafts": "also build posts in _drafts/",
        "future": "also build posts dated in the future",
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
) -> None:
    """Build the site."""
    del c
    result = _build(source, output, production=production, drafts=drafts, future=future)
    print(
        f"Built {display_path(result.source)} -> {display_path(result.output)}: "
        f"{result.summary}, "
        f"{result.warnings} warnings, {result.errors} errors, "
        f"{result.seconds:.2f} s"
    )
    if strict and (result.warnings or result.errors):
        raise Exit(
            f"strict: {result.warnings} warnings and {result.errors} errors; "
            "see the messages above",
            code=1,
        )


@task(
    help={
        "port": "port on 127.0.0.1 (default 8000)",
        "production": "use publishconf.py",
    }
)
def serve(c: Context, port: int = 8000, production: bool = False) -> None:
    """Build, serve on 127.0.0.1 and rebuild when content, theme or plugins change."""
    del c
    from jekyll_common.devserver import serve_forever  # noqa: PLC0415

    serve_forever(port=port, production=production)


@task
def clean(c: Context) -> None:
    """Remove the built site and caches."""
    del c
    for folder in ("output", "cache", ".pytest_cache", ".ruff_cache"):
        shutil.rmtree(ROOT / folder, ignore_errors=True)


@task
def lint(c: Context) -> None:
    """Check the code with ruff (lint and format)."""
    c.run("ruff check .", pty=False)
    c.run("ruff format --check .", pty=False)


@task(help={"k": "only run tests matching this expression"})
def test(c: Context, k: str = "") -> None:
    """Run ruff and the whole test suite."""
    lint(c)
    selection = f" -k {k!r}" if k else ""
    c.run(f"{sys.executable} -m pytest{selection}", pty=False)

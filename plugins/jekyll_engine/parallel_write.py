"""Render and write post and archive pages on every core.

Pelican writes one page at a time; for a large site the post and archive
pages are the bulk of them. Once every generator's context is complete, the
pages are split between forked worker processes, each rendering and writing
its share through the same writer. What the workers log is replayed in the build's
own log, and the files they wrote are recorded, so strict mode, the summary
and the clean-up of stale files see exactly what a serial build sees.
"""

from __future__ import annotations

import logging
from itertools import chain
from typing import Any

from pelican import signals

from jekyll_common.logs import Collected, replay
from jekyll_common.settings import setting_value
from jekyll_engine.settings import ENGINE_ROWS
from jekyll_engine.state import state_of
from jekyll_engine.workers import forked_pool, worker_count

_JOB: dict[str, Any] = {}

# A page to write: output file, template, and the page's own variables.
PageJob = tuple[str, Any, dict[str, Any]]


def _write_share(
    index: int, digests: list[list[bytes | None]] | None = None
) -> tuple[list[str], list[tuple[str, int, str]], Any]:
    writer, write, context = _JOB["writer"], _JOB["write"], _JOB["context"]
    if digests is not None:
        # Every worker's digests, for the posts this share's pages link to.
        for documents, found in zip(_JOB["documents"], digests, strict=True):
            _JOB["fingerprints"].adopt(documents, found)
    before = set(writer._written_files)
    pages = writer.pages
    recorded = dict(pages.current) if pages is not None else {}
    unchanged_before = pages.unchanged_count if pages is not None else 0
    # In the worker, what is logged is only collected: the build logs it.
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    collect = Collected().listen()
    for name, template, variables in _JOB["shares"][index]:
        write(name, template, context, **variables)
    written = sorted(set(writer._written_files) - before)
    if pages is None:
        return written, collect.records, None
    changes = {k: v for k, v in pages.current.items() if recorded.get(k) != v}
    removed = [k for k in recorded if k not in pages.current]
    unchanged = pages.unchanged_count - unchanged_before
    return written, collect.records, (changes, removed, unchanged)


def _digest_share(index: int) -> list[bytes | None]:
    return _JOB["fingerprints"].documents(_JOB["documents"][index])


def _worth_forking(settings: dict[str, Any], count: int) -> int:
    """Return how many workers to write ``count`` pages with (0: write serially)."""
    workers = worker_count()
    # Below this many pages (posts, or archive pages), forking costs more
    # than it saves.
    threshold = setting_value(settings, ENGINE_ROWS["JEKYLL_PARALLEL_WRITE_MIN"])
    return workers if count >= threshold and workers > 1 else 0


def write_articles(generator: Any, write: Any) -> bool:
    """Write the post pages in parallel; False when a serial write is better."""
    articles = list(
        chain(
            generator.translations,
            generator.articles,
            generator.hidden_translations,
            generator.hidden_articles,
        )
    )
    workers = _worth_forking(generator.settings, len(articles))
    if not workers:
        return False
    # Pelican's contract, kept: each post is sent to the plugins listening to
    # article_generator_write_article just before its page is written; here
    # in the parent, before the workers fork, so what they change is written.
    for article in articles:
        signals.article_generator_write_article.send(generator, content=article)
    writer = write.func.__self__
    jobs = [
        (
            article.save_as,
            generator.get_template(article.template),
            {
                "article": article,
                "category": getattr(article, "category", None),
                "override_output": hasattr(article, "override_save_as"),
                "url": article.url,
                "blog": True,
            },
        )
        for article in articles
    ]
    # Each post page digests its neighbours and related posts: every post is
    # digested once, on every core, before the pages are.
    _write_in_pool(writer, write, generator.context, jobs, workers, digest=articles)
    return True


def write_pages(writer: Any, context: dict[str, Any], jobs: list[PageJob]) -> None:
    """Write pages through ``writer``, on every core when there are many."""
    workers = _worth_forking(context, len(jobs))
    if not workers:
        for name, template, variables in jobs:
            writer.write_file(name, template, context, **variables)
        return
    _write_in_pool(writer, writer.write_file, context, jobs, workers)


def _write_in_pool(
    writer: Any,
    write: Any,
    context: dict[str, Any],
    jobs: list[PageJob],
    workers: int,
    *,
    digest: list[Any] | None = None,
) -> None:
    """Write ``jobs`` on ``workers`` cores; documents to ``digest`` go first."""
    # A second page for one file must meet the first, as in a serial write:
    # it is written (and refused, with an error) after the pool.
    names: set[str] = set()
    first, repeated = [], []
    for job in jobs:
        (repeated if job[0] in names else first).append(job)
        names.add(job[0])
    # The first page is written here: the templates it includes are then
    # compiled once, before the fork, rather than once in every worker.
    write(first[0][0], first[0][1], context, **first[0][2])
    first = first[1:]
    shares = [first[n::workers] for n in range(workers)]
    fingerprints = writer.pages.fingerprints if writer.pages is not None else None
    documents = [(digest or [])[n::workers] for n in range(workers)]
    # Set before the workers are forked: they read it, not a copy sent.
    _JOB.update(
        writer=writer,
        write=write,
        context=context,
        shares=shares,
        documents=documents,
        fingerprints=fingerprints,
    )
    try:
        with forked_pool(workers) as pool:
            # One pool for both rounds: the posts' digests, then the pages.
            digests = None
            if digest is not None and fingerprints is not None:
                digests = list(pool.map(_digest_share, range(workers)))
                for share, found in zip(documents, digests, strict=True):
                    fingerprints.adopt(share, found)
            results = list(pool.map(_write_share, range(workers), [digests] * workers))
    finally:
        _JOB.clear()
    _take_results(writer, context, results)
    for name, template, variables in repeated:
        write(name, template, context, **variables)


def _take_results(writer: Any, context: dict[str, Any], results: list[Any]) -> None:
    """Record what the workers wrote and logged, as if the build had done it."""
    for written, records, pages in results:
        writer._written_files.update(written)
        replay(records)
        if pages is not None:
            changes, removed, unchanged = pages
            writer.pages.current.update(changes)
            for name in removed:
                writer.pages.current.pop(name, None)
            writer.pages.unchanged_count += unchanged
    state = state_of(context)
    if state is not None:
        state.report.pages_written += sum(len(result[0]) for result in results)

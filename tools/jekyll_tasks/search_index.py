"""The site's search index, kept current page by page: Pagefind, in bundles.

Pagefind indexes a whole site at once and cannot update one page: at a
thousand posts, every edit cost a second and a half of re-indexing. Here the
searchable pages (those marked ``data-pagefind-body``; every page when none
is) are split by a digest of their path into bundles of at most 250 pages,
at most sixteen bundles; each is a Pagefind index of its own, in
``pagefind/<n>/``, and the search box merges them (Pagefind's
``mergeIndex``: results ranked together by score). A site of up to 250
searchable pages has one bundle, searched exactly as Pagefind alone would.
A build re-indexes only the bundles holding a page added, changed (size or
modification time) or removed since the last index, as the build cache
records them (without the cache, every bundle is made anew, as it is when
the number of bundles changes: the site doubled). The search box's script
and style sheet are copied to ``pagefind/``, where the theme links them,
and ``pagefind/bundles.json`` lists the bundles.

One difference with many bundles: Pagefind answers a word no page of a
bundle holds with that bundle's pages holding its longest known prefix; in
one index, that happens only when no page at all holds the word. Those pages
score far lower, so they come after the pages that hold the word.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from jekyll_engine import cache_files
from jekyll_engine.workers import worker_count

logger = logging.getLogger(__name__)

FOLDER = "pagefind"
BUNDLES_FILE = "bundles.json"
# Every Pagefind index has this file: a bundle without it is not on disk.
_ENTRY = "pagefind-entry.json"
# The search box's own files, the same in every bundle.
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")
# The attribute in a tag, not the words in a page's text.
_MARK = re.compile(rb"<[a-zA-Z][^<>]*\sdata-pagefind-body[\s=/>]")
PAGES_PER_BUNDLE = 250
# Each bundle is fetched by the search box on a search: a bound on requests.
MOST_BUNDLES = 16
# How long Pagefind may take for one bundle: far past any need (about a
# second per thousand pages here); an indexer that hangs is stopped.
SEARCH_INDEX_SECONDS = 600
_FORMAT = 1

# A page as last indexed: (searchable, size, modification time in ns).
Record = tuple[bool, int, int]


def bundle_count(pages: int, per_bundle: int = PAGES_PER_BUNDLE) -> int:
    """Return how many bundles ``pages`` pages go in: a power of two, at most 16.

    A power of two, so a bundle splits in two as the site doubles.
    """
    count = 1
    while count * per_bundle < pages and count < MOST_BUNDLES:
        count *= 2
    return count


def bundle_of(page: str, count: int) -> int:
    """Return the bundle a page (its path in the output) goes in."""
    digest = hashlib.blake2b(page.encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "big") % count


def update_search_index(
    output: Path, records: Path | None, per_bundle: int = PAGES_PER_BUNDLE
) -> None:
    """Bring the search index of ``output`` up to date with its pages.

    ``records`` is the cache file of what was indexed (None: index anew).
    """
    folder = output / FOLDER
    count, previous = 0, {}
    found = cache_files.load(records, _FORMAT)
    if isinstance(found, tuple) and len(found) == 2:
        count, previous = found
    pages = _scan(output, previous)
    searchable = _searchable(pages)
    new_count = bundle_count(len(searchable), per_bundle)
    members: dict[int, list[str]] = {}
    for page in sorted(searchable):
        members.setdefault(bundle_of(page, new_count), []).append(page)
    dirty = (
        _changed_bundles(previous, pages, searchable, new_count, members, folder)
        if count == new_count
        else set(members)
    )
    failed = set()
    if dirty:
        failed = _index_bundles(output, {n: members[n] for n in dirty if n in members})
    # The search box's files and the list of bundles, made again if removed.
    complete = all((folder / name).is_file() for name in (BUNDLES_FILE, *UI_FILES))
    if dirty or not complete:
        _tidy(folder, set(members))
        _copy_ui(folder, members)
        _list_bundles(folder, members)
    # A page of a bundle that failed is left out: it is indexed next time.
    indexed = {
        page: record
        for page, record in pages.items()
        if page not in searchable or bundle_of(page, new_count) not in failed
    }
    if records is not None and (dirty or indexed != previous):
        cache_files.save(records, _FORMAT, (new_count, indexed))
    else:
        cache_files.mark_used([records])  # kept by the cache's size limit


def _scan(output: Path, previous: dict[str, Record]) -> dict[str, Record]:
    """Return every page of the output: whether it is searchable, size, time.

    Only a page new or changed since the last index is read.
    """
    pages: dict[str, Record] = {}
    for page in _html_files(output):
        path = os.path.join(output, page)  # noqa: PTH118 (every page: strings)
        try:
            found = os.stat(path)  # noqa: PTH116
            known = previous.get(page)
            stamp = (found.st_size, found.st_mtime_ns)
            if known is not None and known[1:] == stamp:
                pages[page] = known
            else:
                with open(path, "rb") as file:  # noqa: PTH123
                    marked = _MARK.search(file.read()) is not None
                pages[page] = (marked, *stamp)
        except OSError:
            continue  # gone meanwhile (or not a file): not a page to index
    return pages


def _html_files(output: Path) -> Iterator[str]:
    """Yield the output's HTML files (paths in it), the index's folder left out.

    ``os.walk`` and strings, not ``Path.rglob``: pathlib's objects took
    30 ms more of every index at 1,000 pages (80 ms against 50).
    """
    for folder, subfolders, files in os.walk(output):
        relative = os.path.relpath(folder, output)
        if relative == ".":
            subfolders[:] = [name for name in subfolders if name != FOLDER]
            relative = ""
        for name in files:
            if name.endswith(".html"):
                yield f"{relative}/{name}" if relative else name


def _searchable(pages: dict[str, Record]) -> set[str]:
    """Return the pages Pagefind indexes: those marked, or every page when none is."""
    return {page for page, record in pages.items() if record[0]} or set(pages)


def _changed_bundles(
    previous: dict[str, Record],
    pages: dict[str, Record],
    searchable: set[str],
    count: int,
    members: dict[int, list[str]],
    folder: Path,
) -> set[int]:
    """Return the bundles with a page added, changed or removed, or not on disk."""
    dirty = {n for n in members if not (folder / str(n) / _ENTRY).is_file()}
    was_searchable = _searchable(previous)
    for page in searchable ^ was_searchable:
        dirty.add(bundle_of(page, count))
    for page in searchable & was_searchable:
        if pages[page] != previous[page]:
            dirty.add(bundle_of(page, count))
    return dirty


def _index_bundles(output: Path, bundles: dict[int, list[str]]) -> set[int]:
    """Index each bundle anew, on every core; return those that failed."""
    try:
        from pagefind_bin import get_executable  # noqa: PLC0415 (search only)

        command = [str(get_executable())]
    except (ImportError, OSError, FileNotFoundError):
        command = [sys.executable, "-m", "pagefind"]
    numbers = sorted(bundles)
    with ThreadPoolExecutor(worker_count()) as pool:
        found = pool.map(
            partial(_index_bundle, output, command), numbers, map(bundles.get, numbers)
        )
        reasons = dict(zip(numbers, found, strict=True))
    failed = {n for n, reason in reasons.items() if reason is not None}
    if failed:
        reason = next(reasons[n] for n in sorted(failed))
        logger.error(
            "search index not built (pagefind: %s); the site works without "
            "search. Install pagefind[bin] from requirements.txt.",
            reason or "failed",
        )
    return failed


def _index_bundle(
    output: Path, command: list[str], number: int, pages: list[str]
) -> str | None:
    """Index one bundle's pages into ``pagefind/<number>``; return why not, or None."""
    folder = output / FOLDER
    staged, made = folder / f"{number}.pages", folder / f"{number}.new"
    for stale in (staged, made):
        shutil.rmtree(stale, ignore_errors=True)
    try:
        # Pagefind reads a folder: the bundle's pages, linked (not copied) aside.
        for page in pages:
            target = staged / page
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(output / page, target)
            except OSError:
                shutil.copyfile(output / page, target)
        done = subprocess.run(
            [*command, "--site", str(staged), "--output-path", str(made), "--quiet"],
            capture_output=True,
            text=True,
            check=False,
            timeout=SEARCH_INDEX_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return f"no answer in {SEARCH_INDEX_SECONDS} s; it was stopped"
    except OSError as error:
        return str(error)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    if done.returncode != 0:
        shutil.rmtree(made, ignore_errors=True)
        return done.stderr.strip() or "failed"
    shutil.rmtree(folder / str(number), ignore_errors=True)
    made.rename(folder / str(number))
    return None


def _tidy(folder: Path, bundles: set[int]) -> None:
    """Remove what is not part of the index: old bundles, an older layout."""
    keep = {str(n) for n in bundles} | {BUNDLES_FILE, *UI_FILES}
    for entry in list(folder.iterdir()) if folder.is_dir() else []:
        if entry.name not in keep:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def _copy_ui(folder: Path, members: dict[int, list[str]]) -> None:
    for number in sorted(members):
        bundle = folder / str(number)
        if all((bundle / name).is_file() for name in UI_FILES):
            for name in UI_FILES:
                shutil.copyfile(bundle / name, folder / name)
            return


def _list_bundles(folder: Path, members: dict[int, list[str]]) -> None:
    # The bundles on disk (one whose indexing failed keeps its last index).
    bundles = [str(n) for n in sorted(members) if (folder / str(n) / _ENTRY).is_file()]
    folder.mkdir(exist_ok=True)
    (folder / BUNDLES_FILE).write_text(json.dumps({"bundles": bundles}), "utf-8")


def index_site(settings: Mapping[str, Any]) -> None:
    """Bring the search index of a build's output up to date, from its settings.

    What was indexed is recorded in the build's cache (keyed by its source
    and output folders), when the cache is on.
    """
    source, output = (Path(settings[k]).resolve() for k in ("PATH", "OUTPUT_PATH"))
    records = cache_files.cache_file(settings, "search", str(source), str(output))
    update_search_index(Path(settings["OUTPUT_PATH"]), records)

"""Which files of a Jekyll source folder are posts, drafts, pages or static.

Mirrors Jekyll's ``Reader`` and ``EntryFilter``: entries starting with
``.``, ``_``, ``#`` or ``~`` and backups ending in ``~`` are skipped unless
``include`` names them; ``exclude`` matches by glob or by path prefix from the
site root; ``_posts/`` and ``_drafts/`` are found in the root and in any
folder that is not itself skipped; a file there with neither a date in its
name nor front matter (a folder's README) is no post. Beyond Jekyll: a post
with front matter but no dated name is built, dated from its history; a
Markdown file without front matter (but a README, LICENSE..., as on GitHub
Pages) is a page too, still copied as-is so its old URL stays; ``_pages/``
holds pages as if they stood at the root; symlinks leading outside the
source are never followed.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Final

from jekyll_common.paths import MARKDOWN_EXTENSIONS
from jekyll_reader.dates import FILENAME_DATE
from jekyll_reader.source import opens_front_matter

# Jekyll 4.3 always adds these to the site's own exclude list.
DEFAULT_EXCLUDES: Final = (
    ".sass-cache",
    ".jekyll-cache",
    "gemfiles",
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle/",
    "vendor/cache/",
    "vendor/gems/",
    "vendor/ruby/",
)
DEFAULT_INCLUDES: Final = (".htaccess",)
HTML_EXTENSIONS: Final = (".html", ".htm", ".xhtml")
RENDERED_EXTENSIONS: Final = MARKDOWN_EXTENSIONS + HTML_EXTENSIONS
_SPECIAL_LEADING = (".", "_", "#", "~")


@dataclass(slots=True)
class Discovery:
    """Relative POSIX paths of the source files, by what the build does with them."""

    posts: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    static: list[str] = field(default_factory=list)
    # Pages of other kinds of file (XML, text...): Liquid only, no layout.
    other_pages: list[str] = field(default_factory=list)
    outside_links: list[str] = field(default_factory=list)
    # Links that lead back into a folder already walked, or round in a loop.
    looping_links: list[str] = field(default_factory=list)
    # Markdown files without front matter built as pages (Jekyll copies them).
    plain_pages: list[str] = field(default_factory=list)
    # Files in ``_posts/`` Jekyll skips and so does this build: no date in
    # the name and no front matter (a folder's README, notes).
    not_posts: list[str] = field(default_factory=list)
    # Documents of collections written to the site, by collection label.
    documents: dict[str, list[str]] = field(default_factory=dict)
    # Documents of collections with ``output: false``: never written, but
    # content Liquid lists them (``site.<label>``), as in Jekyll.
    unwritten: dict[str, list[str]] = field(default_factory=dict)
    # The other files of written collections (copied), by path: their label.
    collection_static: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DiscoveryRules:
    """What to skip and where pages live; see the README for each setting."""

    exclude: Sequence[str] = ()
    include: Sequence[str] = ()
    pages_dirs: Sequence[str] = ("_pages",)
    plain_markdown_pages: bool = True
    ignored: Sequence[str] = ()
    # (folder, label, output) of each collection besides posts.
    collections: Sequence[tuple[str, str, bool]] = ()
    collections_dir: str = ""


def _glob_include(patterns: Iterable[str], entry: str, is_dir: bool) -> bool:
    for raw_pattern in patterns:
        pattern = raw_pattern.lstrip("/")
        if fnmatch.fnmatchcase(entry, pattern) or entry.startswith(pattern):
            return True
        if is_dir and pattern == entry + "/":
            return True
    return False


class _Filter:
    """Jekyll's EntryFilter over paths relative to the source folder."""

    def __init__(self, rules: DiscoveryRules) -> None:
        self.include = tuple(DEFAULT_INCLUDES) + tuple(rules.include)
        self.exclude = tuple(
            e for e in (*DEFAULT_EXCLUDES, *rules.exclude) if e not in self.include
        )
        self.ignored = tuple(rules.ignored)

    def keeps(self, entry: str, is_dir: bool) -> bool:
        name = PurePosixPath(entry).name
        # By its name, as Jekyll reads each folder: what lies inside an
        # included folder is filtered again (its dot-folders are left out).
        included = _glob_include(self.include, name, is_dir)
        if _glob_include(self.exclude, entry, is_dir) and not included:
            return False
        if entry in self.ignored:
            return False
        if included:
            return True
        return not (name.startswith(_SPECIAL_LEADING) or name.endswith("~"))


def _inside(path: Path, root: Path) -> bool:
    try:
        resolved = path.resolve()
    except (RuntimeError, OSError):  # a loop of links leads nowhere
        return False
    return resolved == root or resolved.is_relative_to(root)


def _loops(path: Path) -> bool:
    """Return whether ``path`` is a link in a loop (``a -> b -> a``)."""
    try:
        path.resolve(strict=True)
    except (RuntimeError, OSError):
        return os.path.islink(path)  # noqa: PTH114
    return False


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


def walk_files(
    root: Path, start: Path, keep_dir: Callable[[str], bool], found: Discovery
) -> Iterator[str]:
    """Yield the files under ``start`` (relative to ``root``), sorted.

    Folders ``keep_dir`` refuses are not entered; links that lead outside
    ``root`` are recorded in ``found.outside_links`` and not followed.
    """
    walked = {os.path.realpath(start)}
    for dirpath, dirnames, filenames in os.walk(start, followlinks=True):
        here = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            relative = (here / name).relative_to(root).as_posix()
            real = os.path.realpath(here / name)
            if real in walked:  # a link back to a folder walked (loop -> .)
                found.looping_links.append(relative)
            elif not _inside(here / name, root):
                found.outside_links.append(relative)
            elif keep_dir(relative):
                walked.add(real)
                kept.append(name)
        dirnames[:] = kept
        # Plain string work from here: a folder may hold thousands of posts.
        folder = here.relative_to(root).as_posix()
        prefix = "" if folder == "." else folder + "/"
        for name in sorted(filenames):
            relative = prefix + name
            path = os.path.join(dirpath, name)  # noqa: PTH118
            # The folders walked are inside the root: only a link can lead out.
            if not os.path.islink(path) or _inside(Path(path), root):  # noqa: PTH114
                yield relative
            elif _loops(Path(path)):
                found.looping_links.append(relative)
            else:
                found.outside_links.append(relative)


def _collect_documents(root: Path, folder: str, found: Discovery) -> list[str]:
    base = root / folder
    if not base.is_dir() or not _inside(base, root):
        return []
    return [
        relative
        for relative in walk_files(
            root, base, lambda d: not _hidden(d.rsplit("/")[-1]), found
        )
        if not _hidden(relative.rsplit("/", 1)[-1])
        and relative.lower().endswith(RENDERED_EXTENSIONS)
    ]


def discover(source: Path, rules: DiscoveryRules, *, drafts: bool) -> Discovery:
    """Return the source files of the site at ``source``, by kind, sorted."""
    root = source.resolve()
    found = Discovery()
    pages_dirs = {d.strip("/") for d in rules.pages_dirs}
    entry_filter = _Filter(rules)
    post_roots = [""]

    def keep_dir(relative: str) -> bool:
        if relative.split("/", 1)[0] in pages_dirs:
            return not _hidden(relative.rsplit("/", 1)[-1])
        if entry_filter.keeps(relative, is_dir=True):
            post_roots.append(relative)
            return True
        return False

    for relative in walk_files(root, root, keep_dir, found):
        name = PurePosixPath(relative).name
        if relative.split("/", 1)[0] in pages_dirs:
            if not _hidden(name):
                _classify(root, relative, rules, found)
        elif entry_filter.keeps(relative, is_dir=False):
            _classify(root, relative, rules, found)
    if rules.collections_dir:
        post_roots = [rules.collections_dir]
    for folder in post_roots:
        prefix = f"{folder}/" if folder else ""
        for relative in _collect_documents(root, prefix + "_posts", found):
            if FILENAME_DATE.match(PurePosixPath(relative).name) or (
                opens_front_matter(root / relative)
            ):
                found.posts.append(relative)
            else:
                found.not_posts.append(relative)
        if drafts:
            found.drafts += _collect_documents(root, prefix + "_drafts", found)
    for folder, label, output in rules.collections:
        _collect_collection(root, folder, label, output, found)
    for paths in (found.posts, found.drafts, found.pages, found.static):
        paths.sort()
    return found


def _collect_collection(
    root: Path, folder: str, label: str, output: bool, found: Discovery
) -> None:
    """Add a collection's documents (files with front matter) and static files.

    As Jekyll: only documents of a collection with ``output: true`` are
    written, and its other files copied as they are; the documents of one
    with ``output: false`` are kept for Liquid only.
    """
    base = root / folder
    if not base.is_dir() or not _inside(base, root):
        return
    documents = (found.documents if output else found.unwritten).setdefault(label, [])
    for relative in walk_files(
        root, base, lambda d: not _hidden(d.rsplit("/")[-1]), found
    ):
        if _hidden(PurePosixPath(relative).name):
            continue
        if opens_front_matter(root / relative):
            # Any file with front matter, whatever its extension, as Jekyll.
            documents.append(relative)
            if not relative.lower().endswith(RENDERED_EXTENSIONS):
                found.other_pages.append(relative)
        elif output:
            found.static.append(relative)
            found.collection_static[relative] = label
    documents.sort()


# A repository's own notes: GitHub Pages (jekyll-optional-front-matter)
# makes no page of them without front matter; they are copied as they are.
REPOSITORY_FILES = frozenset({
    "README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT", "CONTRIBUTING",
    "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE", "CHANGELOG", "SECURITY",
})  # fmt: skip


def _classify(
    root: Path, relative: str, rules: DiscoveryRules, found: Discovery
) -> None:
    lowered = relative.lower()
    if opens_front_matter(root / relative):
        found.pages.append(relative)
        if not lowered.endswith(RENDERED_EXTENSIONS):
            found.other_pages.append(relative)
    elif (
        rules.plain_markdown_pages
        and lowered.endswith(MARKDOWN_EXTENSIONS)
        and PurePosixPath(relative).stem.upper() not in REPOSITORY_FILES
    ):
        found.pages.append(relative)
        found.plain_pages.append(relative)
        # Jekyll serves it as it is at its own path: keep that URL too.
        if not relative.startswith("_"):
            found.static.append(relative)
    else:
        found.static.append(relative)

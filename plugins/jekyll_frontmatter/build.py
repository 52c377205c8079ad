"""Per-build state: what was discovered, git dates, and the build report.

A build's state lives in its settings (under ``STATE_KEY``), not in module
globals, so two builds in one process never see each other's data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from collections import Counter
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache

from jekyll_common.logs import display_path
from jekyll_common.site import SiteSettings, site_settings
from jekyll_frontmatter import cache_files
from jekyll_frontmatter import settings as plugin_settings
from jekyll_frontmatter.discovery import Discovery, DiscoveryRules, discover
from jekyll_frontmatter.fingerprints import Unfingerprintable, build_environment
from jekyll_frontmatter.gitdates import CommitDates, commit_dates
from jekyll_frontmatter.prepared import RENDER_VERSION, RenderCache
from jekyll_frontmatter.read_cache import ReadCache, file_key, static_digest

STATE_KEY = "JEKYLL_BUILD_STATE"
logger = logging.getLogger(__name__)


@dataclass(slots=True)
class BuildReport:
    """What happened to each source file, for the end-of-build summary."""

    built: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_published: list[tuple[str, str]] = field(default_factory=list)
    undated: list[tuple[str, dt.datetime, str]] = field(default_factory=list)
    missing_files: list[tuple[str, str]] = field(default_factory=list)
    # For the migration report: (file kind, front-matter key) by how many
    # files read by this build use it (every file when the cache is off, as
    # ``invoke report`` builds), includes that were missing, by name.
    front_matter_keys: Counter[tuple[str, str]] = field(default_factory=Counter)
    missing_includes: Counter[str] = field(default_factory=Counter)
    pages_written: int = 0
    pages_unchanged: int = 0
    # Files an earlier build wrote that this one removed.
    pages_removed: int = 0

    def count_keys(self, kind: str, front_matter: Any) -> None:
        """Count the front-matter keys of one file of ``kind`` (post, page...)."""
        if isinstance(front_matter, dict):
            self.front_matter_keys.update((kind, str(key)) for key in front_matter)

    def summary(self) -> str:
        """Return the one-line account of the build."""
        kinds = ", ".join(
            f"{n} {kind}{'s' if n != 1 else ''}"
            for kind, n in sorted(self.built.items())
        )
        total = sum(self.built.values())
        return (
            f"{total} document{'s' if total != 1 else ''} built ({kinds or 'none'}), "
            f"{len(self.skipped)} skipped, {len(self.not_published)} not published, "
            f"{self.pages_written} pages written"
            + (f" ({self.pages_unchanged} unchanged)" if self.pages_unchanged else "")
        )


@dataclass(slots=True)
class BuildState:
    """Everything the reader needs to know about the build it is part of."""

    source: Path
    site: SiteSettings
    options: plugin_settings.ReaderOptions
    discovery: Discovery
    templates: frozenset[str]
    now: dt.datetime
    report: BuildReport = field(default_factory=BuildReport)
    warned_layouts: set[str] = field(default_factory=set)
    static_files: frozenset[str] = frozenset()
    # Per-build data of plugins that extend the reading pipeline, by name.
    extensions: dict[str, Any] = field(default_factory=dict)
    # Source files read ahead (decoded and split), by path; taken by the reader.
    sources: dict[str, Any] = field(default_factory=dict)
    render_cache: Any = None
    # The render-cache key of each document rendered by this build.
    render_keys: dict[str, str] = field(default_factory=dict)
    # Documents as read by earlier builds (read_cache), and each source
    # file's key there (its state, and whether it may hold Liquid).
    read_cache: Any = None
    file_keys: dict[str, bytes] = field(default_factory=dict)
    # The pages' fingerprints, last build's and this one's (page_records).
    pages: Any = None
    # The output folder as the build found it (prune.OutputListing).
    output_listing: Any = None
    # The files the writer wrote (absolute paths), shared with the writer.
    written_files: set[str] = field(default_factory=set)
    _commits: dict[str, CommitDates] | None = None

    def file_key(self, relpath: str) -> bytes:
        """Return a source file's key in the read cache (computed once)."""
        found = self.file_keys.get(relpath)
        if found is None:
            # A string path: this runs for every document of every build.
            path = os.path.join(self.source, relpath)  # noqa: PTH118
            found = file_key(path, self.commits(relpath))
            self.file_keys[relpath] = found
        return found

    def commits(self, relpath: str) -> CommitDates | None:
        """Return the git commit dates of a source file (history read once)."""
        if self._commits is None:
            self._commits = commit_dates(self.source)
        return self._commits.get(relpath)


def _theme_templates(theme: str) -> frozenset[str]:
    folder = Path(theme) / "templates"
    if not folder.is_dir():
        return frozenset()
    names = {p.stem for p in folder.glob("*.html") if not p.stem.startswith("_")}
    return frozenset(names - plugin_settings.LISTING_TEMPLATES)


def start_build(settings: MutableMapping[str, Any]) -> BuildState:
    """Discover the source files and point Pelican's generators at them."""
    source = Path(settings["PATH"]).resolve()
    site = site_settings(settings)
    options = plugin_settings.load(settings)
    # The build's own folders are never content, even inside the source.
    own = [Path(settings["OUTPUT_PATH"]).resolve()]
    cache = cache_files.cache_folder(settings)
    if cache is not None:
        own.append(cache.resolve())
    ignored = [
        f.relative_to(source).as_posix() for f in own if f.is_relative_to(source)
    ]
    rules = DiscoveryRules(
        exclude=site.exclude,
        include=site.include,
        pages_dirs=options.pages_dirs,
        plain_markdown_pages=options.plain_markdown_pages,
        ignored=ignored,
        collections=[
            (c.folder(site.collections_dir), c.label, c.output)
            for c in site.collections
        ],
        collections_dir=site.collections_dir,
    )
    found = discover(source, rules, drafts=site.drafts)
    settings["ARTICLE_PATHS"] = found.posts + found.drafts
    settings["PAGE_PATHS"] = list(found.pages) + [
        path for documents in found.documents.values() for path in documents
    ]
    settings["STATIC_PATHS"] = list(found.static)
    # The static list is exact; a Markdown file may be both a page and a copy.
    settings["STATIC_EXCLUDE_SOURCES"] = False
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES", "STATIC_EXCLUDES"):
        settings[key] = []
    state = BuildState(
        source=source,
        site=site,
        options=options,
        discovery=found,
        templates=_theme_templates(settings["THEME"]),
        now=dt.datetime.now(site.timezone),
        static_files=frozenset(found.static),
    )
    settings[STATE_KEY] = state
    cache_files.blocked(settings)
    state.render_cache = RenderCache(
        cache_files.cache_file(settings, "render", str(source)),
        _settings_digest(settings),
    )
    _cache_templates(settings)
    state.read_cache = ReadCache(
        cache_files.cache_file(settings, "read", str(source)),
        _reading_environment(settings, state),
    )
    return state


def _cache_templates(settings: MutableMapping[str, Any]) -> None:
    """Keep the theme's compiled templates between builds (Jinja checks sources)."""
    cache = cache_files.cache_folder(settings)
    if cache is None:
        return
    folder = cache / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        logger.warning(
            "%s: the build cache cannot be kept here (%s); every build renders "
            "anew. Check CACHE_PATH.",
            display_path(cache),
            error.strerror or error,
        )
        return
    settings["JINJA_ENVIRONMENT"] = {
        **settings.get("JINJA_ENVIRONMENT", {}),
        "bytecode_cache": FileSystemBytecodeCache(str(folder)),
    }


def _reading_environment(
    settings: MutableMapping[str, Any], state: BuildState
) -> str | None:
    """Digest what reading a document depends on besides the document."""
    try:
        # Which documents there are does not change how one is read, nor
        # do the theme's files: only which templates it has (layouts).
        environment = build_environment(
            settings, [STATE_KEY, "ARTICLE_PATHS", "PAGE_PATHS"], theme=False
        )
    except Unfingerprintable:
        return None
    templates = ",".join(sorted(state.templates))
    return environment + templates + static_digest(state.source, state.static_files)


def _settings_digest(settings: MutableMapping[str, Any]) -> str:
    """Return what, besides a document's text, its rendering depends on."""
    parts = [RENDER_VERSION, repr(sorted((settings.get("MARKDOWN") or {}).items()))]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def current(settings: MutableMapping[str, Any]) -> BuildState:
    """Return the state of the build these settings belong to."""
    state = settings.get(STATE_KEY)
    if state is None:
        state = start_build(settings)
    return state

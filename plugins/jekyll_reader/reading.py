"""The reader's state for one build: what discovery found, and git dates.

A field of the build's one object (``jekyll_engine.state.BuildState``),
which the engine fills with nothing of Jekyll. Starting the reading of a
build (once, from the reader's ``get_generators`` receiver) discovers the
source files, points Pelican's generators at them and starts the build.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from jekyll_common.errors import ConfigError
from jekyll_common.logs import display_path
from jekyll_common.site import SiteSettings, site_settings
from jekyll_config.config import config_file
from jekyll_config.lines import key_line
from jekyll_engine import cache_files, state
from jekyll_engine.read_cache import file_key
from jekyll_markdown.body_renderer import RENDER_VERSION
from jekyll_markdown.jemoji import uses_jemoji
from jekyll_markdown.mentions import mentions_base
from jekyll_reader import settings as reader_settings
from jekyll_reader.discovery import Discovery, DiscoveryRules, discover
from jekyll_reader.gitdates import CommitDates, commit_dates
from jekyll_reader.layouts import site_layouts_key
from jekyll_reader.permalinks import collection_static_path, unknown_placeholders
from jekyll_reader.polyglot import Languages, languages_of
from jekyll_reader.postfiles import PostFiles, post_files_of
from jekyll_reader.readme_index import readme_indexes
from jekyll_reader.source import SourceDocument, front_matter_of

if TYPE_CHECKING:
    from jekyll_reader.catalogue import Catalogue


@dataclass(slots=True)
class SourceStates:
    """Each source file's state, its key in the read cache: stamp and git dates."""

    source: Path
    keys: dict[str, bytes] = field(default_factory=dict)
    _commits: dict[str, CommitDates] | None = None

    def key(self, relpath: str) -> bytes:
        """Return a source file's key in the read cache (computed once)."""
        found = self.keys.get(relpath)
        if found is None:
            # A string path: this runs for every document of every build.
            path = os.path.join(self.source, relpath)  # noqa: PTH118
            found = file_key(path, self.commits(relpath))
            self.keys[relpath] = found
        return found

    def commits(self, relpath: str) -> CommitDates | None:
        """Return the git commit dates of a source file (history read once)."""
        if self._commits is None:
            self._commits = commit_dates(self.source)
        return self._commits.get(relpath)


@dataclass(slots=True, eq=False)
class Reading:
    """Everything the reader needs to know about the build it is part of."""

    build: state.BuildState
    source: Path
    site: SiteSettings
    options: reader_settings.ReaderOptions
    discovery: Discovery
    files: SourceStates
    # The theme's templates a layout may name.
    templates: frozenset[str]
    warned_layouts: set[str] = field(default_factory=set)
    # Source files read ahead (decoding notes, split document), by path;
    # each is taken by the reader.
    sources: dict[str, tuple[list[str], SourceDocument]] = field(default_factory=dict)
    # Every document placed, for content Liquid (made when first needed).
    catalogue: Catalogue | None = None
    # Where jekyll-mentions links ``@name``; None when the site lacks it.
    mentions: str | None = None
    # Whether jemoji turns ``:tada:`` into its emoji.
    emoji: bool = False
    languages: Languages | None = None  # jekyll-polyglot's, where each is served
    post_files: PostFiles | None = None  # jekyll-postfiles' files, by post
    # The site's files by name (made when first asked): a theme's folder
    # for a bare image name is found by the name, when only one file has it.
    _by_name: dict[str, list[str]] | None = None

    def only_file_named(self, name: str) -> str | None:
        """Return the one static file of the site named ``name``, if just one."""
        if self._by_name is None:
            self._by_name = {}
            for path in sorted(self.build.static_files):
                self._by_name.setdefault(path.rsplit("/", 1)[-1], []).append(path)
        found = self._by_name.get(name, [])
        return found[0] if len(found) == 1 else None


def reading_of(build: state.BuildState) -> Reading:
    """Return the reader's state of a build."""
    found: Reading = build.reading
    return found


def current(settings: MutableMapping[str, Any]) -> Reading:
    """Return the reading of the build these settings belong to."""
    return reading_of(state.current(settings))


def read_again(settings: MutableMapping[str, Any], relpaths: list[str]) -> None:
    """Let a finished build read these files again, as they are now.

    A build keeps each file's state from its first look, and its time from
    its start (a post dated from its file's time, just saved, would be
    "in the future"); ``invoke serve`` reads edited documents again in the
    process of the build that read them before (``jekyll_tasks.edited_pages``).
    """
    found = current(settings)
    found.build.now = dt.datetime.now(found.site.timezone)
    for relpath in relpaths:
        found.files.keys.pop(relpath, None)
        found.sources.pop(relpath, None)


def start_reading(settings: MutableMapping[str, Any]) -> Reading:
    """Discover the source files and point Pelican's generators at them."""
    source = Path(settings["PATH"]).resolve()
    site = site_settings(settings)
    options = reader_settings.load(settings)
    found = discover(
        source, _rules(settings, source, site, options), drafts=site.drafts
    )
    post_files = post_files_of(source, found, settings.get("JEKYLL_SITE") or {})
    # A folder's README as its index: a default permalink for that file.
    readmes = [
        {"scope": {"path": path}, "values": {"permalink": url, "readme_index": True}}
        for path, url in readme_indexes(
            found, lambda page: front_matter_of(source / page).get("permalink")
        ).items()
    ]
    site = replace(site, defaults=(*site.defaults, *readmes))
    places, also_own = _point_generators(settings, found, site)
    templates = _theme_templates(settings["THEME"])
    _check_layouts(options.layouts, templates)
    _check_permalinks(site, source)
    files = SourceStates(source)
    build = state.start_build(
        settings,
        state.Inputs(
            source=source,
            now=dt.datetime.now(site.timezone),
            source_files=frozenset(
                chain(
                    found.posts,
                    found.drafts,
                    found.pages,
                    found.static,
                    *found.documents.values(),
                )
            ),
            static_files=frozenset(found.static),
            static_places=places,
            static_also_own=also_own,
            file_key=files.key,
            # The site's own layouts too: a document is told what they load.
            reading=",".join(sorted(templates)) + "\n" + site_layouts_key(source),
            rendering="\n".join(
                [RENDER_VERSION, repr(sorted((settings.get("MARKDOWN") or {}).items()))]
            ),
        ),
    )
    reading = Reading(
        build=build,
        source=source,
        site=site,
        options=options,
        discovery=found,
        files=files,
        templates=templates,
        mentions=mentions_base(settings.get("JEKYLL_SITE") or {}),
        emoji=uses_jemoji(settings.get("JEKYLL_SITE") or {}),
        languages=languages_of(settings.get("JEKYLL_SITE") or {}),
        post_files=post_files,
    )
    build.reading = reading
    return reading


def _point_generators(
    settings: MutableMapping[str, Any], found: Discovery, site: SiteSettings
) -> tuple[dict[str, str], frozenset[str]]:
    """Give Pelican's generators the files discovery found, and only those.

    Return where the static files not copied to their own path go, and
    which of them are copied to their own path too: a collection's files
    the site also includes (found twice), as Jekyll copies them twice.
    """
    settings["ARTICLE_PATHS"] = found.posts + found.drafts
    settings["PAGE_PATHS"] = list(found.pages) + [
        path for documents in found.documents.values() for path in documents
    ]
    settings["STATIC_PATHS"] = list(dict.fromkeys(found.static))
    twice = frozenset(
        path for path, count in Counter(found.static).items() if count > 1
    )
    # The static list is exact; a Markdown file may be both a page and a copy.
    settings["STATIC_EXCLUDE_SOURCES"] = False
    for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES", "STATIC_EXCLUDES"):
        settings[key] = []
    # A collection's other files are copied where Jekyll copies them, under
    # the collection's URL (/recipes/notes.csv): each Static is placed when
    # made (``place_static``), by a lookup, not Pelican's EXTRA_PATH_METADATA,
    # which every file would search through whole (a build quadratic in them).
    collections = {c.label: c for c in site.collections}
    places = {}
    for relpath, label in found.collection_static.items():
        collection = collections[label]
        within = PurePosixPath(relpath).relative_to(
            collection.folder(site.collections_dir)
        )
        places[relpath] = collection_static_path(collection.permalink, label, within)
    return places, twice & places.keys()


def _rules(
    settings: MutableMapping[str, Any],
    source: Path,
    site: SiteSettings,
    options: reader_settings.ReaderOptions,
) -> DiscoveryRules:
    # The build's own folders are never content, even inside the source.
    own = [Path(settings["OUTPUT_PATH"]).resolve()]
    cache = cache_files.cache_folder(settings)
    if cache is not None:
        own.append(cache.resolve())
    return DiscoveryRules(
        exclude=site.exclude,
        include=site.include,
        pages_dirs=options.pages_dirs,
        plain_markdown_pages=options.plain_markdown_pages,
        ignored=[
            f.relative_to(source).as_posix() for f in own if f.is_relative_to(source)
        ],
        collections=[
            (c.folder(site.collections_dir), c.label, c.output)
            for c in site.collections
        ],
        collections_dir=site.collections_dir,
    )


def _check_permalinks(site: SiteSettings, source: Path) -> None:
    """Stop on a permalink of _config.yml with a placeholder Jekyll does not know.

    Every post would go elsewhere than where Jekyll puts it: one error,
    before anything is written, instead of one a document.
    """
    given = [("permalink", site.permalink), ("posts", site.posts_permalink)]
    given += [(c.label, c.permalink) for c in site.collections]
    for key, template in given:
        unknown = unknown_placeholders(template) if template else []
        if unknown:
            keys = ("permalink",) if key == "permalink" else ("collections", key)
            config = config_file(source)
            text = config.read_text(encoding="utf-8-sig") if config.is_file() else ""
            line = key_line(text, *keys, "permalink") or 1
            raise ConfigError(
                f"{display_path(config)}:{line}: permalink {template!r} uses "
                f"{', '.join(':' + n for n in unknown)}, which Jekyll does not know "
                "(:year, :month, :day, :title, :slug, :categories...). Nothing was "
                "built: fix the file and build again."
            )


def _check_layouts(layouts: Mapping[str, str], templates: frozenset[str]) -> None:
    """Refuse a layout mapped to a template that cannot show a document."""
    for layout, template in sorted(layouts.items()):
        if template not in templates:
            raise ConfigError(
                f"JEKYLL_LAYOUTS: layout {layout!r} is mapped to {template!r}, "
                "which is not a template of the theme that shows a page or post; "
                f"use one of {', '.join(sorted(templates))}. Nothing was built: "
                "fix pelicanconf.py and build again."
            )


def _theme_templates(theme: str) -> frozenset[str]:
    folder = Path(theme) / "templates"
    if not folder.is_dir():
        return frozenset()
    names = {p.stem for p in folder.glob("*.html") if not p.stem.startswith("_")}
    return frozenset(names - reader_settings.LISTING_TEMPLATES)

"""The one object of a build: its caches, the pages it wrote, its report.

Made once a build, by the reader's one receiver (``start_build``, from
what discovery found), and kept in the build's settings under
``STATE_KEY``: Pelican hands a reader and the ``finalized`` signal nothing
else of the build. Pelican's context, which the writer and every document
see, is given the same object when the first generator is made. Two builds
in one process never share it. It knows nothing of Jekyll: the reader's
state and the Liquid renderer are fields of it that those packages fill
and read (``jekyll_reader.reading.reading_of``,
``jekyll_liquid.per_build.renderer_of``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_common.slugs import slugify
from jekyll_engine import cache_files
from jekyll_engine.environment import build_environment
from jekyll_engine.fingerprints import Unfingerprintable
from jekyll_engine.prune import OutputListing, kept_folders
from jekyll_engine.read_cache import ReadCache, static_digest
from jekyll_engine.render_cache import RenderCache
from jekyll_engine.report import BuildReport
from jekyll_engine.template_cache import share_compiled_templates

if TYPE_CHECKING:
    from jekyll_engine.page_records import PageRecords

STATE_KEY = "JEKYLL_BUILD_STATE"
# Settings that say which files there are, not how one is read or written.
FOUND_FILES = ("ARTICLE_PATHS", "PAGE_PATHS", "STATIC_PATHS")


@dataclass(slots=True, weakref_slot=True, eq=False)
class BuildState:
    """What the build's parts share: caches, written files, the report.

    ``eq=False``: a state is one build, compared by identity. Weakly
    referable, so a test can prove that nothing outlives its build.
    """

    source: Path
    now: dt.datetime
    # Every file the build reads (documents and static files) and the static ones.
    source_files: frozenset[str]
    static_files: frozenset[str]
    # A source file's key in the read cache: its state, given by the reader.
    file_key: Callable[[str], bytes]
    render_cache: RenderCache[Any]
    read_cache: ReadCache
    # Static files copied elsewhere than their own path: source -> output.
    static_places: Mapping[str, str] = field(default_factory=dict)
    # Of those, the ones copied to their own path too (the site includes
    # their collection's folder).
    static_also_own: frozenset[str] = frozenset()
    report: BuildReport = field(default_factory=BuildReport)
    # The build's one tag (or category) object per name.
    url_wrappers: dict[tuple[type, str], Any] = field(default_factory=dict)
    # The pages' fingerprints, last build's and this one's.
    pages: PageRecords | None = None
    # The output folder as the build found it.
    output_listing: OutputListing | None = None
    # The files the writer wrote (absolute paths), shared with the writer.
    written_files: set[str] = field(default_factory=set)
    # The reader's state (a ``jekyll_reader.reading.Reading``), set once by it.
    reading: Any = None
    # The Liquid renderer (a ``jekyll_liquid.renderer.LiquidRenderer``),
    # made by jekyll_liquid when the first document needs one.
    liquid: Any = None


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the reader found, and what reading and rendering depend on."""

    source: Path
    now: dt.datetime
    source_files: frozenset[str]
    static_files: frozenset[str]
    file_key: Callable[[str], bytes]
    # Beyond the settings and the plugins' code: the layouts there are, say.
    reading: str
    # Beyond a document's text: the renderer's version and its settings.
    rendering: str
    # Static files copied elsewhere than their own path (a collection's
    # files, under its URL): source path -> output path; and those copied to
    # their own path too.
    static_places: Mapping[str, str] = field(default_factory=dict)
    static_also_own: frozenset[str] = frozenset()


def start_build(settings: MutableMapping[str, Any], inputs: Inputs) -> BuildState:
    """Open this build's caches and keep its state in ``settings``."""
    cache_files.blocked(settings)
    render_digest = hashlib.sha256(inputs.rendering.encode()).hexdigest()
    render_cache: RenderCache[Any] = RenderCache(
        cache_files.cache_file(settings, "render", str(inputs.source)), render_digest
    )
    share_compiled_templates(settings)
    read_cache = ReadCache(
        cache_files.cache_file(settings, "read", str(inputs.source)),
        _reading_environment(settings, inputs),
    )
    state = BuildState(
        source=inputs.source,
        now=inputs.now,
        source_files=inputs.source_files,
        static_files=inputs.static_files,
        static_places=inputs.static_places,
        static_also_own=inputs.static_also_own,
        file_key=inputs.file_key,
        render_cache=render_cache,
        read_cache=read_cache,
        # Listed from now on, while the build runs, for the clean-up at its end.
        output_listing=OutputListing(
            Path(settings["OUTPUT_PATH"]), kept_folders(settings)
        ),
    )
    settings[STATE_KEY] = state
    return state


def current(settings: MutableMapping[str, Any]) -> BuildState:
    """Return the state of the build these settings belong to."""
    state = settings.get(STATE_KEY)
    if state is None:
        raise LookupError("no build has started with these settings")
    return state


def state_of(settings: MutableMapping[str, Any]) -> BuildState | None:
    """Return the state of the build these settings belong to, if one started."""
    return settings.get(STATE_KEY)


def shared_wrapper(settings: MutableMapping[str, Any], kind: type, name: str) -> Any:
    """Return the build's one tag (or category) object for ``name``.

    One object per name, whether the document was read or cached: Pelican
    groups posts by these objects, and two equal ones would be two tags.
    """
    wrappers = current(settings).url_wrappers
    wrapper = wrappers.get((kind, name))
    if wrapper is None:
        wrapper = wrappers[kind, name] = kind(name, settings)
        wrapper.slug = slugify(name)
    return wrapper


def _reading_environment(
    settings: MutableMapping[str, Any], inputs: Inputs
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
    return (
        environment + inputs.reading + static_digest(inputs.source, inputs.static_files)
    )

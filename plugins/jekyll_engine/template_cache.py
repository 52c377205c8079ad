"""The theme's compiled templates, shared by a build's Jinja environments.

Pelican makes one Jinja environment a generator, and each compiles every
template it renders: the base template of a site was compiled five times a
build. One bytecode cache serves them all: in ``CACHE_PATH`` (kept between
builds, Jinja checking each template's source), or, with the cache off, in
memory for this build only.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import MutableMapping
from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from jekyll_common.logs import display_path
from jekyll_engine import cache_files

logger = logging.getLogger(__name__)


def share_compiled_templates(settings: MutableMapping[str, Any]) -> None:
    """Give every Jinja environment of the build one cache of compiled templates.

    Templates do not change during a build (Pelican makes its environments
    anew for each): unless the site says otherwise, Jinja does not look at
    a template's file again each time a page includes it (eleven times a
    post page here: 110,000 file checks at 10,000 posts).
    """
    settings["JINJA_ENVIRONMENT"] = {
        "auto_reload": False,
        **settings.get("JINJA_ENVIRONMENT", {}),
        "bytecode_cache": _template_cache(settings),
    }


def _template_cache(settings: MutableMapping[str, Any]) -> BytecodeCache:
    cache = cache_files.cache_folder(settings)
    if cache is None:
        return BuildTemplates()
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
        return BuildTemplates()
    return CompiledTemplates(str(folder))


class _KeyedByFilterCalls(BytecodeCache):
    """Compiled templates, keyed by their source and by how filters are called.

    Jinja compiles a call to a filter or test that takes the context
    differently from a plain one, so a template compiled before a filter
    changed kind must not be reused; its source alone does not tell.
    """

    def get_bucket(
        self, environment: Any, name: str, filename: str | None, source: str
    ) -> Bucket:
        """Return the bucket of ``name`` compiled with this environment's filters."""
        calls = sorted(
            f"{kind}:{key}:{getattr(function, 'jinja_pass_arg', '')}"
            for kind, table in (("f", environment.filters), ("t", environment.tests))
            for key, function in table.items()
        )
        digest = hashlib.sha256("\n".join(calls).encode()).hexdigest()[:16]
        return super().get_bucket(environment, f"{name}:{digest}", filename, source)


class CompiledTemplates(_KeyedByFilterCalls, FileSystemBytecodeCache):
    """Compiled templates kept in the build cache's folder between builds."""


class BuildTemplates(_KeyedByFilterCalls):
    """Compiled templates kept in memory, for one build."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from a template compiled earlier in this build."""
        found = self.compiled.get(bucket.key)
        if found is not None:
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep a template just compiled for the rest of this build."""
        self.compiled[bucket.key] = bucket.bytecode_to_string()

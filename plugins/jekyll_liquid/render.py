"""Render translated Liquid in Jinja's sandbox: content is data, not code.

The environment is ``ImmutableSandboxedEnvironment`` with no globals but
``range``: templates cannot reach Python objects, files or the process
environment. Includes are read only from ``_includes/`` (or beside the
document for ``include_relative``), never outside the source folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChainableUndefined, TemplateNotFound
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from jekyll_common.errors import UnsafePathError
from jekyll_common.paths import safe_join
from jekyll_liquid.filters import (
    lq_contains,
    lq_is_empty,
    lq_slice,
    lq_truthy,
    make_filters,
)
from jekyll_liquid.translate import LinkResolver, translate

INCLUDES_DIR = "_includes"


class LiquidUndefined(ChainableUndefined):
    """Liquid's nil: missing values print as nothing, chained lookups too.

    A value the sandbox refused (such as ``''.__class__``) is not silently
    empty: printing it raises the sandbox's SecurityError.
    """

    __slots__ = ()

    def __str__(self) -> str:
        if self._undefined_exception is SecurityError:
            self._fail_with_undefined_error()
        return super().__str__()


class _LiquidEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with Liquid's lookup: ``page.items`` is the key, not the method."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


class _IncludeLoader(BaseLoader):
    """Loads ``_includes/<name>`` or ``relative:<path>``, translated to Jinja."""

    def __init__(
        self, source: Path, resolver_for: Callable[[str], LinkResolver]
    ) -> None:
        self.source = source
        self.resolver_for = resolver_for

    def path_of(self, key: str) -> Path | None:
        """Return the file behind an include key, if it is inside the source."""
        relative = (
            key.removeprefix("relative:")
            if key.startswith("relative:")
            else f"{INCLUDES_DIR}/{key}"
        )
        try:
            path = safe_join(self.source, relative)
        except UnsafePathError:
            return None
        return path if path.is_file() else None

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        del environment
        path = self.path_of(template)
        if path is None:
            raise TemplateNotFound(template)
        folder = path.parent.relative_to(self.source.resolve()).as_posix()
        text = path.read_text(encoding="utf-8-sig")
        translated = translate(text, self.resolver_for(folder)).source
        return translated, str(path), lambda: True


class LiquidRenderer:
    """Renders the Liquid of a site's documents; one per build."""

    def __init__(
        self,
        *,
        source: Path,
        site: Mapping[str, Any],
        url: str,
        baseurl: str,
        timezone: dt.tzinfo,
        posts: Mapping[str, str],
        markdownify: Callable[[str], str],
        data: Mapping[str, Any],
    ) -> None:
        self.source = source.resolve()
        self.posts = posts
        self.loader = _IncludeLoader(self.source, self.resolver)
        self.environment = _LiquidEnvironment(
            loader=self.loader,
            undefined=LiquidUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            extensions=["jinja2.ext.loopcontrols"],
            # Liquid prints nil as nothing.
            finalize=lambda value: "" if value is None else value,
        )
        self.environment.globals.clear()
        self.environment.globals.update(
            range=range,
            lq_slice=lq_slice,
            lq_contains=lq_contains,
            lq_is_empty=lq_is_empty,
            lq_truthy=lq_truthy,
            lq_empty_marker="",
        )
        self.environment.filters.update(
            make_filters(url=url, baseurl=baseurl, tz=timezone, markdownify=markdownify)
        )
        self.site = {
            **site,
            "url": url,
            "baseurl": baseurl,
            "data": data,
            "time": dt.datetime.now(timezone),
        }

    def resolver(self, folder: str) -> LinkResolver:
        """Return how includes and links resolve for a document in ``folder``."""

        def include_key(name: str, relative: bool) -> str | None:
            key = f"relative:{folder}/{name}" if relative else name
            return key if self.loader.path_of(key) is not None else None

        return LinkResolver(include_key=include_key, post_path=self.posts.get)

    def render(
        self, text: str, page: Mapping[str, Any], folder: str
    ) -> tuple[str, list[str], list[str]]:
        """Return the rendered text, notes on what was left as text, missing includes.

        A missing include renders nothing; the caller names it once a build.

        Raises jinja2's TemplateError (syntax, sandbox) for the caller to report.
        """
        translation = translate(text, self.resolver(folder))
        notes = [
            f"unknown Liquid tag {{% {tag} %}} left as text"
            for tag in translation.unknown
        ]
        template = self.environment.from_string(translation.source)
        rendered = template.render(
            site=self.site, page=page, base_path=self.site["baseurl"]
        )
        return rendered, notes, translation.missing_includes

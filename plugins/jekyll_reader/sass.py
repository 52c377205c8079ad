"""Sass pages as jekyll-sass-converter writes them: ``.scss``/``.sass`` to ``.css``.

A ``.scss`` or ``.sass`` file with front matter is a page whose Liquid runs
first, then Sass, from the site's ``sass_dir`` (``_sass``) and the file's
own folder, in ``_config.yml``'s ``sass: style`` (Jekyll's ``expanded`` by
default). libsass is imported only when a site has such a page. A
stylesheet that cannot be compiled (a theme's partial the site does not
ship) keeps its URL, with the reason in a CSS comment and a warning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

logger = logging.getLogger(__name__)

SASS_EXTENSIONS: Final = (".scss", ".sass")
_STYLES: Final = frozenset({"nested", "expanded", "compact", "compressed"})


def compile_sass(
    text: str, path: Path, source: Path, config: Mapping[str, Any]
) -> tuple[str, str | None]:
    """Return the CSS of a Sass page's body, and what went wrong (None if nothing).

    Only folders inside ``source`` are searched for partials.
    """
    import sass  # noqa: PLC0415 (only sites with Sass pages pay for it)

    own = _sass_settings(config)
    style = str(own.get("style") or "expanded")
    root = source.resolve()
    folders = [(root / _sass_dir(config)).resolve(), path.parent.resolve()]
    paths = [str(f) for f in folders if f.is_dir() and f.is_relative_to(root)]
    try:
        css = sass.compile(
            string=text,
            include_paths=paths,
            output_style=style if style in _STYLES else "expanded",
            indented=path.suffix.lower() == ".sass",
        )
    except sass.CompileError as error:
        reason = " ".join(str(error).split("\n")[0].split())
        safe = reason.replace("*/", "* /")
        return f"/* This stylesheet could not be compiled: {safe} */\n", reason
    return css, None


def stylesheet(
    text: str, path: Path, source: Path, config: Mapping[str, Any], shown: str
) -> str:
    """Return a Sass page's CSS; a page that cannot be compiled is named."""
    css, problem = compile_sass(text, path, source, config)
    if problem is not None:
        logger.warning(
            "%s: Sass could not compile it (%s); its URL serves a stylesheet "
            "that says so. The theme's own styles are not affected.",
            shown,
            problem,
        )
    return css


def sass_filter(source: Path, config: Mapping[str, Any]) -> Callable[[str, bool], str]:
    """Return Jekyll's ``scssify``/``sassify``: text compiled as the site's Sass.

    As its Sass pages are, from ``sass_dir``; text that cannot be compiled
    gives the reason in a CSS comment, with a warning.
    """
    folder = source / _sass_dir(config)

    def convert(text: str, indented: bool) -> str:
        path = folder / ("filter.sass" if indented else "filter.scss")
        css, problem = compile_sass(text, path, source, config)
        if problem is not None:
            logger.warning(
                "%s: Sass could not compile it (%s); it gives a CSS comment saying so.",
                "sassify" if indented else "scssify",
                problem,
            )
        return css

    return convert


def _sass_settings(config: Mapping[str, Any]) -> Mapping[str, Any]:
    """Return ``_config.yml``'s ``sass:`` section (empty when it has none)."""
    own = config.get("sass")
    return own if isinstance(own, Mapping) else {}


def _sass_dir(config: Mapping[str, Any]) -> str:
    """Return the site's ``sass_dir``, from its folder (``_sass`` by default)."""
    return str(_sass_settings(config).get("sass_dir") or "_sass").strip("/")

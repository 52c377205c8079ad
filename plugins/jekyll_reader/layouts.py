"""Which theme template shows a document, from its front matter's ``layout``.

And what the site's own layout would have loaded that this theme does not:
its scripts (jQuery, d3...), which a page's own scripts may need.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from jekyll_common.paths import UnsafePathError, safe_join
from jekyll_reader.settings import DEFAULT_TEMPLATES, ReaderOptions
from jekyll_reader.source import decode, split_source

# A script's src, quoted; Liquid output inside it may hold the other quote
# (``src="{{ "/js/x.js" | prepend: site.baseurl }}"``).
_SCRIPT_SRC = re.compile(
    r"""<script\b[^>]*?\bsrc\s*=\s*(["'])((?:\{\{.*?\}\}|(?!\1).)+?)\1""",
    re.I | re.S,
)
_LIQUID_OUTPUT = re.compile(r"\{\{(.*?)\}\}", re.S)
_QUOTED = re.compile(r"""["']([^"']*)["']""")
# Layouts within layouts followed at most (a loop of them stops too).
_MOST_LAYOUTS = 10


def template_for(
    layout: str | None, kind: str, options: ReaderOptions, known: frozenset[str]
) -> tuple[str, bool]:
    """Return the theme template for a layout, and whether the layout was known.

    The layout mapping is tried first, then a theme template of the same
    name; otherwise the kind's default template is used. A post gets a post
    template and a page a page template (``page`` or one of its ``page_*``
    roles), whatever the layout says: Pelican renders a post as ``article``
    and a page as ``page``.
    """
    default = DEFAULT_TEMPLATES[kind]
    if layout is None:
        return default, True
    template = options.layouts.get(layout)
    if template is None:
        if layout not in known:
            return default, False
        template = layout
    page_template = template == "page" or template.startswith("page_")
    if template == "article" or (page_template and default != "page"):
        return default, True
    return template, True


def shows_text_alone(
    layout: str, kind: str, options: ReaderOptions, known: frozenset[str]
) -> bool:
    """Return whether a layout's theme template shows a document's text alone.

    The kind's own template (``page``, ``article``), not one of the page
    roles that add a list (``page_tags``, ``page_posts``...).
    """
    return template_for(layout, kind, options, known)[0] == DEFAULT_TEMPLATES[kind]


def layout_scripts(source: Path, layout: str | None) -> tuple[str, ...]:
    """Return the scripts the site's own layout, and those it sits in, load.

    By file name, the outermost layout's first, as the browser would load
    them. Only the site's ``_layouts/`` is read.
    """
    found: list[str] = []
    seen: set[str] = set()
    while layout and layout not in seen and len(seen) < _MOST_LAYOUTS:
        seen.add(layout)
        try:
            path = safe_join(source, f"_layouts/{layout}.html")
            text, _ = decode(path.read_bytes())
        except (UnsafePathError, OSError):
            break
        names = [_script_name(src) for _, src in _SCRIPT_SRC.findall(text)]
        found[:0] = [name for name in names if name]
        front_matter = split_source(text).front_matter
        parent = front_matter.get("layout") if isinstance(front_matter, dict) else None
        layout = parent if isinstance(parent, str) else None
    return tuple(dict.fromkeys(found))


def _script_name(src: str) -> str:
    """Return the file name a script's src names, its Liquid read for text.

    Liquid output gives the text it quotes (``{{ "/js/x.js" | relative_url }}``
    is ``/js/x.js``) and nothing else (``{{ site.baseurl }}``).
    """
    written = _LIQUID_OUTPUT.sub(lambda m: "".join(_QUOTED.findall(m[1])), src)
    return PurePosixPath(urlsplit(written.strip()).path).name


def site_layouts_key(source: Path) -> str:
    """Digest the site's own layouts: what a document read is told depends on them."""
    digest = hashlib.blake2b(digest_size=16)
    folder = source / "_layouts"
    root = source.resolve()
    if folder.is_dir() and folder.resolve().is_relative_to(root):
        for path in sorted(folder.glob("*.html")):
            if not path.resolve().is_relative_to(root):
                continue  # nothing outside the site is read
            try:
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
            except OSError:
                continue
    return digest.hexdigest()

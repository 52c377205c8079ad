"""Pages that are not HTML (a feed template, a text file), as Jekyll writes them.

Each is written as it is after Liquid, inside the site's own layouts when it
names one (a feed laid out by ``_layouts/feed.xml``): the theme has nothing
to show such a file in, and Jekyll renders it in its layouts as it renders
a page. So is an HTML page with no layout that is a whole HTML document of
its own (a theme's standalone 404 page): inside the theme it would be a
document within a document, its styles applied to the theme's page.
"""

from __future__ import annotations

import logging
import re
from pathlib import PurePosixPath
from typing import Any

from jekyll_reader.document import DocumentFields, SourceFile
from jekyll_reader.layout_files import SiteLayout, has_layout
from jekyll_reader.metadata import pelican_metadata
from jekyll_reader.reading import Reading
from jekyll_reader.sass import SASS_EXTENSIONS
from jekyll_reader.site_layouts import lay_out, layout_chain, page_variables

logger = logging.getLogger(__name__)

# The template that writes a page's content alone (no theme around it).
RAW_TEMPLATE = "raw"
# Jekyll lays out no stylesheet or script it converts (its ``asset_file?``),
# whatever layout front matter or defaults give them.
_NEVER_LAID_OUT = frozenset({*SASS_EXTENSIONS, ".coffee"})


# How a whole HTML document opens, after any spaces and comments.
_DOCUMENT_START = re.compile(r"<(?:!doctype|html)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s*")


def is_whole_page(suffix: str, body: str) -> bool:
    """Return whether an HTML file's body (after Liquid) is a document of its own.

    Read once, comment by comment: a pattern of repeated comments would try
    each way of grouping them.
    """
    if suffix.lower() not in (".html", ".htm"):
        return False
    at = 0
    while True:
        at = _SPACES.match(body, at).end()
        if not body.startswith("<!--", at):
            return _DOCUMENT_START.match(body, at) is not None
        end = body.find("-->", at + 4)
        if end < 0:
            return False
        at = end + 3


def read_raw(
    body: str,
    data: dict[str, Any],
    fields: DocumentFields,
    source: SourceFile,
    shown: str,
    state: Reading,
    settings: dict[str, Any],
    chain: tuple[SiteLayout, ...] = (),
) -> tuple[str, dict[str, Any]]:
    """Return the text of a page that is not HTML, and its metadata.

    ``chain``: the site's layouts to write it in, when not its own chain
    up to the frame (a page whose frame redirects is written in it).
    """
    # ``none`` is Jekyll's word for no layout, whatever _layouts/ holds.
    asset = PurePosixPath(source.relpath).suffix.lower() in _NEVER_LAID_OUT
    layout = None if fields.layout == "none" or asset else fields.layout
    layouts = chain or (layout_chain(state.source, layout) if layout else ())
    if layouts:
        page = page_variables(data, fields, source.relpath)
        body = lay_out(body, page, layouts, source.relpath, state, settings)
    elif layout and not has_layout(state.source, layout):
        logger.warning(
            "%s: layout %r is not in the site's _layouts; the file is written "
            "without it, as Jekyll writes it. Add the layout or remove the key.",
            shown,
            layout,
        )
    elif layout:
        # The site's frame (a whole HTML page), which the theme replaces:
        # Jekyll would wrap this file in it.
        logger.info(
            "%s: written without its layout %r, an HTML page the theme replaces.",
            shown,
            layout,
        )
    metadata = pelican_metadata(
        data, fields, source, fields.title or "", shown, state, settings,
        template=RAW_TEMPLATE,
    )  # fmt: skip
    metadata.update(status="hidden", excerpt="", summary="", excerpt_text="")
    metadata["word_count"] = 0
    if layouts:
        # What a layout shows may depend on other documents: read each build.
        metadata["site_layouts"] = [layout.name for layout in layouts]
    state.build.report.built[source.kind] += 1
    return body, metadata

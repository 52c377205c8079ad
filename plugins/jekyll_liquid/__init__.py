"""Liquid in content, as Jekyll runs it: python-liquid with Jekyll's tags and filters.

Connects to the reading pipeline (``jekyll_reader.pipeline``): a body
holding ``{{`` or ``{%`` is rendered by a Liquid engine (python-liquid)
before Markdown, as Jekyll renders Liquid before kramdown. Content sees the
site as Jekyll's does: ``site.*`` (``_config.yml``, ``_data/``, and the
site's posts, pages, collections, tags... from the reader's catalogue, made
the first time a template asks for them) and ``page.*``. A tag that cannot
be rendered is left as written, with a warning naming the file and line; a
missing include renders nothing, with one warning a build listing every
file that names it.

=========================================  =============================================
Connected to                               Why
=========================================  =============================================
``document_body`` (the reader's pipeline)  a body's Liquid runs before its Markdown, as
                                           in Jekyll
``document_layouts`` (the same pipeline)   the site's own layouts that add to a page
                                           are rendered around its HTML, as in Jekyll
``page_generator_finalized``               the paginated page is written again for
                                           pages 2, 3... (jekyll-paginate)
``all_generators_finalized``               each missing include is named once, with
                                           every file that names it
=========================================  =============================================
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals

from jekyll_common.logs import display_path
from jekyll_engine import state as build_state
from jekyll_liquid import settings  # noqa: F401 (its rows are declared as Pelican loads it)
from jekyll_liquid.include_names import line_naming
from jekyll_liquid.paginator import is_paginated, pagination_of
from jekyll_reader.pipeline import (
    DocumentBody,
    LaidOutBody,
    document_body,
    document_layouts,
)

logger = logging.getLogger(__name__)

# python-liquid and the renderer (about 0.1 s to import) are loaded by the
# first body that needs them: a site without Liquid never pays for them.


def render_liquid(sender: Any, body: DocumentBody) -> None:
    """Render the Liquid of one document body in place."""
    del sender
    has_liquid = "{{" in body.text or "{%" in body.text
    pagination = pagination_of(body.settings)
    # jekyll-paginate writes pages 2, 3... of index.html whenever `paginate`
    # is set, whether or not its text uses the paginator.
    paginated = pagination is not None and is_paginated(
        body.relpath, pagination, body.state.source
    )
    if not has_liquid and not paginated:
        return
    from jekyll_liquid.paginated import first_pager  # noqa: PLC0415
    from jekyll_liquid.per_build import renderer_for  # noqa: PLC0415

    renderer = renderer_for(body.state, body.settings)
    pager = first_pager(renderer, body)
    if not has_liquid:
        return
    more = {"paginator": pager} if pager is not None else None
    rendered = renderer.render(body.text, body.page, body.relpath, more)
    _report(rendered, renderer, body.shown, body.first_line, body.state, body.text)
    body.text = rendered.text


def render_layouts(sender: Any, body: LaidOutBody) -> None:
    """Render the site's own layouts around a page's HTML, innermost first."""
    del sender
    from jekyll_liquid.per_build import renderer_for  # noqa: PLC0415

    renderer = renderer_for(body.state, body.settings)
    # The paginated page's layouts see its paginator, as its text does.
    kept = renderer.paginated
    extra = body.more
    if not extra and kept is not None and kept.body.relpath == body.relpath:
        extra = {"paginator": kept.first}
    for layout in body.layouts:
        more = {**extra, "content": body.html, "layout": layout.data}
        rendered = renderer.render(layout.text, body.page, body.relpath, more)
        shown = display_path(layout.path)
        _report(rendered, renderer, shown, layout.first_line, body.state, layout.text)
        body.html = rendered.text


def _report(
    rendered: Any, renderer: Any, shown: str, first_line: int, state: Any, text: str
) -> None:
    """Warn of what a rendering could not do, at its line; note missing includes.

    A missing include is noted at the line of ``text`` that names it, when
    it is named there as written (not through a variable), or at the line
    of the include that names it.
    """
    for line, problem in rendered.problems:
        where = f"{shown}:{first_line + line - 1}" if line else shown
        logger.warning(
            "%s: %s. Fix the tag, or put {%% raw %%}...{%% endraw %%} around text "
            "that is not meant as Liquid.",
            where,
            problem,
        )
    if not renderer.missing:
        return
    missing_includes = state.build.report.missing_includes
    for name, named_in in dict.fromkeys(renderer.missing):
        where = named_in or shown
        if named_in is None and (line := line_naming(text, name)) is not None:
            where += f":{first_line + line - 1}"
        missing_includes.setdefault(name, []).append(where)


def write_later_pages(generator: Any) -> None:
    """Add the paginated page's pages 2, 3..., when the site paginates."""
    if pagination_of(generator.settings) is not None:
        from jekyll_liquid.paginated import write_later_pages as write  # noqa: PLC0415

        write(generator)


def name_missing_includes(generators: Any) -> None:
    """Warn once per missing include, naming every file that uses it."""
    missing = build_state.current(generators[0].settings).report.missing_includes
    if not missing:
        return
    from jekyll_liquid.renderer import INCLUDES_DIR  # noqa: PLC0415

    for name, files in sorted(missing.items()):
        logger.warning(
            "include %r is not in %s/ nor among the theme's includes (named by "
            "%s); it renders nothing. Add the file to %s/ or remove the tag.",
            name,
            INCLUDES_DIR,
            ", ".join(files),
            INCLUDES_DIR,
        )


def register() -> None:
    """Connect the plugin to the reading pipeline."""
    document_body.connect(render_liquid)
    document_layouts.connect(render_layouts)
    signals.page_generator_finalized.connect(write_later_pages)
    signals.all_generators_finalized.connect(name_missing_includes)

"""Which theme template shows a document, from its front matter's ``layout``."""

from __future__ import annotations

from jekyll_reader.settings import DEFAULT_TEMPLATES, ReaderOptions


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

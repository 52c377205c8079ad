"""A theme template that meets a value it did not expect costs one page's look.

Front matter of any shape reaches the templates (al-folio's ``authors:``
list, ``toc:`` as a mapping, a layout mapped to a template written for
another kind of page). When a template fails on it, the document is shown
with the theme's plain template of its kind, and failing that as its title
and body alone, with a warning naming the document: never a traceback, and
never a document left unwritten.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from jinja2 import TemplateError

from jekyll_common.logs import display_path

logger = logging.getLogger(__name__)

# What a theme template may raise on a value of an unexpected shape.
_TEMPLATE_FAULTS = (TemplateError, TypeError, ValueError, AttributeError, KeyError)


class GuardedTemplate:
    """Renders a template; on failure, the kind's plain template or the bare text."""

    def __init__(self, template: Any) -> None:
        self.template = template

    def render(self, context: dict[str, Any]) -> str:
        """Return the page, shown otherwise when the template fails on it."""
        try:
            return self.template.render(context)
        except _TEMPLATE_FAULTS as error:
            return self._instead(context, error)

    def _instead(self, context: dict[str, Any], error: Exception) -> str:
        kind = "article" if "article" in context else "page"
        document = context.get(kind)
        if document is None:
            raise error  # a site page of the theme's own: a bug, not content
        where = display_path(getattr(document, "source_path", "") or "")
        plain = f"{kind}.html"
        logger.warning(
            "%s: the theme's %r template could not show this %s (%s: %s); it is "
            "shown with %s. Check the front matter values the layout reads.",
            where,
            self.template.name,
            "post" if kind == "article" else "page",
            type(error).__name__,
            error,
            "its text alone" if self.template.name == plain else f"{plain!r}",
        )
        if self.template.name != plain:
            try:
                return self.template.environment.get_template(plain).render(context)
            except _TEMPLATE_FAULTS:
                pass
        title = html.escape(str(getattr(document, "title", "") or ""))
        body = getattr(document, "content", "") or ""
        return (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}'
            f"</title></head>\n<body><main><h1>{title}</h1>\n{body}</main></body></html>\n"
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)

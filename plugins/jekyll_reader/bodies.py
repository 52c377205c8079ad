"""A document body rendered to HTML, through the build's render cache.

Shared by the reader and by Liquid (a page that shows another's content
renders it here too, so each body is rendered once a build).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from jekyll_markdown.body_renderer import (
    RenderedBody,
    cache_key,
    excerpt_text_of,
    render_body,
)
from jekyll_markdown.jemoji import with_emoji
from jekyll_markdown.mentions import link_mentions
from jekyll_reader.reading import Reading


def rendered_body(
    state: Reading,
    markdown: Callable[[], Any] | None,
    data: dict[str, Any],
    body: str,
) -> RenderedBody:
    """Return a body rendered (HTML, excerpt...), from the render cache if there.

    ``markdown`` gives the Markdown converter, made only if the body is not
    in the cache; None for an HTML body.
    """
    excerpt = excerpt_text_of(data, body, state.site.excerpt_separator)
    key = cache_key(body, excerpt, markdown is not None)
    rendered = state.build.render_cache.get(key)
    if rendered is None:
        rendered = render_body(markdown() if markdown else None, body, excerpt)
        state.build.render_cache.put(key, rendered)
    if state.mentions is not None:
        rendered = replace(
            rendered,
            html=link_mentions(rendered.html, state.mentions),
            excerpt=link_mentions(rendered.excerpt, state.mentions),
        )
    if state.emoji:
        rendered = replace(
            rendered,
            html=with_emoji(rendered.html),
            excerpt=with_emoji(rendered.excerpt),
        )
    return rendered

"""The archive pages in ``site.pages``, as jekyll-archives adds them.

Content Liquid that loops over ``site.pages`` lists, in Jekyll, one page
per tag and category archive (``title`` the name, ``type`` the kind), after
the redirect pages.
"""

from __future__ import annotations

from typing import Any

from jekyll_archives.archives import expand
from jekyll_archives.settings import load
from jekyll_common.errors import UnsafePathError
from jekyll_common.slugs import slugify

# Where jekyll-archives' pages come in site.pages: after the redirects.
RANK = 2


def archive_pages(sender: Any, catalogue: Any, settings: Any) -> tuple[int, list]:
    """Return the tag and category archive pages as Liquid sees them."""
    del sender
    options = load(settings)
    pages: list[dict[str, Any]] = []
    for kind, field in (("tag", "tags"), ("category", "categories")):
        if kind not in options.enabled:
            continue
        names: dict[str, str] = {}
        for entry in catalogue.posts:
            for name in getattr(entry.placed.fields, field):
                names.setdefault(slugify(name), name)
        for slug, name in sorted(names.items()):
            try:
                url = expand(options.urls[kind], {"name": slug, "type": kind})
            except UnsafePathError:
                continue  # the archives plugin names it
            pages.append(
                {"url": url, "title": name, "type": kind, "name": "index.html"}
            )
    return RANK, pages

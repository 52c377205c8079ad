"""Create a new post file with today's date and front matter ready to fill."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jekyll_common.errors import JekyllError
from jekyll_common.site import site_settings
from jekyll_common.slugs import slugify

TEMPLATE = """---
title: {title}
date: {date}
tags: []
categories: []
{excerpt}---

Write the post here. The first paragraph is the excerpt unless `excerpt` is set.
"""


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_post_file(
    content: Path, title: str, *, draft: bool, today: dt.date, excerpt: str = ""
) -> Path:
    """Write ``_posts/YYYY-MM-DD-slug.md`` (or ``_drafts/slug.md``) and return it.

    ``excerpt`` is written only when given: an empty one would switch off
    the excerpt Jekyll takes from the first paragraph. Raises JekyllError
    when the title gives no slug or the file exists.
    """
    slug = slugify(title)
    if not slug:
        raise JekyllError(f"title {title!r} gives an empty file name; use some letters")
    folder = content / ("_drafts" if draft else "_posts")
    name = f"{slug}.md" if draft else f"{today:%Y-%m-%d}-{slug}.md"
    path = folder / name
    if path.exists():
        raise JekyllError(f"{path} already exists; choose another title")
    folder.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(
        title=_quoted(title),
        date=f"{today:%Y-%m-%d}",
        excerpt=f"excerpt: {_quoted(excerpt)}\n" if excerpt else "",
    )
    path.write_text(text, encoding="utf-8")
    return path


def site_today(content: Path) -> dt.date:
    """Return today's date in the site's timezone (``timezone`` in _config.yml)."""
    from jekyll_config.config import read_config_file  # noqa: PLC0415

    try:
        config, _ = read_config_file(content)
    except JekyllError:
        config = {}
    settings = {"TIMEZONE": config["timezone"]} if config.get("timezone") else {}
    return dt.datetime.now(site_settings(settings).timezone).date()

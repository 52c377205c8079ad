"""Write generated text files (XML, JSON, maps) through Pelican's writer.

Going through ``Writer.write_file`` keeps one write path for everything the
build produces, with Pelican's containment check and its guard against two
writes to one file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jinja2 import Template

from jekyll_common.site import site_address

_VERBATIM = Template("{{ text }}", autoescape=False)


def write_text(writer: Any, name: str, text: str) -> None:
    """Write ``text`` as it is to ``name`` (relative to the output folder)."""
    writer.write_file(name, _VERBATIM, {}, text=text)


def write_made(writer: Any, name: str, inputs: Any, make: Callable[[], str]) -> None:
    """Write the text ``make()`` returns to ``name``, made from ``inputs``.

    A writer that knows what the last build wrote (the build's own) leaves
    the file as it is, without calling ``make``, when ``inputs`` are the same.
    """
    write = getattr(writer, "write_made", None)
    if write is not None:
        write(name, inputs, make)
    else:
        write_text(writer, name, make())


def absolute_base(settings: Mapping[str, Any]) -> str:
    """Return the site's absolute base URL (``site_address``), or SITEURL.

    Feeds, sitemaps and canonical links need the published address even in a
    local build, as jekyll-feed and jekyll-sitemap use ``site.url``.
    """
    if not str(settings.get("JEKYLL_URL") or "").strip():
        return str(settings.get("SITEURL") or "").rstrip("/")
    return site_address(settings)


GENERATED_KEY = "jekyll_generated_pages"


def reserve(context: dict[str, Any], save_as: str, what: str) -> None:
    """Record that a generator will write ``save_as``, so others keep off it."""
    context.setdefault(GENERATED_KEY, {})[save_as] = what


def reserved(context: dict[str, Any]) -> dict[str, str]:
    """Return the files generators will write, and what each is."""
    return dict(context.get(GENERATED_KEY) or {})


DOCUMENT_LISTS = ("articles", "hidden_articles", "drafts", "pages", "hidden_pages")


def documents(context: dict[str, Any]) -> Iterator[Any]:
    """Yield every document of the build, listed or hidden."""
    for key in DOCUMENT_LISTS:
        yield from context.get(key) or ()


def document_outputs(context: dict[str, Any]) -> set[str]:
    """Return the output files of every document of the build."""
    return {document.save_as for document in documents(context)}


def newest_first(posts: Any) -> list[Any]:
    """Return posts sorted newest first (ties by URL, for stable output)."""
    return sorted(posts, key=lambda p: (p.date, p.url), reverse=True)

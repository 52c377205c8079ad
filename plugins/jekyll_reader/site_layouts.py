"""The site's own layouts that add to a page, rendered around its content.

A layout the theme does not know whose own text lists the site's documents
or data (a course site's ``lectures``: the page's text, then every lecture;
a tag page's posts), or links or embeds a field the page sets that the
theme does not show (a lecture's video), adds what Jekyll shows there. It is rendered
around the content, as Jekyll renders it. The site's other layouts up the
chain (a documentation sidebar, share buttons, the frame) are its look,
which the theme replaces; the page is shown in the theme template of the
first layout up the chain the theme knows (``page``, ``default``). The
chain stops at a layout that is a whole HTML document: the site's frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from jekyll_common.ruby_time import ruby_time
from jekyll_reader.layout_files import SiteLayout, site_layout
from jekyll_reader.pipeline import LaidOutBody, document_layouts

# Markup only a whole page has: such a layout is the site's frame.
_WHOLE_DOCUMENT = re.compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
# Where a layout shows the page's text.
_CONTENT = re.compile(r"\{\{-?\s*content\b")
# A frame that sends the reader to another address.
# (Its attributes read at most so far: each ``<meta`` costs a bounded look.)
_REFRESH = re.compile(
    r"<meta\b[^>]{0,1000}?\bhttp-equiv\s*=\s*[\"']?refresh", re.IGNORECASE
)
# A field of the page (``page.video``, its name captured), and a loop's
# opening up to what it loops over.
_FIELD = r"\bpage\.([A-Za-z_][\w-]*)"
_FOR_IN = r"\{%-?\s*for\s+\w+\s+in\s+\(?\s*"
# Liquid's conditions, opened and closed, and the page fields one tests.
_CONDITION = re.compile(r"\{%-?\s*(if|unless|case|endif|endunless|endcase)\b([^%]*)%\}")
_PAGE_FIELD = re.compile(_FIELD)
# Where a layout's loops and assignments take their values from.
_LOOP = re.compile(_FOR_IN + r"(\w+)")
# What a loop goes over, written out (``site.categories[c]``), and the posts.
_LOOPED = re.compile(_FOR_IN + r"([\w.\[\]'\"]+)")
_POSTS = re.compile(r"(?<![\w.])(?:paginator\b|site\.(?:posts|categories|tags)\b)")
_SITE = re.compile(r"(?<![\w.\-'\"])(?:site|paginator)\b")
_ASSIGN = re.compile(r"\{%-?\s*assign\s+(\w+)\s*=")
_NAME = re.compile(r"(?<![\w.\-'\"])([A-Za-z_]\w*)")
# A field of the page a layout links, embeds or loops over: an address it
# names (a video, a PDF, a DOI; not an anchor in the site's own menu, after
# ``#``), or a list in its front matter. Printed in text alone (a heading's
# number, a category's name), a field is the site's look.
_PAGE_DATA = re.compile(
    r"\b(?:src|href|poster|data)\s*=\s*[\"']?[^\"'>#]{0,300}?\{\{-?\s*"
    + _FIELD
    + "|"
    + _FOR_IN
    + _FIELD,
    re.IGNORECASE,
)
# What the theme shows of every page itself: a layout printing only these
# is the site's look (a heading, a date line, tag links, an edit link).
THEME_FIELDS = frozenset({
    "title", "date", "author", "authors", "tags", "categories", "category",
    "description", "excerpt", "image", "url", "content", "path", "id", "slug",
    "name", "collection", "permalink", "lang", "last_modified_at", "modified",
    "layout", "next", "previous", "relative_path", "dir", "output", "ext",
})  # fmt: skip
# Layouts within layouts followed at most (a loop of them stops too).
_MOST_LAYOUTS = 10


def layouts_around(
    source: Path,
    layout: str | None,
    known: Callable[[str], bool],
    data: Mapping[str, Any] | None = None,
) -> tuple[tuple[SiteLayout, ...], str | None]:
    """Return the site's layouts to render around a document, innermost first.

    And the layout the page is then shown in: the first one up the chain
    the theme knows (None when the chain ends without one). Nothing is
    rendered when no layout of the chain lists documents or shows what the
    document's front matter ``data`` holds beyond what the theme shows.
    """
    walked, stop = _up_the_chain(source, layout, known)
    found = [
        read
        for read in walked
        if lists_documents(read.text) or shows_page_data(read.text, data or {})
    ][:_MOST_LAYOUTS]
    if not found:
        return (), None
    return tuple(found), stop


def lists_documents(text: str) -> bool:
    """Return whether a layout loops over the site's documents or data.

    Directly (``for p in site.posts``, the paginator's posts) or through
    variables it assigns from them (a schedule joining ``site.lectures`` and
    ``site.assignments``, then sorting them by date).
    """
    from_site = {"site", "paginator", *_taken_from(text, _SITE)}
    return any(root in from_site for root in _LOOP.findall(text))


def lists_posts(*texts: str) -> bool:
    """Return whether one of the texts loops over the site's posts.

    The paginator's, ``site.posts``, by tag or category, directly or
    through variables assigned from them: a home page that lists the posts
    itself (Lanyon's), where the theme adds no list of its own.
    """
    for text in texts:
        if "{%" not in text:  # most posts: no tag at all
            continue
        roots = _taken_from(text, _POSTS)
        for looped in _LOOPED.findall(text):
            if _POSTS.match(looped) or looped.split(".")[0] in roots:
                return True
    return False


def _taken_from(text: str, origin: re.Pattern[str]) -> set[str]:
    """Return the variables ``text`` assigns from ``origin``, or from those."""
    taken: set[str] = set()
    for name, value in _assignments(text):
        if origin.search(value) or taken.intersection(_NAME.findall(value)):
            taken.add(name)
    return taken


def _assignments(text: str) -> Iterator[tuple[str, str]]:
    """Yield each ``assign``'s variable and value, in one pass over ``text``.

    As Liquid reads tags: from a ``{%`` to the nearest ``%}``, the next tag
    after that; an unclosed one is the last.
    """
    at = 0
    while (start := text.find("{%", at)) >= 0:
        end = text.find("%}", start + 2)
        if end < 0:
            return
        found = _ASSIGN.match(text, start, end)
        if found:
            yield found[1], text[found.end() : end].removesuffix("-")
        at = end + 2


def shows_page_data(text: str, data: Mapping[str, Any]) -> bool:
    """Return whether a layout shows a field this page sets that the theme does not.

    A lecture's video, an assignment's PDF, a paper's DOI, a schedule kept
    in front matter: what Jekyll shows at the page's address, not its look.
    """
    for found in _PAGE_DATA.finditer(text):
        name = found[1] or found[2]
        if name not in THEME_FIELDS and data.get(name) not in (None, "", [], {}):
            return True
    return False


def layout_chain(source: Path, layout: str) -> tuple[SiteLayout, ...]:
    """Return the site's layouts of a document, innermost first.

    Up to a layout that is a whole HTML document (the site's frame) or one
    the site does not have.
    """
    walked, _ = _up_the_chain(source, layout, lambda _: False)
    return tuple(walked[:_MOST_LAYOUTS])


def frame_chain(
    source: Path, layout: str, data: Mapping[str, Any], *, bare: bool = False
) -> tuple[SiteLayout, ...]:
    """Return a document's layouts, its frame last, when the frame is what it shows.

    A frame that sends the reader elsewhere (a course site's ``redirect``
    layout, ``<meta http-equiv="refresh">`` to the current term) is what the
    page is: it is written as Jekyll writes it, not replaced by the theme.
    A refresh under a condition (al-folio's ``{% if page.redirect %}``)
    counts only for a page that sets what it tests. So is the frame of a
    ``bare`` page (no text of its own, in a template that shows only its
    text) when the layouts list the site's data but not its posts (a résumé
    theme's home, all of it from ``_config.yml`` and ``_data``), or when no
    layout shows a page's text at all (a landing page's frame of includes).
    Empty for any other.
    """
    frame: list[SiteLayout] = []
    walked, _ = _up_the_chain(source, layout, lambda _: False, frame)
    if not frame:
        return ()
    chain = tuple([*walked, frame[0]][:_MOST_LAYOUTS])
    if _redirects(frame[0].text, data):
        return chain
    if not bare:
        return ()
    texts = [read.text for read in chain]
    shows_data = any(map(lists_documents, texts)) and not lists_posts(*texts)
    is_the_page = not any(_CONTENT.search(text) for text in texts)
    return chain if shows_data or is_the_page else ()


def _redirects(text: str, data: Mapping[str, Any]) -> bool:
    """Return whether a frame's refresh applies to a page with ``data``.

    In one pass: the conditions open at each refresh are counted, not read
    again (a condition holds when it is an ``if`` on fields the page sets).
    """
    events = sorted(
        [(found.start(), found) for found in _CONDITION.finditer(text)]
        + [(found.start(), None) for found in _REFRESH.finditer(text)],
        key=lambda event: event[0],
    )
    held: list[bool] = []
    failing = 0
    for _, condition in events:
        if condition is None:  # a refresh
            if failing == 0:
                return True
        elif not condition[1].startswith("end"):
            names = _PAGE_FIELD.findall(condition[2])
            holds = condition[1] == "if" and bool(names)
            holds = holds and all(data.get(name) for name in names)
            held.append(holds)
            failing += not holds
        elif held:
            failing -= not held.pop()
    return False


def _up_the_chain(
    source: Path,
    layout: str | None,
    known: Callable[[str], bool],
    frame: list[SiteLayout] | None = None,
) -> tuple[list[SiteLayout], str | None]:
    """Return the site's layouts from ``layout`` up, and the name it stopped at.

    The walk stops at a layout ``known`` (the theme's), at one the site does
    not have or that is a whole HTML document (the site's frame, added to
    ``frame`` when given), and at a loop, as Jekyll's does.
    """
    walked: list[SiteLayout] = []
    seen: set[str] = set()
    while layout and not known(layout) and layout not in seen:
        seen.add(layout)
        read = site_layout(source, layout)
        if read is None or _WHOLE_DOCUMENT.search(read.text):
            if read is not None and frame is not None:
                frame.append(read)
            break
        walked.append(read)
        parent = read.data.get("layout")
        layout = parent if isinstance(parent, str) and parent else None
    return walked, layout


def page_variables(data: dict[str, Any], fields: Any, relpath: str) -> dict[str, Any]:
    """Return ``page`` as Liquid sees it in the document and its layouts."""
    page = {key: ruby_time(value) for key, value in data.items()}
    page.update(url=fields.url, path=relpath, slug=fields.slug)
    page.update(title=fields.title, date=ruby_time(fields.date), tags=fields.tags)
    page["categories"] = fields.categories
    if fields.collection is not None:  # a theme tests `page.collection`
        page["collection"] = fields.collection
    return page


def lay_out(
    html: str,
    page: dict[str, Any],
    layouts: tuple[SiteLayout, ...],
    relpath: str,
    state: Any,
    settings: Any,
    more: dict[str, Any] | None = None,
) -> str:
    """Return ``html`` with the site's ``layouts`` rendered around it."""
    body = LaidOutBody(html, page, layouts, relpath, state, settings, more or {})
    document_layouts.send(None, body=body)
    return body.html

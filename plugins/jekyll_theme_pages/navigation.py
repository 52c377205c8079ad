"""The site's main navigation, as the Jekyll themes researchers use define it.

The list of ``title``/``url`` entries the site gives (an entry may hold
``children``) is the navigation when it has one: ``_data/navigation.yml``'s
``main:`` (academicpages, Minimal Mistakes) or ``header:`` (TeXt, titles by
language), or the file as a list (So Simple), or ``_data/topnav.yml``
(the documentation theme's links and dropdowns); else ``_config.yml``'s
``navigation_header`` (Alembic), ``menu`` (Hydejack), ``nav`` (Researcher:
``name``/``link`` entries) or ``navbar-links`` (Beautiful Jekyll: names to
addresses, or to names and addresses below); an address written with the
site's ``baseurl`` is read without it, as the theme prints it as written;
else minima's ``header_pages`` (page files, in order). Otherwise it is made
from the pages: al-folio's (``nav: true``) alone when a page says so; else
those with ``nav_order`` (just-the-docs) or ``sidebar_sort_order`` (Hydeout)
first, in that order, then every other page with a front-matter title, by
title, unless it opts out (``nav_exclude: true``, ``sidebar_link: false``,
``sitemap: false``). A
header holds a few links: past ``MOST_LINKS`` pages, the shallowest first
stay (as many as ``MOST_CHARACTERS`` of titles allow) and the others are
under "More" (a documentation site's hundred pages filled a screen). Pure
logic: the theme's generator puts the list in the templates' context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jekyll_common.errors import UnsafePathError
from jekyll_common.paths import url_from_site_root, within_site
from jekyll_reader.html_text import plain_text

DATA_FILE = "_data/navigation.yml"
# The most page links a header shows before the rest go under "More", and
# the most characters of their titles then.
MOST_LINKS = 7
MOST_CHARACTERS = 60
_SCHEME = ("http://", "https://", "mailto:", "//")


@dataclass(frozen=True, slots=True)
class NavItem:
    """One link of the navigation; ``url`` is from the site root, or external.

    An entry with children and no URL of its own has ``url`` None.
    """

    title: str
    url: str | None
    external: bool = False
    children: tuple[NavItem, ...] = ()


@dataclass(frozen=True, slots=True)
class NavPage:
    """What the navigation needs of a page."""

    title: str | None  # the front matter's, not one taken from the body
    url: str  # Pelican's, from the site root without the leading slash
    position: float | None
    opted_out: bool
    path: str = ""  # the source file, from the site's folder
    chosen: bool = False  # al-folio's ``nav: true``


def declared(
    data: Mapping[str, Any], config: Mapping[str, Any]
) -> tuple[list[NavItem] | None, list[str]]:
    """Return the navigation the site lists (see the module), and what is wrong in it.

    None when the site lists none, or no entry of its list can be a link.
    """
    navigation = data.get("navigation")
    lists: list[tuple[Any, str]] = [(navigation, DATA_FILE)]
    if isinstance(navigation, Mapping):
        lists = [(navigation.get(k), f"{DATA_FILE}: {k}") for k in ("main", "header")]
    lists.append((_topnav(data.get("topnav")), "_data/topnav.yml"))
    lists += [
        (config.get(k), f"_config.yml: {k}")
        for k in ("navigation_header", "menu", "nav")
    ]
    lists.append(
        (_named_links(config.get("navbar-links")), "_config.yml: navbar-links")
    )
    problems: list[str] = []
    language = str(config.get("lang") or "en")
    base = str(config.get("baseurl") or "").strip().rstrip("/")
    for entries, where in lists:
        if isinstance(entries, list):
            items = _items(entries, where, problems, language, base)
            if items:
                return items, problems
    return None, problems


def _topnav(found: Any) -> list[Any] | None:
    """Return the documentation theme's ``topnav.yml``: links, then dropdowns."""
    if not isinstance(found, Mapping):
        return None
    groups = _mappings(found.get("topnav"))
    entries: list[Any] = [i for g in groups for i in _mappings(g.get("items"))]
    for dropdown in _mappings(found.get("topnav_dropdowns")):
        entries += [
            {"title": f.get("title"), "children": f.get("folderitems")}
            for f in _mappings(dropdown.get("folders"))
        ]
    return entries


def _mappings(value: Any) -> list[Mapping[str, Any]]:
    found = value if isinstance(value, list) else []
    return [v for v in found if isinstance(v, Mapping)]


def _named_links(links: Any) -> list[dict[str, Any]] | None:
    """Return Beautiful Jekyll's ``navbar-links`` (names to addresses) as entries."""
    if not isinstance(links, Mapping):
        return None
    return [
        {"title": name, "children": _named_links(target)}
        if isinstance(target, Mapping)
        else {"title": name, "url": target}
        for name, target in links.items()
    ]


def footer_from_data(data: Mapping[str, Any]) -> tuple[list[NavItem], list[str]]:
    """Return ``_data/navigation.yml``'s ``footer:`` list, and what is wrong in it."""
    problems: list[str] = []
    navigation = data.get("navigation")
    found = navigation.get("footer") if isinstance(navigation, Mapping) else None
    entries = found if isinstance(found, list) else []
    return _items(entries, f"{DATA_FILE}: footer", problems, "en"), problems


def _items(
    entries: Iterable[Any],
    where: str,
    problems: list[str],
    language: str,
    base: str = "",
) -> list[NavItem]:
    items = []
    for number, entry in enumerate(entries, start=1):
        found = entry if isinstance(entry, Mapping) else {}
        title = (
            found.get("title")
            or found.get("name")
            or _in_language(found.get("titles"), language)
        )
        url = found.get("url") or found.get("link") or found.get("external_url")
        children = found.get("children")
        if not title or (not url and not children):
            problems.append(
                f"{where} entry {number} needs a title and a url; it was left out"
            )
            continue
        below = (
            _items(children, f"{where} {number} children", problems, language, base)
            if isinstance(children, list)
            else []
        )
        written = str(url or "").strip()
        # Another site's address is kept as written (``within_site``: None).
        link = within_site(written, "", base) or written
        external = link.startswith(_SCHEME)
        try:
            target = link if external or not link else url_from_site_root(link)
        except UnsafePathError as error:
            problems.append(f"{where} entry {number}: {error}; left out")
            continue
        # "Terms &amp; Privacy" or "<b>Blog</b>": the words Jekyll's page shows.
        shown = plain_text(str(title))
        items.append(NavItem(shown, target if link else None, external, tuple(below)))
    return items


def served_as(items: Iterable[NavItem], urls: set[str]) -> list[NavItem]:
    """Return ``items`` with ``contact`` read as the site's ``contact.html``.

    GitHub Pages serves a page at its address without ``.html``; a theme's
    list that names it so leads to the file the build writes, wherever the
    site is served.
    """
    found = []
    for item in items:
        url = item.url
        if url and not item.external and url + ".html" in urls and url not in urls:
            url += ".html"
        children = tuple(served_as(item.children, urls))
        found.append(NavItem(item.title, url, item.external, children))
    return found


def _in_language(titles: Any, language: str) -> str | None:
    """Return TeXt's title of an entry (``titles:`` by language) in ``language``."""
    if not isinstance(titles, Mapping) or not titles:
        return None
    found = titles.get(language) or titles.get(language.split("-", maxsplit=1)[0])
    return str(found or titles.get("en") or next(iter(titles.values())))


def from_pages(pages: Iterable[NavPage]) -> list[NavItem]:
    """Return the navigation made from the pages (see the module's docstring)."""
    pages = list(pages)
    if any(p.chosen for p in pages):
        pages = [p for p in pages if p.chosen]
    chosen = [p for p in pages if p.title and not p.opted_out]
    placed = sorted((p for p in chosen if p.position is not None), key=_by_position)
    others = sorted((p for p in chosen if p.position is None), key=_by_title)
    shown = placed + others
    if len(shown) <= MOST_LINKS:
        return _links(shown)
    kept: list[NavPage] = []
    characters = 0
    for page in placed + sorted(others, key=_by_depth):
        if any(k.title == page.title for k in kept):
            continue  # one "Assignment 1" in the header; the others under More
        characters += len(str(page.title))
        if kept and (len(kept) == MOST_LINKS - 1 or characters > MOST_CHARACTERS):
            break
        kept.append(page)
    rest = [p for p in shown if p not in kept]
    shown = [p for p in shown if p in kept]
    return [*_links(shown), NavItem("More", None, children=tuple(_links(rest)))]


def from_header_pages(
    names: Any, pages: Iterable[NavPage]
) -> tuple[list[NavItem] | None, list[str]]:
    """Return minima's ``header_pages`` navigation, and what is wrong in it.

    As minima: the pages named, in that order, those with a title. None
    when ``_config.yml`` has no list of them.
    """
    if names is None:
        return None, []
    if not isinstance(names, list):
        return None, [
            "_config.yml: header_pages should be a list of page files "
            "(header_pages: [about.md]); the pages make the navigation instead"
        ]
    by_path = {page.path: page for page in pages}
    items, problems = [], []
    for name in names:
        page = by_path.get(str(name).strip().lstrip("/"))
        if page is None:
            problems.append(
                f"_config.yml: header_pages names {name!r}, which is not a page "
                "of the site; it was left out"
            )
        elif page.title:
            items.append(NavItem(str(page.title), page.url))
    return items, problems


def _links(pages: Iterable[NavPage]) -> list[NavItem]:
    return [NavItem(title=str(p.title), url=p.url) for p in pages]


def _by_depth(page: NavPage) -> tuple[int, str, str]:
    return (page.url.strip("/").count("/"), *_by_title(page))


def _by_position(page: NavPage) -> tuple[float, str]:
    return (page.position or 0.0, page.url)


def _by_title(page: NavPage) -> tuple[str, str]:
    return (str(page.title).casefold(), page.url)


def opts_out(front_matter: Mapping[str, Any]) -> bool:
    """Return whether a page asks to stay out of the navigation.

    ``sitemap: false`` too: a page kept out of the sitemap (a redirect made
    by hand, a private page) is no destination.
    """
    return (
        front_matter.get("nav_exclude") is True
        or front_matter.get("sidebar_link") is False
        or front_matter.get("sitemap") is False
    )


_POST_LIST_WORDS = frozenset({"blog", "posts"})


def leads_to_posts(items: Iterable[NavItem]) -> bool:
    """Return whether the site's navigation already has a post list entry.

    academicpages' "Blog Posts" leads to its year archive: the theme's own
    "Blog" would be a second way to the same posts.
    """
    return any(
        _POST_LIST_WORDS & set(re.findall(r"\w+", item.title.lower())) for item in items
    )

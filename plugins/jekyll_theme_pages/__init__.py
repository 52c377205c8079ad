"""The site pages a theme needs besides documents and archives.

Writes the code-highlighting stylesheet for both colour schemes, the home
page as a list of the newest posts when no document has
``permalink: /``, the search page (``/search/``) and ``404.html``, each only
when no document of the site takes its URL (a Jekyll site's own 404 page
wins, and its own ``blog/index.html`` replaces the theme's post list);
MathJax, when a document holds math (``math_assets``); the smaller copies
of big images that pages offer phones (``resized``). Gives the templates
the main navigation (``navigation``), the author's profile (``profile``)
and the news and selected papers al-folio's about page asks for
(``home_sections``), and registers the theme's Jinja filters.

==================  ====================================================================
Connected to        Why
==================  ====================================================================
``initialized``     the theme's filters are in every template
``get_generators``  the site pages generator writes home, search, 404, code colours,
                    MathJax
==================  ====================================================================
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from jekyll_common.output import (
    document_outputs,
    documents,
    reserve,
    reserved,
    write_text,
)
from jekyll_common.paths import url_from_site_root, url_to_output_path
from jekyll_engine.cache_files import cache_folder
from jekyll_scholar.bibliography import FOLDER as BIBLIOGRAPHY
from jekyll_scholar.listing import publications
from jekyll_scholar.options import site_options
from jekyll_theme_pages.filters import (
    has_code,
    heading_anchors,
    holds_math,
    inline_markdown,
    opens_with_title,
    reading_minutes,
    shows_profile,
    subtitle,
    table_of_contents,
    without_leading_heading,
)
from jekyll_theme_pages.home_sections import (
    SELECTED_QUERY,
    asked,
    news_items,
    news_limit,
)
from jekyll_theme_pages.listings import LISTING_FILTERS
from jekyll_theme_pages.math_assets import (
    FOLDER,
    copy_math_assets,
    mathjax_script_config,
)
from jekyll_theme_pages.navigation import leads_to_posts
from jekyll_theme_pages.profile import author_profile
from jekyll_theme_pages.pygments_css import pygments_css
from jekyll_theme_pages.resized import write_resized_copies
from jekyll_theme_pages.site_nav import footer_navigation, main_navigation

logger = logging.getLogger(__name__)

# (template, URL) of each site page; the home list only when "/" is free.
SITE_PAGES = (("home", "/"), ("search", "/search/"), ("404", "/404.html"))
# From _bibliography/*.bib, when the site has one and no page at that URL.
PUBLICATIONS_PAGE = ("publications", "/publications/")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Collections a research site lists on an index page of their own.
INDEXED_COLLECTIONS = ("publications", "talks", "teaching", "portfolio")
# Written beside the theme's own static files, generated so it never drifts.
PYGMENTS_CSS = "theme/css/pygments.css"


def add_filters(pelican: Any) -> None:
    """Make the theme's filters available to every template."""
    filters = dict(pelican.settings.get("JINJA_FILTERS") or {})
    filters.update(
        heading_anchors=heading_anchors,
        inline_markdown=inline_markdown,
        opens_with_title=opens_with_title,
        reading_minutes=reading_minutes,
        subtitle=subtitle,
        has_code=has_code,
        holds_math=holds_math,
        shows_profile=shows_profile,
        table_of_contents=table_of_contents,
        without_leading_heading=without_leading_heading,
        **LISTING_FILTERS,
    )
    pelican.settings["JINJA_FILTERS"] = filters
    globals_ = dict(pelican.settings.get("JINJA_GLOBALS") or {})
    globals_["mathjax_config"] = mathjax_script_config
    pelican.settings["JINJA_GLOBALS"] = globals_


class SitePagesGenerator(Generator):
    """Writes the home post list, search, 404, publications and collection indexes."""

    def generate_context(self) -> None:
        """Keep the site pages whose URL no document takes."""
        taken = document_outputs(self.context) | set(reserved(self.context))
        # The site's own post list (a blog/index.html jekyll-paginate pages)
        # wins over the theme's, and a site without posts has none (a course's
        # or a résumé's pages): Pelican skips a direct template without a
        # file to write.
        # ``has_posts``, not ``articles``, in the header: a page depends on
        # whether there are posts, not on each post.
        self.context["has_posts"] = bool(self.context.get("articles"))
        if self.settings.get("INDEX_SAVE_AS") in taken or not self.context["has_posts"]:
            self.settings["INDEX_SAVE_AS"] = ""
        self.site_pages = []
        pages = list(SITE_PAGES)
        if any((Path(self.path) / BIBLIOGRAPHY).glob("*.bib")):
            pages.append(PUBLICATIONS_PAGE)
            self._complete_publications_page()
        self.collections = self._collection_documents()
        self._fill_empty_indexes()
        pages += [("collection", f"/{label}/") for label in self.collections]
        for template, url in pages:
            save_as = url_to_output_path(url)
            if save_as in taken:
                logger.debug("%s is a document of the site; no %s page", url, template)
                continue
            self.site_pages.append((template, url, save_as))
            taken.add(save_as)
            reserve(self.context, save_as, f"the {template} page")
        self.context["search_url"] = "search/"
        nav = main_navigation(self.settings, self.context.get("pages", []))
        self.context["site_nav"] = nav
        self.context["nav_leads_to_posts"] = leads_to_posts(nav)
        self.context["footer_nav"] = footer_navigation(self.settings)
        profile, missing_photo = author_profile(
            self.settings, Path(self.path), self._page_profile()
        )
        if missing_photo:
            logger.warning(
                "_config.yml: %s. Add the file or fix the path.", missing_photo
            )
        self.context["author_profile"] = profile
        self.context.update(self._home_sections())

    def _page_profile(self) -> Any:
        """Return al-folio's ``profile:`` of the home page, else of any page."""
        home_first = sorted(self.context.get("pages", []), key=lambda p: p.url != "")
        for page in home_first:
            found = (page.metadata.get("front_matter") or {}).get("profile")
            if isinstance(found, dict):
                return found
        return None

    def _home_sections(self) -> dict[str, Any]:
        """Return the news and selected papers a page asks for (al-folio's)."""
        pages = self.context.get("pages", [])
        config = self.settings.get("JEKYLL_SITE") or {}
        found: dict[str, Any] = {}
        if asked(pages, "news"):
            items = news_items(documents(self.context), news_limit(config))
            found["news_items"] = items
        if asked(pages, "selected_papers"):
            html, count, _ = publications(  # bad entries: named by /publications/
                Path(self.path),
                dict(config),
                self.settings.get("JEKYLL_BASEURL") or "",
                site_options(config, query=SELECTED_QUERY),
            )
            # The listing escapes every value it writes.
            found["selected_papers"] = Markup(html) if count else None  # noqa: S704
        return found

    def generate_output(self, writer: Any) -> None:
        """Write each site page with its theme template."""
        write_text(writer, PYGMENTS_CSS, pygments_css())
        if self.settings.get("JEKYLL_MATH", "mathjax") == "mathjax" and any(
            getattr(d, "has_math", False) for d in documents(self.context)
        ):
            theme = self.settings.get("THEME_STATIC_DIR", "theme")
            copy_math_assets(Path(self.output_path) / theme / FOLDER)
        copies = (
            c for d in documents(self.context) for c in getattr(d, "resized_images", ())
        )
        write_resized_copies(
            writer, copies, Path(self.path), cache_folder(self.settings)
        )
        for template, url, save_as in self.site_pages:
            extra = self._publications() if template == "publications" else {}
            if template == "collection":
                label = url.strip("/")
                extra = {
                    "label": label,
                    "collection_documents": self.collections[label],
                }
            writer.write_file(
                save_as,
                self.get_template(template),
                self.context,
                url=url_from_site_root(url),
                site_page=template,
                **extra,
            )

    def _collection_documents(self) -> dict[str, list[Any]]:
        """Return the documents of each research collection, newest first.

        A site of academicpages' kind keeps publications, talks, teaching and
        a portfolio as collections; each gets an index page at ``/<label>/``
        when no page of the site is there.
        """
        found: dict[str, list[Any]] = {}
        for document in documents(self.context):
            label = getattr(document, "collection", None)
            if label in INDEXED_COLLECTIONS:
                found.setdefault(label, []).append(document)
        for items in found.values():
            items.sort(key=lambda d: str(getattr(d, "date", "") or ""), reverse=True)
        return found

    def _fill_empty_indexes(self) -> None:
        """List a collection on its index page when that page's body is empty.

        academicpages' talks and teaching pages are a layout and a loop of
        theme code; migrated without that code they would stand empty.
        """
        by_url = {page.url: page for page in self.context.get("pages", [])}
        for label, items in self.collections.items():
            page = by_url.get(f"{label}/")
            if page is None:
                continue
            body = page._content  # the body as read; Pelican keeps it there
            if _HTML_COMMENT.sub("", body or "").strip():
                continue
            template = self.env.get_template("_collection_list.html")
            _replace_content(
                page,
                template.render(
                    collection_documents=items,
                    SITEURL=self.settings.get("SITEURL", ""),
                ),
            )

    def _complete_publications_page(self) -> None:
        """List the BibTeX entries below the site's own publications page's text.

        A page at /publications/ that has no ``{% bibliography %}`` would
        show its sentence and no paper: the entries are never lost.
        """
        url = url_from_site_root(PUBLICATIONS_PAGE[1])
        page = next((p for p in self.context.get("pages", []) if p.url == url), None)
        if page is None or 'class="bibliography"' in (page._content or ""):
            return
        listing = self._publications()["bibliography"]
        _replace_content(page, f"{page._content or ''}\n{listing}")

    def _publications(self) -> dict[str, Any]:
        """Return the publications page's listing, naming each bad entry."""
        site = dict(self.settings.get("JEKYLL_SITE") or {})
        baseurl = self.settings.get("JEKYLL_BASEURL") or ""
        html, count, problems = publications(Path(self.path), site, baseurl)
        for problem in problems:
            logger.warning("%s. Fix the entry or add the file.", problem)
        # The listing escapes every value it writes.
        return {"bibliography": Markup(html), "entry_count": count}  # noqa: S704


def _replace_content(page: Any, html: str) -> None:
    """Give a page another body (Pelican keeps it in ``_content``)."""
    page._content = html
    # Pelican memoizes a document's content by (document, site URL).
    cache = page.get_content.cache
    for key in [k for k in cache if k and k[0] is page]:
        del cache[key]


def get_generators(pelican: Any) -> type[SitePagesGenerator]:
    """Add the site pages generator to the build."""
    del pelican
    return SitePagesGenerator


def register() -> None:
    """Connect the plugin to Pelican."""
    signals.initialized.connect(add_filters)
    signals.get_generators.connect(get_generators)

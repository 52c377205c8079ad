"""Pelican wiring: collect redirects from documents and write them.

``redirect_to`` documents are taken out of the lists (blog, archives,
feeds, sitemap) as soon as their generator has read them, and rendered with
the redirect template. ``redirect_from`` pages and the maps are written by
``RedirectGenerator`` through Pelican's writer, after every real page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from pelican.generators import Generator

from jekyll_common.errors import JekyllError
from jekyll_common.logs import display_path
from jekyll_common.output import documents as documents_of
from jekyll_common.output import reserved, write_text
from jekyll_common.paths import safe_join
from jekyll_common.site import normalise_baseurl
from jekyll_common.urllist import read_url_list
from jekyll_redirects import settings as plugin_settings
from jekyll_redirects.maps import htaccess, netlify, nginx, redirects_json
from jekyll_redirects.rules import (
    Redirect,
    RedirectError,
    as_list,
    first_target,
    legacy_redirects,
    old_path,
    output_of,
    plan,
    target_of,
    undated,
)

logger = logging.getLogger(__name__)


def _source(document: Any) -> str:
    return display_path(document.source_path)


def _site_url(settings: dict[str, Any]) -> str:
    return str(settings.get("SITEURL") or "").rstrip("/")


def _document_url(document: Any, settings: dict[str, Any]) -> str:
    return f"{_site_url(settings)}/{document.url}"


def turn_into_redirect(document: Any, settings: dict[str, Any]) -> bool:
    """Make a ``redirect_to`` document a redirect page; False if refused."""
    value = first_target(getattr(document, "redirect_to", None))
    if value is None:
        return False
    try:
        target, target_output = target_of(value, _site_url(settings))
    except RedirectError as error:
        logger.error(
            "%s: redirect_to %s. The page is built as written; use a path such as "
            "/new/ or an https:// URL.",
            _source(document),
            error,
        )
        return False
    options = plugin_settings.load(settings)
    document._redirect_plan = Redirect(
        source=_source(document),
        kind="redirect_to",
        from_path="/" + document.url,
        output=document.save_as,
        target=target,
        target_output=target_output,
    )
    document._template_before_redirect = document.template
    document.template = options.template
    return True


def _hide_redirects(listed: list[Any], hidden: list[Any], settings: Any) -> None:
    """Turn ``redirect_to`` documents into redirects; listed ones become hidden."""
    kept: list[Any] = []
    for document in listed:
        (hidden if turn_into_redirect(document, settings) else kept).append(document)
    listed[:] = kept


def hide_redirected_articles(generator: Any) -> None:
    """Move ``redirect_to`` posts out of the lists, before tags are counted."""
    _hide_redirects(generator.articles, generator.hidden_articles, generator.settings)


def hide_redirected_pages(generator: Any) -> None:
    """Move ``redirect_to`` pages out of the page list (and the navigation).

    Hidden pages, such as collection documents, become redirects in place.
    """
    for page in generator.hidden_pages:
        turn_into_redirect(page, generator.settings)
    _hide_redirects(generator.pages, generator.hidden_pages, generator.settings)


class RedirectGenerator(Generator):
    """Writes redirect_from pages, redirect maps, and checks every redirect."""

    def generate_context(self) -> None:
        """Collect every redirect and keep the safe ones."""
        documents = list(documents_of(self.context))
        pages = reserved(self.context)
        pages.update(
            {
                d.save_as: _source(d)
                for d in documents
                if not hasattr(d, "_redirect_plan")
            }
        )
        claims = list(self._redirect_from(documents))
        claims += [d._redirect_plan for d in documents if hasattr(d, "_redirect_plan")]
        claims += self._legacy(documents, pages, claims)
        self.redirects, refused = plan(claims, pages)
        for refusal in refused:
            logger.log(
                logging.WARNING if refusal.as_jekyll else logging.ERROR,
                "%s: redirect %r %s; it was not written. Fix the front matter.",
                ", ".join(refusal.sources),
                refusal.subject,
                refusal.reason,
            )
        written = {r.output for r in self.redirects}
        for document in documents:
            redirect = getattr(document, "_redirect_plan", None)
            if redirect is not None and redirect.output not in written:
                document.template = document._template_before_redirect
                del document._redirect_plan
        self.context["redirects"] = self.redirects

    def _legacy(
        self, documents: list[Any], pages: dict[str, str], claims: list[Redirect]
    ) -> list[Redirect]:
        """Redirect old URLs (JEKYLL_LEGACY_URLS) to the documents they name."""
        url_list = self.settings.get("JEKYLL_LEGACY_URLS")
        if not url_list:
            return []
        path = Path(self.settings["PATH"]) / url_list
        if not path.is_file():
            path = Path(url_list)
        try:
            old_paths = read_url_list(path)
        except JekyllError as error:
            logger.error("JEKYLL_LEGACY_URLS: %s", error)
            return []
        candidates: dict[str, list[tuple[str, str, str]]] = {}
        for document in documents:
            if hasattr(document, "_redirect_plan"):
                continue
            target = (_source(document), _document_url(document, self.settings))
            stem = PurePosixPath(document.source_path).stem
            for key in {str(document.slug).lower(), undated(stem).lower()}:
                candidates.setdefault(key, []).append((*target, document.save_as))
        served = set(pages) | {claim.output for claim in claims}
        redirects, unmatched = legacy_redirects(
            old_paths, candidates, served, display_path(path)
        )
        if unmatched:
            logger.warning(
                "%s: %d old URLs are not served and name no single document: %s. "
                "Add redirect_from to the pages that replace them.",
                display_path(path),
                len(unmatched),
                ", ".join(unmatched[:20]) + (" ..." if len(unmatched) > 20 else ""),
            )
        return redirects

    def _redirect_from(self, documents: Iterable[Any]) -> Iterator[Redirect]:
        for document in documents:
            target = _document_url(document, self.settings)
            for value in as_list(getattr(document, "redirect_from", None)):
                try:
                    path = old_path(value)
                except RedirectError as error:
                    logger.error(
                        "%s: redirect_from %r %s; it was not written. Use a path "
                        "such as /old/ or /old.html.",
                        _source(document),
                        value,
                        error,
                    )
                    continue
                yield Redirect(
                    source=_source(document),
                    kind="redirect_from",
                    from_path=path,
                    output=output_of(path),
                    target=target,
                    target_output=document.save_as,
                )

    def generate_output(self, writer: Any) -> None:
        """Write the redirect pages and the maps the settings ask for."""
        options = plugin_settings.load(self.settings)
        static = {s.save_as: s.source_path for s in self.context.get("staticfiles", [])}
        template = self.get_template(options.template)
        redirect_pages = [r for r in self.redirects if r.kind != "redirect_to"]
        for redirect in redirect_pages:
            if redirect.output in static:
                logger.error(
                    "%s: redirect %r is the path of the file %s; the file is kept.",
                    redirect.source,
                    redirect.from_path,
                    display_path(static[redirect.output]),
                )
                continue
            safe_join(self.output_path, redirect.output)
            writer.write_file(
                redirect.output, template, self.context, redirect=redirect
            )
        self._write_maps(writer, options, static)

    def _write_maps(
        self, writer: Any, options: plugin_settings.RedirectOptions, static: dict
    ) -> None:
        base_path = normalise_baseurl(self.settings.get("JEKYLL_BASEURL"))
        files = [
            (options.json, plugin_settings.JSON_FILE, redirects_json(self.redirects)),
            (
                options.netlify,
                plugin_settings.NETLIFY_FILE,
                netlify(self.redirects, base_path),
            ),
            (
                options.htaccess,
                plugin_settings.HTACCESS_FILE,
                htaccess(self.redirects, base_path),
            ),
            (
                options.nginx,
                plugin_settings.NGINX_FILE,
                nginx(self.redirects, base_path),
            ),
        ]
        for enabled, name, text in files:
            if not enabled:
                continue
            if name in static:
                logger.info(
                    "%s comes from the source folder; the generated one is not "
                    "written.",
                    name,
                )
                continue
            write_text(writer, name, text)

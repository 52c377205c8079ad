"""The Liquid of one build's documents: includes, links, the site's documents.

One renderer a build. It answers Jekyll's tags (``tags.JekyllLookups``):
includes come from the site's ``_includes/`` first, then from the theme's
``includes/`` (what migrated research sites name but do not ship), and
never from outside those folders; ``link`` and ``post_url`` give the URL
the catalogue placed the document at. ``site`` is a ``SiteDrop``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TextIO

from liquid.exceptions import FilterError, LiquidError
from pygments import highlight
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

from jekyll_common.errors import UnsafePathError
from jekyll_common.paths import safe_join
from jekyll_liquid.bodies import DocumentBodies
from jekyll_liquid.drops import DocumentDrop, SiteDrop
from jekyll_liquid.engine import JekyllEnvironment
from jekyll_liquid.filters import register_jekyll_filters
from jekyll_liquid.include_files import IncludeFiles
from jekyll_liquid.include_names import line_naming, refusal
from jekyll_liquid.mending import (
    Rendered,
    include_failure,
    reason_of,
    render_kept,
)
from jekyll_liquid.plugin_filters import register_plugin_filters
from jekyll_liquid.post_names import PostNames
from jekyll_liquid.scholar_lookups import ScholarLookups
from jekyll_liquid.tags import IncludeFailure
from jekyll_markdown.render import shared_html_formatter
from jekyll_reader.catalogue import Catalogue
from jekyll_reader.sass import sass_filter

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.template import BoundTemplate

logger = logging.getLogger(__name__)

INCLUDES_DIR = "_includes"


@dataclass(frozen=True, slots=True)
class SiteFacts:
    """What the renderer knows of the site before any document."""

    source: Path
    theme_includes: Path | None
    settings: Mapping[str, Any]  # ``site.*`` from _config.yml, with data
    url: str
    baseurl: str
    timezone: dt.tzinfo
    now: dt.datetime


class LiquidRenderer:
    """Renders the Liquid of a site's documents; one per build."""

    def __init__(
        self,
        facts: SiteFacts,
        catalogue: Callable[[], Catalogue],
        convert: Callable[[DocumentDrop, str], tuple[str, str]],
        markdownify: Callable[[str], str],
        smartify: Callable[[str], str],
        generated: Callable[[], list[Mapping[str, Any]]] = list,
    ) -> None:
        self.facts = facts
        self.baseurl = facts.baseurl
        self._catalogue = catalogue
        self.env = JekyllEnvironment(self, facts.source)
        # Jekyll's `liquid: error_mode:`: warn (its default) reads what the
        # strict parser refuses as Ruby's lax parser does.
        self.lax = _error_mode(facts.settings) != "strict"
        register_jekyll_filters(
            self.env,
            url=facts.url,
            baseurl=facts.baseurl,
            tz=facts.timezone,
            markdownify=markdownify,
            smartify=smartify,
            evaluate=self._evaluate,
            sassify=sass_filter(facts.source, facts.settings),
        )
        register_plugin_filters(self.env, facts.settings)
        self.bodies = DocumentBodies(self, convert, facts.source)
        self.site = SiteDrop(
            facts.settings, catalogue, self.bodies, facts.now, generated
        )
        self._includes = IncludeFiles(self.env, lax=self.lax)
        self._expressions: dict[tuple[str, bool], BoundTemplate] = {}
        self._urls: dict[str, str] | None = None
        self._post_names: PostNames | None = None
        # The documents whose Liquid is being rendered (a page that reads its
        # own content sees its source).
        self.in_progress: set[str] = set()
        self._folder = ""
        self._relpath = ""
        self._scholar = ScholarLookups(facts.source, facts.settings, facts.baseurl)
        self.missing: list[tuple[str, str | None]] = []
        self._within: list[tuple[str, str]] = []  # the includes being rendered
        # The page Jekyll paginates, once read (``paginated.first_pager``).
        self.paginated: Any = None

    def render(
        self,
        text: str,
        page: Mapping[str, Any],
        relpath: str,
        more: Mapping[str, Any] | None = None,
    ) -> Rendered:
        """Render a document's Liquid; ``self.missing`` lists the includes it lacks.

        ``more``: variables beside ``site`` and ``page`` (``paginator``, a
        layout's ``content`` and ``layout``).
        """
        outer, outer_relpath = self._folder, self._relpath
        self._folder = str(PurePosixPath(relpath).parent)
        self._relpath = relpath
        self.in_progress.add(relpath)
        try:
            variables = {"site": self.site, "page": page, **(more or {})}
            return render_kept(
                self.env,
                text,
                variables,
                self.missing.clear,
                lax=self.lax,
                mend_include=self._includes.mend,
            )
        finally:
            self.in_progress.discard(relpath)
            self._folder, self._relpath = outer, outer_relpath

    # What Jekyll's tags look up (tags.JekyllLookups).

    def include(
        self, context: RenderContext, name: str, relative: bool, buffer: TextIO
    ) -> None:
        """Render an include into ``buffer``; a missing one renders nothing.

        A missing one is noted with where an include names it (None when the
        document's own text does: its line is read from there).
        """
        if (refused := refusal(name)) is not None:
            raise IncludeFailure(refused, token=None)
        # Jekyll joins the name to its folder as File.join does: ``/nx.html``
        # (``{{ site.baseurl }}/nx.html`` with no baseurl) is ``_includes/nx.html``.
        name = name.removeprefix("/")
        path = self._include_path(name, relative)
        if path is None:
            self.missing.append((name, self._named_in_include(name)))
            return
        text, template = self._includes.template(path)
        shown = name if not relative else f"{self._folder}/{name}"
        if isinstance(template, LiquidError):
            raise include_failure(template, shown, text, token=None)
        self._within.append((shown if relative else f"{INCLUDES_DIR}/{shown}", text))
        try:
            template.render_with_context(context, buffer, partial=True)
        except LiquidError as error:
            raise include_failure(error, shown, text, None, path) from None
        finally:
            self._within.pop()

    def _named_in_include(self, name: str) -> str | None:
        if not self._within:
            return None
        shown, text = self._within[-1]
        line = line_naming(text, name)
        return f"{shown}:{line}" if line else shown

    def _include_path(self, name: str, relative: bool) -> Path | None:
        facts = self.facts
        if relative:
            candidates = [(facts.source, f"{self._folder}/{name}")]
        else:
            candidates = [(facts.source / INCLUDES_DIR, name)]
            if facts.theme_includes is not None:
                candidates.append((facts.theme_includes, name))
        for root, inside in candidates:
            try:
                path = safe_join(root, inside)
            except UnsafePathError:
                return None
            if path.is_file():
                return path
        return None

    def document_url(self, relpath: str) -> str | None:
        """Return the URL, with the base path, of a document or file of the site."""
        if self._urls is None:
            made = self._catalogue()
            self._urls = {f: f"/{f}" for f in made.static_files}
            self._urls.update(
                (p, e.placed.fields.url) for p, e in made.by_path().items()
            )
        url = self._urls.get(relpath)
        return None if url is None else self.facts.baseurl + url

    def post_url(self, name: str) -> str | None:
        """Return the URL, with the base path, of the post ``post_url`` names."""
        if self._post_names is None:
            self._post_names = PostNames(self._catalogue().posts)
        url = self._post_names.url(name)
        return None if url is None else self.facts.baseurl + url

    def highlight(self, code: str, language: str, numbered: bool) -> str:
        """Return code highlighted as Jekyll's ``highlight`` tag gives it.

        ``numbered`` (the tag's ``linenos``): with line numbers in a gutter,
        as Rouge's table of two cells shows them.
        """
        try:
            lexer = get_lexer_by_name(language)
        except ClassNotFound:
            lexer = TextLexer()
        formatter = shared_html_formatter(
            cssclass="highlight", linenos="table" if numbered else False
        )
        return f"\n\n{highlight(code.strip(chr(10)), lexer, formatter)}\n\n"

    def bibliography(self, markup: str) -> str:
        """Return the publications a tag's options pick (jekyll-scholar's)."""
        return self._scholar.bibliography(markup, self._relpath)

    def bibliography_count(self, markup: str) -> str:
        """Return how many entries a ``bibliography_count`` tag's options pick."""
        return self._scholar.count(markup, self._relpath)

    def cite(self, markup: str) -> str:
        """Return the citation a ``cite`` tag's keys make, noting them cited."""
        return self._scholar.cite(markup, self._relpath)

    def interpolate(self, context: RenderContext, markup: str) -> str:
        """Return tag markup with its ``{{ }}`` output rendered in ``context``."""
        if "{{" not in markup:
            return markup
        buffer = io.StringIO()
        self.env.from_string(markup).render_with_context(context, buffer, partial=True)
        return buffer.getvalue()

    def _evaluate(
        self,
        context: RenderContext,
        variable: str,
        expression: str,
        item: Any,
        condition: bool,
    ) -> Any:
        key = (expression, condition)
        template = self._expressions.get(key)
        buffer = io.StringIO()
        # An error in the expression is one of the filter's: of the output it
        # stands in, not of this expression's own little template.
        try:
            if template is None:
                code = (
                    f"{{% if {expression} %}}1{{% endif %}}"
                    if condition
                    else f"{{{{ {expression} }}}}"
                )
                template = self._expressions[key] = self.env.from_string(code)
            with context.extend({variable: item}):
                template.render_with_context(context, buffer, partial=True)
        except LiquidError as error:
            raise FilterError(
                f"{expression!r}: {reason_of(error)}", token=None
            ) from None
        return buffer.getvalue() == "1" if condition else buffer.getvalue()


def _error_mode(settings: Mapping[str, Any]) -> str:
    liquid = settings.get("liquid")
    return (
        str(liquid.get("error_mode", "warn")) if isinstance(liquid, Mapping) else "warn"
    )

"""Content Liquid on python-liquid, with Jekyll's tags, filters and limits.

python-liquid is a Liquid engine, not a translation: its templates reach
only the mappings and lists they are given (no attribute access, so no
Python object), and its resource limits stop hostile templates. What a
template cannot do (a tag the engine cannot parse, a loop past the limit,
an include of itself) raises a LiquidError, which ``mending`` answers; a
tag or filter it does not know does nothing, as in Jekyll, and is named.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liquid import BoundTemplate, Environment, Mode
from liquid.ast import Node
from liquid.exceptions import FilterError, LiquidError
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_ILLEGAL

from jekyll_liquid.plugin_tags import PLUGIN_TAGS
from jekyll_liquid.ruby_semantics import use_ruby_semantics
from jekyll_liquid.seo_tag import SEO_TAG
from jekyll_liquid.site_plugins import plugin_definitions
from jekyll_liquid.tags import JEKYLL_TAGS

if TYPE_CHECKING:
    from liquid.stream import TokenStream

    from jekyll_liquid.tags import JekyllLookups

# Loops whose iterations multiply past this stop (a sitemap of 10,000 posts
# with a loop over 30 tags in each is 300,000).
LOOP_LIMIT = 1_000_000
# Bytes a template's variables, or its output, may hold.
SIZE_LIMIT = 32 * 1024 * 1024


class JekyllEnvironment(Environment):
    """Liquid as Jekyll configures it, with limits no Jekyll site comes near.

    A tag or filter it does not know (a Jekyll plugin's) does what Ruby's
    Liquid does with an unknown filter: nothing. Each is noted in
    ``unknown`` the first time it is met in the build, to be named once.
    """

    loop_iteration_limit = LOOP_LIMIT
    local_namespace_limit = SIZE_LIMIT
    output_stream_limit = SIZE_LIMIT

    def __init__(self, lookups: JekyllLookups, source: Path | None = None) -> None:
        super().__init__(tolerance=Mode.STRICT)
        use_ruby_semantics()
        self.lookups = lookups
        self.source = source
        self._site_plugins: dict[str, str] | None = None
        self.known_unknowns: set[str] = set()
        # (what, start in its source or -1) met since the last take_unknown().
        self.unknown: list[tuple[str, int]] = []
        for tag in (*JEKYLL_TAGS, *PLUGIN_TAGS, SEO_TAG):
            self.add_tag(tag)
        self.tags[TOKEN_ILLEGAL] = _UnknownTag(self)  # type: ignore[assignment]
        for name, tag in list(self.tags.items()):
            self.tags[name] = _Located(tag)  # type: ignore[assignment]
        self.filters = _Filters(self, self.filters)

    def note_unknown(self, what: str, start: int) -> None:
        """Note a tag or filter this build does not know, once a build."""
        if what not in self.known_unknowns:
            self.known_unknowns.add(what)
            self.unknown.append((what, start))

    def note_unknown_filters(self, template: BoundTemplate) -> None:
        """Note the filters ``template`` uses that this build does not know.

        Read from the template as parsed, not when a filter is called: a
        filter in an include is then named at the include's line.
        """
        used = template.analyze(include_partials=False).filters
        for name, spans in used.items():
            if name not in self.filters:
                self.note_unknown(f"filter '{name}'", spans[0].index)

    def site_plugins(self) -> dict[str, str]:
        """Return what the site's own plugins define (read once, when asked)."""
        if self._site_plugins is None:
            found = plugin_definitions(self.source) if self.source else {}
            self._site_plugins = found
        return self._site_plugins

    def take_unknown(self) -> list[tuple[str, int]]:
        """Return what was noted since the last call, and forget it."""
        found, self.unknown = self.unknown, []
        return found


class _Filters(dict):
    """The filters; one that is not among them passes its input on."""

    def __init__(self, env: JekyllEnvironment, filters: Mapping[str, Any]) -> None:
        super().__init__()
        self.env = env
        for name, function in filters.items():
            self[name] = function

    def __setitem__(self, name: str, function: Callable[..., Any]) -> None:
        super().__setitem__(name, _contained(name, function))

    def __missing__(self, name: str) -> Callable[..., Any]:
        self.env.note_unknown(f"filter '{name}'", -1)
        return _pass_through


def _contained(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """Return a filter whose Python error is a Liquid error of its tag.

    A value a filter cannot take (a word to a number, a year past 9999)
    costs only the output it stands in, named at its line.
    """

    @functools.wraps(function)
    def filtered(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except LiquidError:
            raise
        except (TypeError, ValueError, OverflowError, ArithmeticError,
                AttributeError, KeyError, IndexError) as error:  # fmt: skip
            raise FilterError(f"{name}: {error}", token=None) from None

    return filtered


def _pass_through(value: Any, *args: Any, **kwargs: Any) -> Any:
    del args, kwargs
    return value


class _UnknownNode(Node):
    __slots__ = ()

    def __str__(self) -> str:
        return ""

    def render_to_output(self, context: Any, buffer: Any) -> int:
        del context, buffer
        return 0


class _UnknownTag(Tag):
    """A tag no Liquid of this build knows: it renders nothing.

    ``end...`` and ``else`` tags whose opening tag was taken out go quietly.
    """

    block = False

    def parse(self, stream: TokenStream) -> Node:
        token = stream.current
        if stream.peek.kind == TOKEN_EXPRESSION:
            next(stream)
        name = token.value
        if not (name.startswith("end") or name in ("else", "elsif", "when")):
            self.env.note_unknown(  # type: ignore[attr-defined]
                f"tag '{name}'", token.start_index
            )
        return _UnknownNode(token)


class _Located:
    """A tag that marks, on an error it raises, where the tag starts."""

    def __init__(self, tag: Any) -> None:
        self.tag = tag
        self.block = tag.block
        self.end = getattr(tag, "end", "")

    def get_node(self, stream: TokenStream) -> Any:
        start = stream.current.start_index
        try:
            return self.tag.get_node(stream)
        except LiquidError as error:
            if getattr(error, "markup_start", None) is None:
                error.markup_start = start  # type: ignore[attr-defined]
            raise

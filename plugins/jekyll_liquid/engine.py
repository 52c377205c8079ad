"""Content Liquid on python-liquid, with Jekyll's tags, filters and limits.

python-liquid is a Liquid engine, not a translation: its templates reach
only the mappings and lists they are given (no attribute access, so no
Python object), and its resource limits stop hostile templates. What a
template cannot do (a tag the engine cannot parse, a filter it does not
know, a loop past the limit, an include of itself) raises a LiquidError;
the renderer then leaves that one tag as written, notes the line and
renders the rest again, so one bad tag never hides a page's other Liquid.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from liquid import Environment, Mode
from liquid.exceptions import LiquidError

from jekyll_liquid.tags import JEKYLL_TAGS, IncludeFailure

if TYPE_CHECKING:
    from liquid.stream import TokenStream

    from jekyll_liquid.tags import JekyllLookups

# Loops whose iterations multiply past this stop (a sitemap of 10,000 posts
# with a loop over 30 tags in each is 300,000).
LOOP_LIMIT = 1_000_000
# Bytes a template's variables, or its output, may hold.
SIZE_LIMIT = 32 * 1024 * 1024
# Tags left as written in one document before the whole text is kept.
MAX_KEPT_TAGS = 25
_TAG_NAME = re.compile(r"\{%-?\s*(\w+)")
# A tag or output statement; a raw block is one piece, its content not markup.
_MARKUP = re.compile(
    r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}|\{\{.*?\}\}|\{%.*?%\}", re.S
)


class JekyllEnvironment(Environment):
    """Liquid as Jekyll configures it, with limits no Jekyll site comes near."""

    loop_iteration_limit = LOOP_LIMIT
    local_namespace_limit = SIZE_LIMIT
    output_stream_limit = SIZE_LIMIT

    def __init__(self, lookups: JekyllLookups) -> None:
        super().__init__(tolerance=Mode.STRICT)
        self.lookups = lookups
        for tag in JEKYLL_TAGS:
            self.add_tag(tag)
        for name, tag in list(self.tags.items()):
            self.tags[name] = _Located(tag)  # type: ignore[assignment]


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


def include_failure(
    error: LiquidError, name: str, text: str, token: Any
) -> IncludeFailure:
    """Return an include's error, told where in the include it is, at ``token``."""
    if isinstance(error, IncludeFailure):
        return IncludeFailure(error.origin, token=token)
    start = _error_start(error, text)
    where = (
        f"{name}, line {text.count(chr(10), 0, start) + 1}"
        if start is not None
        else name
    )
    return IncludeFailure(f"in {where}: {_reason(error)}", token=token)


def _reason(error: LiquidError) -> str:
    if isinstance(error, IncludeFailure):
        return error.origin
    return str(error.message if hasattr(error, "message") else error).split("\n")[0]


def _error_start(error: LiquidError, source: str) -> int | None:
    """Return where in ``source`` the markup at fault is, if the error says."""
    marked = getattr(error, "markup_start", None)
    token = error.token
    for start in (marked, token.start_index if token is not None else None):
        if (
            start is not None
            and start >= 0
            and (token is None or token.source in ("", source))
        ):
            return start
    return None


def _span(source: str, start: int) -> tuple[int, int] | None:
    for found in _MARKUP.finditer(source):
        if found.start() <= start < found.end():
            return found.span()
    return None


@dataclass(slots=True)
class Rendered:
    """A text's Liquid rendered: the text, and the tags left as written."""

    text: str
    # (line in the text, what is wrong); line 0 when the error has none.
    problems: list[tuple[int, str]] = field(default_factory=list)


def render_kept(
    env: Environment,
    text: str,
    variables: Mapping[str, Any],
    before: Callable[[], None] = lambda: None,
) -> Rendered:
    """Render ``text``; a tag that fails is left as written and noted.

    ``before`` runs before each attempt (to forget what a failed one noted).
    """
    source, problems = text, []
    # Block tags kept as written: their end tags are kept with them, unnamed.
    kept_blocks: Counter[str] = Counter()
    for _ in range(MAX_KEPT_TAGS):
        before()
        try:
            return Rendered(env.from_string(source).render(**variables), problems)
        except LiquidError as error:
            start = _error_start(error, source)
            span = _span(source, start) if start is not None else None
            if span is None:
                problems.append((0, f"{_reason(error)}; the text is kept as written"))
                return Rendered(text, problems)
            a, b = span
            markup = source[a:b]
            tag = _TAG_NAME.match(markup)
            name = tag[1] if tag else ""
            if name.startswith("end") and kept_blocks[name[3:]]:
                kept_blocks[name[3:]] -= 1
            else:
                if getattr(env.tags.get(name), "block", False):
                    kept_blocks[name] += 1
                line = source.count("\n", 0, a) + 1
                problems.append(
                    (line, f"{_reason(error)}; {markup!r} is kept as written")
                )
            source = f"{source[:a]}{{% raw %}}{markup}{{% endraw %}}{source[b:]}"
    problems.append(
        (0, "too many tags that cannot be rendered; the text is kept as written")
    )
    return Rendered(text, problems)

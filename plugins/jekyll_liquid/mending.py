"""What the Liquid of a text does when part of it cannot be rendered.

As Jekyll under ``error_mode: warn``: markup the strict parser refuses is
read by Ruby's lax rules (``lax``); what still fails (a limit, a loop of
includes) renders nothing, its lines kept so later lines keep their
numbers; an error inside an include mends the include, not the page. Each
is noted at its line, and the text is rendered again: one bad tag never
hides a page's other Liquid, and no Liquid delimiter reaches the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from liquid.exceptions import LiquidError, LiquidSyntaxError

from jekyll_liquid.engine import JekyllEnvironment
from jekyll_liquid.lax import lax_markup
from jekyll_liquid.ruby_syntax import RAW_CLOSE, RAW_OPEN, as_python_liquid_reads
from jekyll_liquid.tags import IncludeFailure

# Markup mended in one text before it is shown without its Liquid: each
# mend parses the text again, so this bounds the work to a multiple of its
# size.
MAX_MENDS = 100
# A tag or output statement; a raw block is one piece, its content not markup.
_MARKUP = re.compile(rf"{RAW_OPEN}.*?{RAW_CLOSE}|\{{\{{.*?\}}\}}|\{{%.*?%\}}", re.S)
_RAW_OPEN = re.compile(RAW_OPEN)
_RAW = re.compile(rf"{RAW_OPEN}(.*?){RAW_CLOSE}", re.S)
# What is said of an opener never closed (``unclosed_as_text``).
UNCLOSED = "a '{{' or '{%' here is never closed; the text from it is shown as written"


def include_failure(
    error: LiquidError, name: str, text: str, token: Any, path: Any = None
) -> IncludeFailure:
    """Return an include's error, told where in the include it is, at ``token``."""
    if isinstance(error, IncludeFailure):
        return IncludeFailure(
            error.origin, token=token, path=error.path, error=error.error
        )
    start = _error_start(error, text)
    where = (
        f"{name}, line {text.count(chr(10), 0, start) + 1}"
        if start is not None
        else name
    )
    return IncludeFailure(
        f"in {where}: {reason_of(error)}", token=token, path=path, error=error
    )


def reason_of(error: LiquidError) -> str:
    """Return the first line of what a Liquid error says."""
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
    """A text's Liquid rendered: the text, and what could not be rendered."""

    text: str
    # (line in the text, what is wrong); line 0 when the error has none.
    problems: list[tuple[int, str]] = field(default_factory=list)


def mend(source: str, error: LiquidError, *, lax: bool) -> tuple[str, int, str] | None:
    """Return ``source`` with the markup at fault read laxly or taken out.

    As Jekyll under ``error_mode: warn``: markup the strict parser refuses
    is read by Ruby's lax rules (``lax.lax_markup``); what still fails
    renders nothing (its lines kept, so later lines keep their numbers).
    Returns the new source, the line of the markup and what was done; None
    when the error says nowhere.
    """
    start = _error_start(error, source)
    span = _span(source, start) if start is not None else None
    if span is None:
        return None
    a, b = span
    markup = source[a:b]
    line = source.count("\n", 0, a) + 1
    relaxed = lax_markup(markup) if lax and _is_syntax(error) else None
    if relaxed is not None:
        done = f"read as {relaxed.strip()!r}, as Jekyll reads it"
        return f"{source[:a]}{relaxed}{source[b:]}", line, f"{reason_of(error)}; {done}"
    blank = "\n" * markup.count("\n")
    done = f"{markup!r} renders nothing"
    return f"{source[:a]}{blank}{source[b:]}", line, f"{reason_of(error)}; {done}"


def _is_syntax(error: LiquidError) -> bool:
    return isinstance(error, LiquidSyntaxError)


def without_markup(text: str) -> str:
    """Return ``text`` with every tag and output taken out (raw text kept)."""

    def keep_raw(found: re.Match[str]) -> str:
        raw = _RAW.fullmatch(found[0])
        return raw[1] if raw else ""

    return _MARKUP.sub(keep_raw, text)


def unclosed_as_text(text: str) -> tuple[str, int | None]:
    """Return ``text`` with what follows a ``{{`` or ``{%`` never closed kept as text.

    Such an opener can start no Liquid; the lexer would try it again at
    every brace of a long run (quadratic). From the first one on, the text
    is raw: written as it is. Returns the text and that opener's line (None
    when every opener is closed).
    """
    cut = None
    for opener, closer in (("{{", "}}"), ("{%", "%}")):
        last = text.rfind(closer)
        found = text.find(opener, last + len(closer) if last >= 0 else 0)
        if found >= 0 and (cut is None or found < cut):
            cut = found
    if cut is None or _in_raw_block(text, cut):
        return text, None
    line = text.count("\n", 0, cut) + 1
    return f"{text[:cut]}{{% raw %}}{text[cut:]}{{% endraw %}}", line


def _in_raw_block(text: str, at: int) -> bool:
    """Return whether ``at`` lies in a raw block, closed after it."""
    opened = max((m.end() for m in _RAW_OPEN.finditer(text, 0, at)), default=-1)
    return opened > text.rfind("endraw", 0, at) and "endraw" in text[at:]


def render_kept(
    env: JekyllEnvironment,
    text: str,
    variables: Mapping[str, Any],
    before: Callable[[], None] = lambda: None,
    *,
    lax: bool = True,
    mend_include: Callable[[IncludeFailure], str | None] = lambda _failure: None,
) -> Rendered:
    """Render ``text``; markup that fails is read laxly or renders nothing.

    ``before`` runs before each attempt (to forget what a failed one noted);
    ``mend_include`` mends the include an error inside it came from (and
    says what it did), so the include tag itself still renders. Tags and
    filters the build does not know are named, once a build.
    """
    source, unclosed = unclosed_as_text(text)
    source = as_python_liquid_reads(source)
    problems = []
    if unclosed is not None:
        problems.append((unclosed, UNCLOSED))
    outer = env.take_unknown()  # a document rendered inside another's
    try:
        for _ in range(MAX_MENDS):
            before()
            for what, _ in env.take_unknown():
                env.known_unknowns.discard(what)  # an attempt that failed
            try:
                rendered = env.from_string(source).render(**variables)
            except IncludeFailure as failure:
                mended = mend_include(failure)
                if mended is not None:
                    problems.append((_line(failure, source), mended))
                    continue
                found = mend(source, failure, lax=False)
            except LiquidError as error:
                found = mend(source, error, lax=lax)
            else:
                problems += unknown_problems(
                    env.take_unknown(), source, env.site_plugins
                )
                return Rendered(rendered, problems)
            if found is None:
                break
            source, line, problem = found
            problems.append((line, problem))
        problems.append(
            (0, "Liquid that cannot be rendered; the page shows its text only")
        )
        return Rendered(without_markup(text), problems)
    finally:
        env.unknown = outer


def unknown_problems(
    found: list[tuple[str, int]],
    source: str,
    plugins: Callable[[], Mapping[str, str]] = dict,
) -> list[tuple[int, str]]:
    """Return what to say of each unknown tag or filter, at its line.

    ``plugins`` gives the site's own plugin file defining each, if any.
    """
    problems = []
    for what, noted in found:
        start = noted
        if what.startswith("URL"):
            problems.append(
                (0, f"{what} is not an http(s), mailto or site address; "
                 "it was left out")
            )  # fmt: skip
            continue
        if what.startswith("filter"):
            name = what.split("'")[1]
            use = re.search(rf"\|\s*{re.escape(name)}\b", source)
            start = use.start() if use else -1
            done = "it passes its input on unchanged, as in Jekyll"
        else:
            done = "it renders nothing"
        line = source.count("\n", 0, start) + 1 if start >= 0 else 0
        origin = plugins().get(what)
        said = (
            f"{what} comes from the site's Ruby plugin {origin}, which this build "
            "cannot run"
            if origin
            else f"{what} is not one this build knows (a Jekyll plugin's?)"
        )
        problems.append((line, f"{said}; {done}"))
    return problems


def _line(error: LiquidError, source: str) -> int:
    start = _error_start(error, source)
    return 0 if start is None else source.count("\n", 0, start) + 1

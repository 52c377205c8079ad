"""Typography of rendered HTML and of plain text, as typogrify gives it.

Typography follows kramdown's conventions (``--`` en dash, ``---`` em dash)
through typogrify and SmartyPants. Titles are plain text: they get curly
quotes and dashes as characters, never markup, so they are safe in
``<title>``, attributes and feeds once escaped.

The output is typogrify's with every filter on, byte for byte (the tests
compare them over generated fragments); the work it does is not: filters
that cannot change a fragment are not run, SmartyPants is handed only the
runs of text it can change, and ``widont`` looks only at the end of each
block.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import smartypants
from typogrify import filters

from jekyll_markdown.capitals import wrap_capitals
from jekyll_markdown.math import INLINE_DOLLARS, MATH_IN_HTML
from jekyll_markdown.raw_blocks import RAW_END, RAW_START, unmarked
from jekyll_markdown.text_runs import Closings

# SmartyPants reads its options from a module-wide default; Pelican sets it
# the same way: quotes, kramdown's dashes ("D"), ellipses, and "w" also
# converts &quot;. Not "b": kramdown reads ``''`` as two closing quotes, not
# as the end of a ````...''`` quotation.
_ATTR = smartypants.Attr
_ATTR.default = _ATTR.q | _ATTR.D | _ATTR.e | _ATTR.w
# Where kramdown closes a single quote SmartyPants opens: before a digit
# after any character but a space, ``[ { ( - \`` or an entity's ``;``
# (Jan'18, 5'10), before a decade after a space (the '80s), and after a
# closing one (perpetual'').
_KRAMDOWN_APOSTROPHE = re.compile(
    r"(?<=[^\s\[{(\-\\;])&#8216;(?=\d)|(?<!\S)&#8216;(?=\d\ds)|(?<=&#8217;)&#8216;"
)

_TYPOGRIFY_SKIP = ["pre", "code", "kbd", "samp", "script", "style", "math", "title"]
# The opening tag of a part typography leaves alone, as typogrify finds it.
_SKIP_OPENING = re.compile(
    r"<({})[^>]*>".format("|".join(_TYPOGRIFY_SKIP)), re.IGNORECASE
)
_SKIP_CLOSING = {tag: re.compile(f"</{tag}>", re.IGNORECASE) for tag in _TYPOGRIFY_SKIP}
# typogrify's ``amp`` and ``caps`` filters can change only a fragment that
# holds what these find (a lone ampersand; two capitals, or a capital and a
# dot, in a row). Many bodies hold neither, and both filters scan every tag.
_LONE_AMPERSAND = re.compile(r"(?:\s|&nbsp;)&(?:amp;|#38;)?(?:\s|&nbsp;)")
_CAPITALS = re.compile(r"[A-Z](?:\d*[A-Z]|\.)")
# With the options above, SmartyPants can change a run of text only where it
# holds one of these: a quote or backtick, an escape, ``&quot;``, dashes, an
# ellipsis.
_SMARTYPANTS_ACTS_ON = re.compile(r"""['"`\\]|&quot;|--|\.\.\.|\. \. \.""")
# A run of text that is only a quote is curled by the text before it.
_LONE_QUOTES = {
    "'": ("&#8216;", "&#8217;"),
    '"': ("&#8220;", "&#8221;"),
    "&quot;": ("&#8220;", "&#8221;"),
}
_NOT_SPACE = re.compile(r"\S")
_MARK = re.compile(f"[{RAW_START}{RAW_END}]")
# A formula set aside while typography runs.
_KEPT = re.compile("\x02(\\d+)\x03")
_SMARTYPANTS_SKIPS = smartypants._tags_to_skip_regex()
# What typogrify's widont looks for: a block's closing tag (or the end of the
# fragment), before it the closing inline tags it allows after the last word,
# and before the space it replaces, an opening or closing inline tag.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|dt|dd)>")
_INLINE_CLOSERS = ("</a>", "</em>", "</span>", "</strong>", "</i>", "</b>")
_INLINE_TAG = re.compile(r"</?(?:a|em|span|strong|i|b)")


def typographic_html(
    fragment: str, *, dollars: bool = False, symbols: Mapping[str, str] | None = None
) -> str:
    r"""Return an HTML fragment with typography applied outside code and tags.

    The result is typogrify's with every filter on; filters that cannot
    change the fragment are not run. Math is left exactly as written:
    kramdown's ``\(...\)`` and ``\[...\]``, and ``$...$`` where the
    site's MathJax reads it (``dollars``). ``symbols`` replaces the quotes
    and symbols made (``&#8217;``...) with a document's own, as kramdown's
    ``smart_quotes`` and ``typographic_symbols`` options give them.
    """
    if RAW_START in fragment:  # raw HTML blocks, written as they are
        return "".join(
            part if raw else typographic_html(part, dollars=dollars, symbols=symbols)
            for part, raw in _raw_parts(fragment)
        )
    formulas: list[str] = []

    def keep(found: re.Match[str]) -> str:
        formulas.append(found.group(0))
        return f"\x02{len(formulas) - 1}\x03"

    if "\\(" in fragment or "\\[" in fragment:
        fragment = MATH_IN_HTML.sub(keep, fragment)
    if dollars and "$" in fragment:
        fragment = INLINE_DOLLARS.sub(keep, fragment)
    amp = _LONE_AMPERSAND.search(fragment) is not None
    caps = _CAPITALS.search(fragment) is not None
    result = "".join(
        _typographic_section(section, amp=amp, caps=caps, symbols=symbols)
        if processed
        else section
        for section, processed in ignored_sections(fragment)
    )
    if formulas:
        result = _KEPT.sub(lambda found: formulas[int(found.group(1))], result)
    return result


def _raw_parts(fragment: str) -> list[tuple[str, bool]]:
    """Split a fragment at its raw blocks' marks: (part, whether raw).

    A raw block inside another is part of it.
    """
    parts: list[tuple[str, bool]] = []
    depth = start = 0
    for mark in _MARK.finditer(fragment):
        at = mark.start()
        if mark.group() == RAW_START:
            if depth == 0:
                parts.append((fragment[start:at], False))
                start = at + 1
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                parts.append((fragment[start:at], True))
                start = at + 1
    parts.append((fragment[start:], depth > 0))
    return [(unmarked(part), raw) for part, raw in parts if part]


def ignored_sections(text: str) -> list[tuple[str, bool]]:
    """Return typogrify's ``process_ignores(text, _TYPOGRIFY_SKIP)``, in linear time.

    typogrify finds each part to leave alone (``<code>...</code>``) with an
    expression that, for an opening tag never closed, reads to the text's
    end, at every such tag: thousands of ``<kbd>`` took seconds. Here each
    closing is found through ``Closings``.
    """
    sections: list[tuple[str, bool]] = []
    closings = Closings(text)
    position = searched = 0
    while (opening := _SKIP_OPENING.search(text, searched)) is not None:
        closing = closings.after(_SKIP_CLOSING[opening[1].lower()], opening.end())
        if closing is None:
            searched = opening.start() + 1
            continue
        if position != opening.start():
            sections.append((text[position : opening.start()], True))
        sections.append((text[opening.start() : closing.end()], False))
        position = searched = closing.end()
    if position < len(text):
        sections.append((text[position:], True))
    return sections


def _typographic_section(
    section: str, *, amp: bool, caps: bool, symbols: Mapping[str, str] | None
) -> str:
    # typogrify's own order of filters.
    if amp:
        section = filters.amp(section)
    section = kramdown_apostrophes(educated(section))
    for made, written in (symbols or {}).items():
        section = section.replace(made, written)
    if caps:
        section = wrap_capitals(section)
    return widont(filters.initial_quotes(section))


def educated(fragment: str) -> str:
    """Return ``smartypants.smartypants(fragment)``, run only where it can act.

    SmartyPants runs some twenty regular expressions over every run of text
    between two tags, whitespace included, though most runs hold nothing it
    changes. This walks the runs as it does (its own tokens, and the same
    elements left alone), keeps those runs as they are, and hands it each
    other run. A run that is only a quote gets the rule SmartyPants applies
    to it: closing after a character that is not a space.
    """
    educated_tokens = []
    skipped: list[str] = []
    previous_last = ""
    for kind, token in smartypants._tokenize(fragment):
        if kind == "tag":
            educated_tokens.append(token)
            skip = _SMARTYPANTS_SKIPS.match(token)
            if skip is None:
                continue
            name = skip.group(2).lower()
            if not skip.group(1):
                skipped.append(name)
            elif skipped and skipped[-1] == name:
                skipped.pop()
            continue
        if skipped or _SMARTYPANTS_ACTS_ON.search(token) is None:
            educated_tokens.append(token)
        elif token in _LONE_QUOTES:
            closing = _NOT_SPACE.match(previous_last) is not None
            educated_tokens.append(_LONE_QUOTES[token][closing])
        else:
            educated_tokens.append(smartypants.smartypants(token))
        previous_last = token[-1:]
    return "".join(educated_tokens)


def kramdown_apostrophes(fragment: str) -> str:
    """Return SmartyPants' output with the single quotes kramdown closes closed."""
    if "&#8216;" not in fragment:
        return fragment
    return _KRAMDOWN_APOSTROPHE.sub("&#8217;", fragment)


def widont(fragment: str) -> str:
    """Return ``typogrify.filters.widont(fragment)``, read from each block's end.

    typogrify's pattern is tried at every character of the fragment, which
    made it the costliest of the filters. What it replaces is fixed by the
    text before each closing block tag (and the fragment's end): the
    whitespace before the last word, once the closing inline tags and spaces
    after that word are passed, when an inline tag or a character other than
    ``<`` and ``>`` comes before it. This finds that space from the end.
    """
    pieces = []
    copied = 0
    block_ends = [match.start() for match in _BLOCK_END.finditer(fragment)]
    for end in (*block_ends, len(fragment)):
        space = _widow_space(fragment, end)
        if space is not None:
            pieces += (fragment[copied : space[0]], "&nbsp;")
            copied = space[1]
    pieces.append(fragment[copied:])
    return "".join(pieces)


def _widow_space(fragment: str, end: int) -> tuple[int, int] | None:
    """Return where the space before the last word ending at ``end`` lies."""
    position = end
    while position:
        if fragment[position - 1].isspace():
            position -= 1
            continue
        closer = next(
            (tag for tag in _INLINE_CLOSERS if fragment.endswith(tag, 0, position)),
            None,
        )
        if closer is None:
            break
        position -= len(closer)
    word_end = position
    while (
        position
        and fragment[position - 1] not in "<>"
        and not fragment[position - 1].isspace()
    ):
        position -= 1
    space_end = position
    if space_end == word_end:
        return None
    while position and fragment[position - 1].isspace():
        position -= 1
    if position in (0, space_end):
        return None
    before = fragment[position - 1]
    if before == "<":
        return None
    if before == ">":
        tag_start = fragment.rfind(">", 0, position - 1) + 1
        if not any(
            _INLINE_TAG.match(fragment, index)
            for index in range(tag_start, position - 1)
            if fragment[index] == "<"
        ):
            return None
    return position, space_end


def typographic_text(text: str) -> str:
    """Return plain ``text`` with curly quotes, dashes and ellipses as characters."""
    return html.unescape(kramdown_apostrophes(educated(html.escape(text, quote=False))))

"""Markup Ruby's Liquid parses and python-liquid refuses, rewritten before parsing.

Jekyll accepts these in any ``error_mode`` and says nothing, so neither does
this build:

- an empty output (``{{ }}``, ``{{--}}``, a whitespace trimmer) prints nil,
  with the trimming its dashes ask for (``{{-}}`` trims both sides);
- an end tag with words after its name (``{% endhighlight raw %}``,
  ``{% endcapture c %}``): Ruby reads the name alone;
- a property named like a keyword (``site.search.limit``, ``page.with``):
  Ruby looks it up, python-liquid reads a keyword; written ``["limit"]``;
- a variable named ``offset``, ``limit`` or ``cols`` (``{% capture offset
  %}``, ``{{ start | minus: offset }}``), which python-liquid reads as the
  loops' keyword wherever it stands; written ``__offset`` (not where it is
  the keyword, before a ``:``, nor an include's argument, before ``=``).

A raw block is left as it is (Ruby ends one only at a bare ``endraw``), and
so is quoted text. The rewriting is linear in the text, whatever openers
it holds never closed.
"""

from __future__ import annotations

import re
from typing import Final

# python-liquid's keywords that Ruby reads as a property after a dot.
_KEYWORDS: Final = (
    "true|false|nil|null|empty|blank|and|or|contains|not|in|offset|limit"
    "|reversed|cols|continue|with|for|as|if|else|required"
)
# A raw block's opening and closing tags (Liquid's patterns, shared).
RAW_OPEN: Final = r"\{%-?\s*raw\s*-?%\}"
RAW_CLOSE: Final = r"\{%-?\s*endraw\s*-?%\}"
# Each piece stops at the next opener of its kind: an opener never closed
# costs a scan to the next one, not to the end (linear in the text).
_PIECE: Final = re.compile(
    rf"(?P<raw>{RAW_OPEN}(?:(?!{RAW_OPEN}).)*?{RAW_CLOSE})"
    r"|(?P<end>\{%-?\s*end(?!raw\b)\w+)[ \t\r\n]+[^%]*?(?P<close>-?%\})"
    r"|\{\{(?P<left>-?)(?P<space>\s*?)(?P<right>-?)\}\}"
    r"|(?P<markup>\{\{(?:(?!\{\{).)*?\}\}|\{%(?:(?!\{%).)*?%\})",
    re.S,
)
_QUOTED: Final = r"""(?P<quoted>"[^"]*"|'[^']*')"""
_KEYWORD_PROPERTY: Final = rf"(?<=[\w\]])\.(?P<property>{_KEYWORDS})(?![\w?-])"
_NAME: Final = r"(?<![\w.?-])(?P<name>offset|limit|cols)(?![\w?-])(?!\s*:)"
_PROPERTY: Final = re.compile(rf"{_QUOTED}|{_KEYWORD_PROPERTY}|{_NAME}")
_PROPERTY_ONLY: Final = re.compile(rf"{_QUOTED}|{_KEYWORD_PROPERTY}")
# An include's markup is read by this build's own tag, not python-liquid's:
# only a variable it passes is renamed, not an argument (before "=") nor
# the file (cols.html).
_NAME_IN_INCLUDE: Final = re.compile(rf"{_QUOTED}|{_NAME}(?![./])(?!\s*=)")
# The tags whose markup python-liquid reads as expressions (the others'
# markup, a link's path or a citation's key, is read as written).
_TAG: Final = re.compile(r"\{%-?\s*(\w+)")
_EXPRESSION_TAGS: Final = frozenset(
    {"assign", "capture", "if", "elsif", "unless", "case", "when", "for",
     "tablerow", "cycle", "echo", "increment", "decrement", "liquid"}
)  # fmt: skip


def as_python_liquid_reads(text: str) -> str:
    """Return ``text`` with the markup above written as python-liquid reads it."""
    if "{{" not in text and "{%" not in text:
        return text
    return _PIECE.sub(_rewritten, text)


def _rewritten(found: re.Match[str]) -> str:
    if found["raw"] is not None:
        return found["raw"]
    if found["end"] is not None:
        return f"{found['end']} {found['close']}"
    if found["markup"] is not None:
        markup = found["markup"]
        return _rewriting(markup).sub(_as_index, markup)
    left, space, right = found["left"], found["space"], found["right"]
    if left and not space and not right:
        right = "-"
    return f"{{{{{left}{space} nil {right}}}}}"


def _rewriting(markup: str) -> re.Pattern[str]:
    """Return what to rewrite in one tag's or output's markup."""
    tag = _TAG.match(markup)
    if tag is None or tag[1] in _EXPRESSION_TAGS:
        return _PROPERTY  # an output, or an expression python-liquid reads
    if tag[1] in ("include", "include_cached", "include_relative"):
        return _NAME_IN_INCLUDE
    return _PROPERTY_ONLY


def _as_index(found: re.Match[str]) -> str:
    if found["quoted"] is not None:
        return found["quoted"]
    if found.groupdict().get("property") is not None:
        return f'["{found["property"]}"]'
    return f"__{found['name']}"

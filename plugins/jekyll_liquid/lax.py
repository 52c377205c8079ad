"""Liquid markup as Ruby's Liquid reads it when strict parsing fails.

Jekyll parses Liquid with ``error_mode: warn``: a tag or output that the
strict parser refuses is read again by the lax parser, a handful of regular
expressions that keep what they recognise and drop the rest (``{% for x in
list | sort %}`` loops over ``list``; ``{{ x | "text" }}`` applies a filter
named ``text``, which does not exist, so prints ``x``). These are those
expressions (Liquid 5's ``Variable#lax_parse``, ``For``, ``If``, ``Assign``,
``Capture``), turning markup into the strict markup that means the same.
"""

from __future__ import annotations

import re
from typing import Final

# Liquid's own building blocks (lib/liquid.rb).
_QUOTED_STRING: Final = r"\"[^\"]*\"|'[^']*'"
_QUOTED_FRAGMENT: Final = rf"(?:{_QUOTED_STRING}|(?:[^\s,\|'\"]|{_QUOTED_STRING})+)"
_VARIABLE_SIGNATURE: Final = r"\(?[\w\-\.\[\]]\)?"
_MARKUP_WITH_FRAGMENT: Final = re.compile(rf"({_QUOTED_FRAGMENT})(.*)", re.S)
_FILTER_MARKUP: Final = re.compile(r"\|\s*(.*)", re.S)
_FILTER_PARSER: Final = re.compile(rf"(?:\s+|{_QUOTED_FRAGMENT}|,)+")
_FILTER_ARGS: Final = re.compile(rf"(?:[:,])\s*((?:\w+\s*:\s*)?{_QUOTED_FRAGMENT})")
_WORD: Final = re.compile(r"\w+")
_FOR: Final = re.compile(rf"\A([\w\-]+)\s+in\s+({_QUOTED_FRAGMENT}+)\s*(reversed)?")
_TAG_ATTRIBUTES: Final = re.compile(rf"(\w[\w-]*)\s*:\s*({_QUOTED_FRAGMENT})")
_ASSIGN: Final = re.compile(rf"({_VARIABLE_SIGNATURE}+)\s*=\s*(.*)\s*", re.S)
_CAPTURE: Final = re.compile(rf"({_VARIABLE_SIGNATURE}+)")
_CONDITION: Final = re.compile(
    rf"({_QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({_QUOTED_FRAGMENT})?"
)
_AND_OR: Final = r"\b(?:\s?and\s?|\s?or\s?)\b"
_EXPRESSIONS_AND_OPERATORS: Final = re.compile(
    rf"(?:{_AND_OR}|(?:\s*(?!{_AND_OR})(?:{_QUOTED_FRAGMENT}|\S+)\s*)+)"
)
# What Ruby's ``Expression.parse`` takes as a literal; anything else is a
# variable lookup of the names and ``[...]`` it holds (``{{include.url}}``,
# written where a name belongs, looks up ``include.url``).
_LITERAL: Final = re.compile(
    r"""\A(?:nil|null|true|false|blank|empty|"[^"]*"|'[^']*'|-?\d+|-?\d[\d.]+"""
    r"|\(\S+\.\.\S+\))\Z"
)
_LOOKUP_PART: Final = re.compile(r"\[[^\]]*\]|[\w-]+\??")
# Words python-liquid reads as its own, never as a name: Ruby looks them up
# as variables no site sets (``${{ if x }}``, Azure's syntax in a post), nil.
_RESERVED: Final = frozenset({
    "if", "else", "and", "or", "not", "in", "contains", "with", "as", "for",
    "required", "limit", "offset", "reversed", "cols",
})  # fmt: skip
_OPERATORS: Final = frozenset({"==", "!=", "<>", "<", ">", ">=", "<=", "contains"})
# A whole tag or output: its delimiters (with whitespace control) and inside.
_TAG: Final = re.compile(r"(\{%-?)\s*(\w+)\s*(.*?)\s*(-?%\})\Z", re.S)
_OUTPUT: Final = re.compile(r"(\{\{-?)(.*?)(-?\}\})\Z", re.S)


def _expression(fragment: str) -> str:
    """Return an operand as Ruby's ``Expression.parse`` reads it."""
    if _LITERAL.match(fragment):
        return fragment
    parts = _LOOKUP_PART.findall(fragment)
    if not parts:
        return "nil"
    head, *rest = parts
    if head in _RESERVED:
        return "nil"
    return head + "".join(part if part[0] == "[" else "." + part for part in rest)


def lax_variable(markup: str) -> str:
    """Return a variable's markup (``x | f: a``) as the lax parser reads it."""
    found = _MARKUP_WITH_FRAGMENT.match(markup.strip())
    if found is None:
        return ""
    parts = [_expression(found[1])]
    filters = _FILTER_MARKUP.search(found[2])
    if filters is not None:
        for chunk in _FILTER_PARSER.findall(filters[1]):
            name = _WORD.search(chunk)
            if name is None:
                continue
            arguments = _FILTER_ARGS.findall(chunk)
            parts.append(name[0] + (": " + ", ".join(arguments) if arguments else ""))
    return " | ".join(parts)


def _condition(markup: str) -> str | None:
    pieces = _EXPRESSIONS_AND_OPERATORS.findall(markup)
    written: list[str] = []
    while pieces:
        found = _CONDITION.match(pieces.pop(0).strip())
        if found is None:
            return None
        left, operator, right = found.groups()
        if operator in _OPERATORS and right is not None:
            written.append(f"{_expression(left)} {operator} {_expression(right)}")
        else:
            written.append(_expression(left))
        if pieces:
            joiner = pieces.pop(0).strip()
            if joiner not in ("and", "or"):
                return None
            written.append(joiner)
    return " ".join(written) if written else None


def _for(markup: str) -> str | None:
    found = _FOR.match(markup)
    if found is None:
        return None
    written = f"{found[1]} in {_expression(found[2])}"
    written += " reversed" if found[3] else ""
    for key, value in _TAG_ATTRIBUTES.findall(markup):
        if key in ("limit", "offset"):
            written += f" {key}: {value}"
    return written


def _assign(markup: str) -> str | None:
    found = _ASSIGN.match(markup)
    if found is None:
        return None
    return f"{found[1]} = {lax_variable(found[2]) or 'nil'}"


def _capture(markup: str) -> str | None:
    found = _CAPTURE.match(markup)
    return found[1] if found else None


_TAGS: Final = {
    "if": _condition,
    "elsif": _condition,
    "unless": _condition,
    "for": _for,
    "assign": _assign,
    "capture": _capture,
}


def lax_markup(markup: str) -> str | None:
    """Return ``{{ }}`` or ``{% %}`` markup as Ruby's lax parser reads it.

    None when the lax parser has no rule for it (another tag) or reads it
    as it is written.
    """
    output = _OUTPUT.match(markup)
    if output is not None:
        inside = lax_variable(output[2])
        written = f"{output[1]} {inside} {output[3]}" if inside else ""
    else:
        tag = _TAG.match(markup)
        rule = _TAGS.get(tag[2]) if tag is not None else None
        if tag is None or rule is None:
            return None
        inside = rule(tag[3])
        if inside is None:
            return None
        written = f"{tag[1]} {tag[2]} {inside} {tag[4]}"
    return None if written == markup else written

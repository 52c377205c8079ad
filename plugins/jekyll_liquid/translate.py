"""Translate Liquid, the common subset Jekyll content uses, into Jinja.

Outputs (``{{ x | f: a, b }}``), ``if``/``elsif``/``unless``/``case``,
``for`` (with ``limit``, ``offset``, ``reversed``), ``assign``,
``capture``, ``comment``, ``raw`` and Jekyll's ``include``,
``include_relative``, ``highlight``, ``link`` and ``post_url`` tags. A tag
this subset does not know is kept as text and reported, never dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\{%-?\s*(.*?)\s*-?%\}|\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_RAW_BLOCK = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.DOTALL)
_COMMENT_BLOCK = re.compile(
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL
)
_WORDS = re.compile(r"""("[^"]*"|'[^']*'|\S+)""")
_RANGE = re.compile(r"^\((\S+)\.\.(\S+)\)$")
# Liquid's array properties, which are filters in Jinja.
_SPECIAL_PROPERTY = re.compile(r"^([A-Za-z_][\w.]*)\.(size|first|last)$")
_LIQUID_OPERATORS = {"and", "or", "==", "!=", "<>", "<", ">", "<=", ">=", "contains"}
_BLOCK_ENDS = {"endif": "endif", "endunless": "endif", "endfor": "endfor"}


@dataclass(slots=True)
class Translation:
    """The Jinja source and what could not be translated."""

    source: str
    unknown: list[str] = field(default_factory=list)
    missing_includes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LinkResolver:
    """How ``include``, ``link`` and ``post_url`` find what they name."""

    # (name, relative?) -> the loader's key for that include, or None if missing
    include_key: Callable[[str, bool], str | None]
    post_path: Callable[[str], str | None]


def _literal(text: str) -> str:
    """Return Jinja that outputs ``text`` as it is."""
    return "{{ " + json.dumps(text) + " }}"


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    """Split ``text`` on ``separator``, except inside quoted strings."""
    parts, current, quote = [], [], None
    for char in text:
        if quote:
            current.append(char)
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
            current.append(char)
        elif char == separator:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


def _value(token: str) -> str:
    """Translate one Liquid value: a literal, a range or a variable path."""
    token = token.strip()
    if token in ("nil", "null"):
        return "none"
    if token in ("empty", "blank"):
        return "lq_empty_marker"
    ranged = _RANGE.match(token)
    if ranged:
        return f"range({_value(ranged.group(1))}, ({_value(ranged.group(2))}) + 1)"
    if token.startswith("forloop."):
        return "loop." + token.removeprefix("forloop.")
    special = _SPECIAL_PROPERTY.match(token)
    if special:
        return f"({_value(special.group(1))}) | lq_{special.group(2)}()"
    return token


def output_expression(expression: str) -> str:
    """Translate ``value | filter: a, b | other`` into Jinja filter calls."""
    head, *filters = _split_outside_quotes(expression, "|")
    result = _value(head)
    for item in filters:
        name, _, arguments = item.partition(":")
        name = name.strip()
        args = [_value(a) for a in _split_arguments(arguments)] if arguments else []
        keywords = [a for a in args if re.match(r"^\w+\s*:", a)]
        positional = [a for a in args if a not in keywords]
        call = ", ".join(positional + [k.replace(":", "=", 1) for k in keywords])
        result = f"({result}) | lq_{name}({call})"
    return result


def _split_arguments(arguments: str) -> list[str]:
    return [part for part in _split_outside_quotes(arguments, ",") if part]


def condition(expression: str) -> str:
    """Translate a Liquid condition (``and``/``or``, ``contains``, ``empty``)."""
    words = _WORDS.findall(expression)
    clauses: list[str] = []
    joiners: list[str] = []
    current: list[str] = []
    for word in [*words, "or"]:
        if word in ("and", "or"):
            clauses.append(_comparison(current))
            joiners.append(word)
            current = []
        else:
            current.append(word)
    joiners.pop()
    # Liquid evaluates and/or from right to left, without precedence.
    result = clauses[-1]
    for joiner, clause in zip(reversed(joiners), reversed(clauses[:-1]), strict=True):
        result = f"({clause} {joiner} {result})"
    return result


def _comparison(words: list[str]) -> str:
    if len(words) == 3 and words[1] in _LIQUID_OPERATORS:
        left, operator, right = words
        if operator == "contains":
            return f"lq_contains({_value(left)}, {_value(right)})"
        if right in ("empty", "blank") or left in ("empty", "blank"):
            subject = left if right in ("empty", "blank") else right
            test = f"lq_is_empty({_value(subject)})"
            return test if operator == "==" else f"(not {test})"
        operator = "!=" if operator == "<>" else operator
        return f"({_value(left)} {operator} {_value(right)})"
    return f"lq_truthy({output_expression(' '.join(words))})"


def _for_tag(arguments: str) -> str:
    match = re.match(r"(\w+)\s+in\s+(\S+)(.*)$", arguments.strip())
    if match is None:
        raise ValueError(arguments)
    name, collection, options = match.groups()
    limit = re.search(r"limit\s*:\s*(\S+)", options)
    offset = re.search(r"offset\s*:\s*(\S+)", options)
    reversed_ = "reversed" in options.split()
    source = (
        f"lq_slice({_value(collection)}, {_value(offset.group(1)) if offset else 0}, "
        f"{_value(limit.group(1)) if limit else 'none'}, {reversed_})"
    )
    return f"{{% for {name} in {source} %}}"


def _include_tag(
    arguments: str, relative: bool, resolver: LinkResolver, out: Translation
) -> str | None:
    words = _WORDS.findall(arguments)
    if not words or "{{" in arguments:
        out.unknown.append("include with a computed name")
        return None
    name = words[0].strip("\"'")
    key = resolver.include_key(name, relative)
    if key is None:
        out.missing_includes.append(name)
        return ""  # renders nothing, as an empty include would
    params = {}
    for word in words[1:]:
        if "=" in word:
            param, _, value = word.partition("=")
            params[param] = _value(value)
    mapping = "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in params.items()) + "}"
    include = f"{{% include {json.dumps(key)} %}}"
    return f"{{% with include = {mapping} %}}{include}{{% endwith %}}"


_ADDRESS_BEFORE_LINK = re.compile(
    r"(?:\{\{-?\s*(?:site\.url|site\.baseurl|base_path)\s*-?\}\})+"
    r"(?=\{%-?\s*(?:post_url|link)\b)"
)


def translate(text: str, resolver: LinkResolver) -> Translation:
    """Return ``text`` (Liquid) as Jinja, with what could not be translated."""
    out = Translation("")
    raws: list[str] = []

    def keep_raw(match: re.Match[str]) -> str:
        raws.append(match.group(1))
        return f"\x00RAW{len(raws) - 1}\x00"

    text = _RAW_BLOCK.sub(keep_raw, _COMMENT_BLOCK.sub("", text))
    # The site's address before a link tag: the link is the whole URL already
    # (Jekyll 4's tags add the baseurl themselves; here Pelican's {filename}
    # gives the site's URL), and text before {filename} would keep Pelican
    # from reading it, leaving the placeholder in the page.
    text = _ADDRESS_BEFORE_LINK.sub("", text)
    case_stack: list[bool] = []
    pieces: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        pieces.append(_plain(text[position : match.start()]))
        position = match.end()
        tag, output = match.group(1), match.group(2)
        if output is not None:
            pieces.append("{{ " + output_expression(output) + " }}")
            continue
        translated = _tag(tag, resolver, out, case_stack)
        if translated is None:
            pieces.append(_literal(match.group(0)))
        else:
            pieces.append(translated)
    pieces.append(_plain(text[position:]))
    source = "".join(pieces)
    for index, raw in enumerate(raws):
        source = source.replace(f"\x00RAW{index}\x00", _literal(raw))
    out.source = source
    return out


def _plain(text: str) -> str:
    """Protect text that Jinja would read as syntax but Liquid does not."""
    if "{#" not in text and "#}" not in text:
        return text
    return text.replace("{#", "{{ '{#' }}")


def _tag(
    tag: str, resolver: LinkResolver, out: Translation, case_stack: list[bool]
) -> str | None:
    name, _, arguments = tag.partition(" ")
    arguments = arguments.strip()
    if name in ("if", "elsif"):
        keyword = "if" if name == "if" else "elif"
        return f"{{% {keyword} {condition(arguments)} %}}"
    if name == "unless":
        return f"{{% if not {condition(arguments)} %}}"
    if name == "else":
        return "{% else %}"
    if name in _BLOCK_ENDS:
        return f"{{% {_BLOCK_ENDS[name]} %}}"
    if name == "case":
        case_stack.append(False)
        return f"{{% set lq_case = {output_expression(arguments)} %}}"
    if name == "when" and case_stack:
        values = [_value(v) for v in _split_arguments(arguments.replace(" or ", ","))]
        test = " or ".join(f"lq_case == {v}" for v in values)
        keyword = "elif" if case_stack[-1] else "if"
        case_stack[-1] = True
        return f"{{% {keyword} {test} %}}"
    if name == "endcase" and case_stack:
        return "{% endif %}" if case_stack.pop() else ""
    if name == "for":
        try:
            return _for_tag(arguments)
        except ValueError:
            out.unknown.append(tag)
            return None
    if name in ("break", "continue"):
        return f"{{% {name} %}}"
    if name == "assign":
        variable, _, expression = arguments.partition("=")
        return f"{{% set {variable.strip()} = {output_expression(expression)} %}}"
    if name == "capture":
        return f"{{% set {arguments} %}}"
    if name == "endcapture":
        return "{% endset %}"
    if name in ("include", "include_relative"):
        return _include_tag(arguments, name == "include_relative", resolver, out)
    if name == "highlight":
        words = arguments.split() or ["text"]
        numbered = any(word.startswith("linenos") for word in words[1:])
        return f"{{% filter lq_highlight({json.dumps(words[0])}, {numbered}) %}}"
    if name == "endhighlight":
        return "{% endfilter %}"
    if name == "link":
        return "{filename}/" + arguments.strip().strip("\"'").lstrip("/")
    if name == "post_url":
        found = resolver.post_path(arguments.strip())
        if found is None:
            out.unknown.append(f"post_url {arguments.strip()} (no such post)")
            return None
        return "{filename}/" + found
    out.unknown.append(tag)
    return None

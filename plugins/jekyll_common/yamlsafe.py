"""YAML as Jekyll reads it (YAML 1.1, like Ruby's Psych), loaded safely.

Only plain data is ever built: PyYAML's safe constructor, with libyaml's C
parser when it is installed. Duplicate keys are reported instead of being
silently merged.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, Final

import yaml

from jekyll_common.errors import ContentError, YamlSyntaxError

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKeys:
    """Records keys given twice in one mapping (a loader mixin).

    A mapping or list as a key (``name: {{ site.title }}``, Liquid written
    unquoted, is a mapping whose key is a mapping) is kept as the text it
    was written in: Ruby's Psych reads it, where PyYAML refuses the whole
    document.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)  # type: ignore[call-arg]
        self.duplicates: list[tuple[str, int]] = []
        self.text = stream

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
                if key in seen:
                    self.duplicates.append((key, key_node.start_mark.line + 1))
                seen.add(key)
        if all(isinstance(key_node, yaml.ScalarNode) for key_node, _ in node.value):
            return super().construct_mapping(node, deep=deep)  # type: ignore[misc]
        self.flatten_mapping(node)  # type: ignore[attr-defined]
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            if not isinstance(key, Hashable):
                key = self.text[key_node.start_mark.index : key_node.end_mark.index]
            mapping[key] = self.construct_object(value_node, deep=deep)  # type: ignore[attr-defined]
        return mapping


class _DuplicateKeyLoader(_DuplicateKeys, _BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader (libyaml's when installed) that records duplicate keys."""


class _RedefiningLoader(_DuplicateKeys, yaml.SafeLoader):
    """The same, where an anchor may be defined again, as Ruby's Psych allows.

    Theme data files reuse anchor names (``&default`` on every entry); an
    alias then means the latest definition. libyaml's composer refuses
    them, so such a document is composed again by this pure-Python one.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None and not isinstance(event, yaml.AliasEvent):
            self.anchors.pop(anchor, None)
        return super().compose_node(parent, index)


for _loader in (_DuplicateKeyLoader, _RedefiningLoader):
    _loader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _loader.construct_mapping
    )


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """Loaded YAML data and the keys that were given more than once."""

    data: Any
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)


def load_yaml(text: str, first_line: int = 1) -> YamlDocument:
    """Load one YAML document safely.

    ``first_line`` is the file line where ``text`` starts, so errors and
    duplicate keys are reported at their line in the file. Raises
    ContentError for syntax errors (at the line and column where the
    problem starts, with a hint for the common mistakes) and for tags that
    would build objects.
    """
    loader = _DuplicateKeyLoader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.composer.ComposerError as error:
            if "duplicate anchor" not in f"{error.context} {error.problem}":
                raise
            loader.dispose()
            loader = _RedefiningLoader(text)
            node = loader.get_single_node()
        if node is not None:
            _check_size(node, first_line)
        data = loader.construct_document(node) if node is not None else None
    except ContentError:  # a ValueError too: already says what and where
        raise
    except (ValueError, OverflowError) as error:
        # A value YAML reads but no Python object holds: a date of year 0,
        # February 30, an offset of 25 hours.
        raise _unbuildable(loader, node, error, first_line) from None
    except yaml.MarkedYAMLError as error:
        raise syntax_error(error, text, first_line) from None
    except yaml.YAMLError as error:
        raise ContentError(f"YAML error: {error}", line=first_line) from None
    finally:
        loader.dispose()
    duplicates = [(key, first_line + line - 1) for key, line in loader.duplicates]
    return YamlDocument(data, duplicates)


def syntax_error(
    error: yaml.MarkedYAMLError, text: str, first_line: int = 1
) -> ContentError:
    """Return a PyYAML error as a ContentError at the place the problem starts.

    PyYAML marks the problem (often the end of the file, for a quote never
    closed) and the construct it was reading (the quote). The construct is
    shown when the problem is that it never ended (the problem is at the
    end of the text); the problem otherwise,
    with the construct named beside it.
    """
    problem = (error.problem or "invalid YAML").strip()
    context, start = (error.context or "").strip(), error.context_mark
    mark = error.problem_mark or start
    # A problem found at the end of the text means what started at the
    # context mark never ended: show where it started, not the file's end.
    if start is not None and mark.index >= len(text.rstrip()):
        mark = start
    message = f"YAML error: {problem}"
    # A tag that would build an object parses; it is refused, not misread.
    builds_object = "could not determine a constructor" in problem
    if builds_object:
        message += "; tags that build objects are not allowed"
    if context and start is not None and _place(start) != _place(mark):
        message += f" ({context} at line {first_line + start.line}, "
        message += f"column {start.column + 1})"
    hint = _hint(problem, context, _character_at(text, mark))
    if hint:
        message += f". {hint}"
    kind = ContentError if builds_object else YamlSyntaxError
    if mark is None:
        return kind(message, line=first_line)
    return kind(message, line=first_line + mark.line, column=mark.column + 1)


def _place(mark: Any) -> tuple[int, int] | None:
    return None if mark is None else (mark.line, mark.column)


def _character_at(text: str, mark: Any) -> str:
    """Return the character of ``text`` at a mark ("" past the end)."""
    if mark is None:
        return ""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column : mark.column + 1]


def _hint(problem: str, context: str, character: str) -> str:
    """Return what to do about the common YAML mistakes ("" for the others)."""
    if character == "\t":
        return "YAML indents with spaces, never tabs"
    if "quoted scalar" in context:
        return "A quote opened here is never closed: close it on the same value"
    if "mapping values are not allowed" in problem:
        return "A value holding ': ' must be quoted, as in title: \"Part 1: the start\""
    if "flow sequence" in context or "flow mapping" in context:
        return "A [ or { opened there is not closed where expected"
    if "undefined alias" in problem:
        return "Quote a value that starts with *, or define the &anchor first"
    if character in ("@", "`", "%"):
        return "Quote a value that starts with @, ` or %"
    return ""


# How much aliases may add to a YAML document once expanded, and how deeply
# it may nest: a few hundred bytes of aliases (a "billion laughs") expand to
# billions of values, and thousands of nested lists overflow every walk of
# the data afterwards. Values written out count for nothing here: a data
# file of 20,000 plain records is read whatever its size.
MAX_YAML_VALUES: Final = 100_000
MAX_YAML_DEPTH: Final = 100


def _check_size(root: yaml.Node, first_line: int) -> None:
    """Raise ContentError when ``root`` expands past the limits above.

    Each node's expanded size and depth are computed once (aliases share
    nodes), without recursion; a node that contains itself never ends. A
    node met again (an alias) adds its expanded size to what aliases add.
    """
    sizes: dict[int, tuple[int, int]] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    claimed: set[int] = set()
    added = 0
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            size, depth = 1, 1
            for child in _children(node):
                child_size, child_depth = sizes[id(child)]
                size, depth = size + child_size, max(depth, child_depth + 1)
                if id(child) in claimed:
                    added += child_size
                claimed.add(id(child))
            if added > MAX_YAML_VALUES or depth > MAX_YAML_DEPTH:
                raise _too_large(node, first_line, depth)
            sizes[key] = (size, depth)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise ContentError(
                "YAML error: an alias refers to the value that holds it, so the "
                "value never ends; remove the alias",
                line=first_line + node.start_mark.line,
            )
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend(
            (child, False) for child in _children(node) if id(child) not in sizes
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _too_large(node: yaml.Node, first_line: int, depth: int) -> ContentError:
    if depth > MAX_YAML_DEPTH:
        what = f"nests deeper than {MAX_YAML_DEPTH} levels"
    else:
        what = f"expands to more than {MAX_YAML_VALUES:,} values (aliases: *name)"
    return ContentError(
        f"YAML error: the data {what}; it was not read. Write it out plainly",
        line=first_line + node.start_mark.line,
    )


def _unbuildable(
    loader: Any, root: yaml.Node, error: Exception, first_line: int
) -> ContentError:
    """Return the error for a value that cannot be built, at its line.

    Each date and time of the document is built alone until one fails: that
    one is named (a value of another type, at the document's first line).
    """
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # aliases share nodes: each is tried once
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if node.tag != "tag:yaml.org,2002:timestamp":
                continue
            try:
                loader.construct_yaml_timestamp(node)
            except (ValueError, OverflowError) as found:
                return ContentError(
                    f"YAML error: {node.value!r} is not a date that exists "
                    f"({found}); write a real date as YYYY-MM-DD",
                    line=first_line + node.start_mark.line,
                    column=node.start_mark.column + 1,
                )
        else:
            stack.extend(reversed(_children(node)))
    return ContentError(
        f"YAML error: a value cannot be read ({error})", line=first_line
    )

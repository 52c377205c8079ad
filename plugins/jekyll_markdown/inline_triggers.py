"""Python-Markdown's inline pass, trying only the patterns a text can match.

Python-Markdown tries every inline pattern (code, links, emphasis, HTML...)
on every piece of text, one regular expression and five Python calls each:
a third of a post's Markdown time. Most patterns cannot match a text that
lacks a character they require (a link a ``[``, code a backtick), so each
pattern's required characters are read from its expression once, and a
pattern is tried only on a text holding one of them. What matches is
unchanged: a pattern skipped is one that would have found nothing.

No hook serves: the pass is ``InlineProcessor``'s private ``__handleInline``,
replaced here by its own loop with the test added. Pinned to the Markdown
of ``requirements.txt`` by ``tests/jekyll_markdown/test_inline_triggers.py``.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any
from xml.etree import ElementTree as etree

from markdown import Markdown, util
from markdown.inlinepatterns import InlineProcessor as PatternProcessor
from markdown.treeprocessors import InlineProcessor

# A trigger: characters of which a text must hold one for the pattern to
# match; None when the expression does not tell (the pattern is always tried).
Trigger = frozenset[str] | None


class TriggeredInlineProcessor(InlineProcessor):
    """Python-Markdown's inline pass, skipping patterns a text cannot match."""

    def run(
        self, tree: etree.Element, ancestors: list[str] | None = None
    ) -> etree.Element:
        """Read the patterns' triggers (once per registry), then run the pass."""
        patterns = tuple(self.inlinePatterns)
        if getattr(self, "_for", None) != patterns:
            self._for = patterns
            self._triggers = [_searcher(pattern_trigger(p)) for p in patterns]
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        """Apply, from ``patternIndex`` on, each pattern the text may match."""
        if isinstance(data, util.AtomicString):
            return data
        apply = self._InlineProcessor__applyPattern  # type: ignore[attr-defined]
        triggers = self._triggers
        start = 0
        index = patternIndex
        count = len(self.inlinePatterns)
        while index < count:
            trigger = triggers[index]
            # From ``start``, where the pattern's own search begins: looked
            # for from the text's beginning, each match of a pattern read the
            # text again (quadratic in the matches of a paragraph).
            if trigger is not None and not trigger.search(data, start):
                index, start = index + 1, 0  # as a pattern that found nothing
                continue
            data, matched, start = apply(self.inlinePatterns[index], data, index, start)
            if not matched:
                index += 1
        return data


def _searcher(trigger: Trigger) -> re.Pattern[str] | None:
    """Return an expression finding any of a trigger's characters."""
    if trigger is None:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(trigger)) + "]")


def pattern_trigger(pattern: Any) -> Trigger:
    """Return the characters of which any match of ``pattern`` holds one."""
    if not isinstance(pattern, PatternProcessor):
        return None
    compiled = getattr(pattern, "compiled_re", None)
    if not isinstance(compiled, re.Pattern) or not isinstance(compiled.pattern, str):
        return None
    if compiled.flags & re.IGNORECASE:
        return None
    try:
        return _required(sre_parse.parse(compiled.pattern, compiled.flags))
    except Exception:  # noqa: BLE001 (an expression not understood: always tried)
        return None


def _required(items: Any) -> Trigger:
    """Return a trigger of a sequence: that of its first item that has one."""
    for op, value in items:
        found = _item(op, value)
        if found is not None:
            return found
    return None


def _item(op: Any, value: Any) -> Trigger:
    if op is sre_constants.LITERAL:
        return frozenset(chr(value))
    if op is sre_constants.IN:
        return _character_set(value)
    if op is sre_constants.SUBPATTERN:
        return _required(value[-1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, _POSSESSIVE):
        low, _, body = value
        return _required(body) if low >= 1 else None
    if op is sre_constants.ASSERT and value[0] == 1:  # a lookahead: in the text
        return _required(value[1])
    if op is sre_constants.BRANCH:
        options = [_required(branch) for branch in value[1]]
        if any(option is None for option in options):
            return None
        return frozenset().union(*options)  # type: ignore[arg-type]
    return None


def _character_set(members: Any) -> Trigger:
    found: set[str] = set()
    for op, value in members:
        if op is sre_constants.LITERAL:
            found.add(chr(value))
        elif op is sre_constants.RANGE and value[1] - value[0] < 128:
            found.update(chr(c) for c in range(value[0], value[1] + 1))
        else:  # a negated set, a class (\s, \w...): not told
            return None
    return frozenset(found)


_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", object())


def register_inline_triggers(md: Markdown) -> None:
    """Replace Python-Markdown's inline pass (20) with the triggered one."""
    md.treeprocessors.register(TriggeredInlineProcessor(md), "inline", 20)

"""Links and images whose text is never closed, given up on at once.

Python-Markdown's link processors read a link's text from its ``[`` to the
``]`` that balances it, one character at a time; with no ``]`` left in the
paragraph that read goes to the paragraph's end, for every ``[`` and for
each of the six processors (links, images, references): thousands of ``[``
took seconds, quadratic in their number. Here each processor first asks
whether any ``]`` follows (the paragraph's last one, found once per text):
without one, the answer is the one its own read would give.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.inlinepatterns import LinkInlineProcessor


class _ClosedTextFirst:
    """A link processor that reads a text only where a ``]`` follows."""

    _scanned: str | None = None
    _last_close = -1

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        """Return Python-Markdown's ``getText``, at once when no ``]`` follows."""
        if data is not self._scanned:
            self._scanned, self._last_close = data, data.rfind("]")
        if self._last_close < index:
            return data[index:], len(data), False
        return super().getText(data, index)  # type: ignore[misc]


def _closed_text_first(kind: type[Any]) -> type[Any]:
    return type(kind.__name__, (_ClosedTextFirst, kind), {"__module__": __name__})


def register_link_text(md: Markdown) -> None:
    """Put each link processor back as one that gives up on unclosed text."""
    # Each processor's name and priority: the registry has no public list.
    for item in list(md.inlinePatterns._priority):
        found = md.inlinePatterns[item.name]
        if isinstance(found, LinkInlineProcessor) and not isinstance(
            found, _ClosedTextFirst
        ):
            again = _closed_text_first(type(found))(found.pattern, md)
            md.inlinePatterns.register(again, item.name, item.priority)

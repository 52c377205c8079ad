"""Excerpts in Jekyll's order of precedence.

1. ``excerpt`` in the front matter;
2. else the text before the document's ``excerpt_separator`` (front matter),
   or the site's (``_config.yml``; Jekyll's default is a blank line, so the
   first paragraph).

As Jekyll's ``Excerpt``, the source text before the separator is rendered
with the document's own Markdown, with the document's link reference
definitions appended so reference-style links still resolve.
"""

from __future__ import annotations

import re

_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S.*$", re.MULTILINE)


def excerpt_source(body: str, separator: str) -> str:
    """Return the Markdown source of the excerpt: the text before ``separator``.

    Leading blank lines are skipped first, so a body that opens with a blank
    line still has its first paragraph as excerpt.
    """
    text = body.lstrip("\n")
    if not separator:
        return text
    head = text.split(separator, 1)[0]
    if head != text:
        definitions = _LINK_DEFINITION.findall(text[len(head) :])
        if definitions:
            head = head + "\n\n" + "\n".join(definitions)
    return head.strip("\n")

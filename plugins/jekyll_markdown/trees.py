"""Text placed in an ElementTree as a serialised page reads it.

An element's text before its first child is ``text``; text after a child
is that child's ``tail``. The tree processors that build elements
(footnote backlinks, table-of-contents entries) add text at the end of an
element through ``append_text``.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree


def append_text(element: etree.Element, text: str | None) -> None:
    """Append ``text`` after whatever ``element`` holds so far."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text

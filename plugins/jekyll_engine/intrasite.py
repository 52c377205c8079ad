"""Whether a text may hold one of Pelican's intrasite links, cheaply.

Pelican scans every document for ``{static}``, ``{filename}``... links with
a slow pattern; a substring test answers "no" for most documents first.
"""

from __future__ import annotations

from pelican.contents import Content

# Pelican's own pattern of intrasite links ({filename}..., |filename|...),
# which always follows an attribute's opening quote.
_DEFAULT_INTRASITE = "[{|](?P<what>.*?)[|}]"
_INTRASITE_OPENINGS = ('"{', "'{", '"|', "'|")


def may_link_intrasite(content: Content, text: str) -> bool:
    """Return whether Pelican's intrasite-link pattern may match ``text``.

    A substring test that spares most documents Pelican's slower pattern.
    """
    if content.settings.get("INTRASITE_LINK_REGEX") != _DEFAULT_INTRASITE:
        return True
    # One-character searches are much faster than two-character ones.
    if "{" not in text and "|" not in text:
        return False
    return any(opening in text for opening in _INTRASITE_OPENINGS)

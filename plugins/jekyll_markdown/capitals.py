"""typogrify's ``caps`` filter, with the space after dotted capitals kept.

typogrify wraps runs of capitals in ``<span class="caps">``; for dotted
initials its pattern takes the space that follows them outside the part it
writes back, so "Bennett, P. C. (2016)" came out as "P. C.(2016)". The
same rule here, with that space left where it was.
"""

from __future__ import annotations

import re

import smartypants

_CAPITALS = re.compile(
    r"\b[A-Z\d]*[A-Z]\d*[A-Z][A-Z\d']*\b"  # two capitals or more (digits between)
    r"|\b[A-Z]+\.(?:\s?[A-Z]+\.)+(?=\s|\b|$)"  # or dotted capitals: "U.S.", "P. C."
)
# As typogrify: the text of these elements is left alone (code and pre
# reach this filter already set aside).
_SKIPPED = re.compile("<(/)?(?:kbd|script)[^>]*>", re.IGNORECASE)


_WRAPPER = '<span class="caps">'


def wrap_capitals(text: str) -> str:
    """Return ``text`` with its runs of capitals in ``<span class="caps">``."""
    result, skipping, wrapped = [], False, False
    for kind, token in smartypants._tokenize(text):
        if kind == "tag":
            result.append(token)
            found = _SKIPPED.match(token)
            skipping = bool(found) and found.group(1) is None
            # Capitals already wrapped (a document's typographed content shown
            # in another's) are not wrapped twice.
            if token == _WRAPPER:
                wrapped = True
            elif wrapped and token.lower() == "</span>":
                wrapped = False
        elif skipping or wrapped:
            result.append(token)
        else:
            result.append(_CAPITALS.sub(_WRAPPER + r"\g<0></span>", token))
    return "".join(result)

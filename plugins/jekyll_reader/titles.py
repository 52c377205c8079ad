"""A document's title when its front matter gives none, as Jekyll makes it."""

from __future__ import annotations


def titleize(slug: str) -> str:
    """Return Jekyll's ``titleize_slug``: words split on ``-``, capitalised.

    As Ruby's ``capitalize``: the first letter upper case, the rest lower
    (``on-NERSC`` is "On Nersc", as Jekyll titles it).
    """
    return " ".join(word.capitalize() for word in slug.split("-") if word)


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "via",
        "with",
    ]
)


def heading_title(heading: str | None) -> str | None:
    """Return a title taken from a body heading; an all-capitals one in title case.

    A page without front matter is named by its first heading; one written
    in capitals (``STATEMENT OF PURPOSE``) would shout in every list.
    """
    if not heading or not heading.isupper():
        return heading
    words = heading.lower().split()
    return " ".join(
        w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )

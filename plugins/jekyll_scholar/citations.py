"""jekyll-scholar's in-text citations: ``(Author, Year)``, linked to the entry.

``{% cite key %}`` writes, in jekyll-scholar's default style (APA), the
first author's last name, ``&`` a second's, or ``et al.`` for more, and the
year; several keys make one parenthesis, separated by semicolons. As
jekyll-scholar writes it, the whole citation links to the first key's entry
in the page's ``{% bibliography %}``, and a key no file holds makes the
citation "(missing reference)".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from jekyll_scholar.bibliography import Entry

MISSING = "(missing reference)"


def citation_text(entry: Entry) -> str:
    """Return an entry's citation without its parentheses: ``Lovelace, 1843``."""
    lasts = [last for _, last in entry.authors if last] or [entry.title or entry.key]
    if len(lasts) == 1:
        names = lasts[0]
    elif len(lasts) == 2:
        names = f"{lasts[0]} & {lasts[1]}"
    else:
        names = f"{lasts[0]} et al."
    return f"{names}, {entry.year}" if entry.year else names


def citation_html(keys: Sequence[str], entries: Mapping[str, Entry]) -> str:
    """Return the citation of ``keys``, escaped, linked to the first one's entry."""
    if not keys or any(key not in entries for key in keys):
        return MISSING
    text = "; ".join(citation_text(entries[key]) for key in keys)
    return f'<a class="citation" href="#{escape(keys[0])}">({escape(text)})</a>'

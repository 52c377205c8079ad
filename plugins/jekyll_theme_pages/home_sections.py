"""What al-folio's about page shows below its text: news and selected papers.

al-folio's home page says ``news: true`` and ``selected_papers: true``, and
its layout then lists the newest items of the ``news`` collection (as many
as ``announcements: limit``, or ``news_limit`` in older versions) and the
BibTeX entries marked ``selected={true}``. The theme shows both below the
page's text, in its own look, on a page that asks for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

NEWS_COLLECTION = "news"
_NEWS_LIMIT = 5  # al-folio's own default
# A jekyll-scholar query for the entries marked selected={true}.
SELECTED_QUERY = "@*[selected=true]*"


@dataclass(frozen=True, slots=True)
class NewsItem:
    """One news item: shown whole (``inline: true``) or as a link to its page."""

    date: Any
    title: str
    url: str
    html: Markup  # the item's rendered body
    inline: bool


def asked(pages: Iterable[Any], key: str) -> bool:
    """Return whether a page's front matter asks for a section (``news: true``)."""
    return any(
        (page.metadata.get("front_matter") or {}).get(key) is True for page in pages
    )


def news_limit(config: Mapping[str, Any]) -> int:
    """Return how many news items al-folio's settings ask for."""
    announcements = config.get("announcements")
    for value in (
        announcements.get("limit") if isinstance(announcements, Mapping) else None,
        config.get("news_limit"),
    ):
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return _NEWS_LIMIT


def news_items(documents: Iterable[Any], limit: int) -> list[NewsItem]:
    """Return the newest items of the news collection, newest first."""
    found = [d for d in documents if getattr(d, "collection", None) == NEWS_COLLECTION]
    found.sort(key=lambda d: (str(getattr(d, "date", "") or ""), d.url), reverse=True)
    return [
        NewsItem(
            date=getattr(d, "date", None),
            title=str(getattr(d, "title", "") or ""),
            url=d.url,
            html=Markup(d.content),  # noqa: S704 (a document's rendered body)
            inline=(d.metadata.get("front_matter") or {}).get("inline") is True,
        )
        for d in found[:limit]
    ]

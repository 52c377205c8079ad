"""jekyll-seo-tag's ``{% seo %}``, for the site's own HTML the build writes as is.

The theme writes its own ``<head>``; this tag is for what it does not
theme: a whole-page 404, a redirecting frame, a layout written raw. It
writes what jekyll-seo-tag 2.8 writes that a reader or a search engine
sees: the ``<title>`` (left out with ``title=false``), the description,
the canonical address, the Open Graph and Twitter card fields and a
JSON-LD record. Every text is escaped, and an address from front matter
is written only if it passes the site's URL allowlist.
"""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING, Any

from jekyll_common.safe_urls import is_safe_url
from jekyll_liquid.tags import InlineNode, inline_tag

if TYPE_CHECKING:
    from typing import TextIO

    from liquid.context import RenderContext

_SEPARATOR = " | "
_TAGS = re.compile(r"<[^>]*>")


class SeoNode(InlineNode):
    """``{% seo %}`` / ``{% seo title=false %}``: the page's meta tags."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write jekyll-seo-tag's block of tags for the page rendered."""

        def field(*path: str) -> Any:
            return context.get(list(path), token=self.token, default=None)

        absolute = context.env.filters["absolute_url"]
        page = _Fields(field("page"))
        site = _Fields(field("site"))
        site_title = site.text("title") or site.text("name")
        page_title = page.text("title") or site_title
        tagline = site.text("tagline") or site.text("description")
        if page.text("title") and page_title != site_title:
            title = page_title + _SEPARATOR * bool(site_title) + site_title
        elif site_title and tagline:
            title = site_title + _SEPARATOR + tagline
        else:
            title = page_title
        description = page.text("description") or page.text("excerpt") or tagline
        canonical = page.address("canonical_url") or str(
            absolute(re.sub(r"/index\.html$", "/", str(page.get("url") or "/")))
        )
        image = page.address("image", absolute)
        date = page.get("date")
        author = _author(page.get("author") or site.get("author"))
        lines = ["<!-- Begin Jekyll SEO tag v2.8.0 -->"]
        if "title=false" not in self.markup.replace(" ", ""):
            lines.append(f"<title>{_escape(title)}</title>")
        meta = [
            ("property", "og:title", page_title),
            ("name", "author", author),
            ("property", "og:locale", (site.text("lang") or "en_US").replace("-", "_")),
            ("name", "description", description),
            ("property", "og:description", description),
        ]
        lines += [f'<meta {kind}="{key}" content="{_escape(value)}" />'
                  for kind, key, value in meta if value]  # fmt: skip
        if site.text("url"):  # a canonical address needs the site's own
            lines.append(f'<link rel="canonical" href="{_escape(canonical)}" />')
        meta = [
            ("property", "og:url", canonical if site.text("url") else ""),
            ("property", "og:site_name", site_title),
            ("property", "og:image", image),
            ("property", "og:type", "article" if date else "website"),
            ("name", "twitter:card", "summary_large_image" if image else "summary"),
            ("property", "twitter:title", page_title),
            ("name", "twitter:site", _twitter(site.get("twitter"))),
        ]
        if date:
            published = str(context.env.filters["date_to_xmlschema"](date))
            meta.insert(4, ("property", "article:published_time", published))
        lines += [f'<meta {kind}="{key}" content="{_escape(value)}" />'
                  for kind, key, value in meta if value]  # fmt: skip
        record = {
            "@context": "https://schema.org",
            "@type": "BlogPosting" if date else "WebPage",
            "author": {"@type": "Person", "name": author} if author else None,
            "headline": page_title,
            "description": description or None,
            "url": canonical,
        }
        record = {key: value for key, value in record.items() if value}
        # No "<" in the script's text: nothing from front matter can close it.
        data = json.dumps(
            record, ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        data = data.replace("<", "\\u003c")
        lines.append(f'<script type="application/ld+json">\n{data}</script>')
        lines.append("<!-- End Jekyll SEO tag -->")
        buffer.write("\n".join(lines) + "\n")
        return True


class _Fields:
    """A drop or mapping's fields as text: markup dropped, spaces folded."""

    def __init__(self, drop: Any) -> None:
        self.drop = drop

    def get(self, key: str) -> Any:
        try:
            return self.drop[key] if self.drop is not None else None
        except (KeyError, TypeError, IndexError):
            return None

    def text(self, key: str) -> str:
        return _text(self.get(key))

    def address(self, key: str, absolute: Any = None) -> str:
        """Return an address the field names, when the allowlist lets it through."""
        value = self.get(key)
        if isinstance(value, dict):
            value = value.get("path") or value.get("url")
        if not isinstance(value, str) or not value.strip():
            return ""
        url = str(absolute(value.strip())) if absolute else value.strip()
        return url if is_safe_url(url) else ""


def _author(author: Any) -> str:
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, list):
        author = author[0] if author else None
    return _text(author) if isinstance(author, str) else ""


def _twitter(account: Any) -> str:
    """Return ``@name`` of the site's ``twitter: username:`` (or ``twitter: name``)."""
    if isinstance(account, dict):
        account = account.get("username")
    name = _text(account).lstrip("@") if isinstance(account, str) else ""
    return "@" + name if name else ""


def _text(value: Any) -> str:
    """Return a value as text: markup dropped, entities read, spaces folded."""
    if value is None or isinstance(value, bool | dict | list):
        return ""
    return " ".join(html.unescape(_TAGS.sub("", str(value))).split())


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


SEO_TAG = inline_tag("seo", SeoNode)

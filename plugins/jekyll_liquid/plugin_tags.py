"""The tags of Jekyll plugins research sites use, on python-liquid.

jekyll-scholar's ``bibliography`` (al-folio's publications page), its
``bibliography_count`` and ``cite`` (``(Lovelace, 1843)``, linked to the entry),
jekyll-gist's ``gist`` (as a link), jekyll-avatar's ``avatar`` (the
GitHub avatar as jekyll-avatar writes it) and jekyll-feed's ``feed_meta``
(the feed's ``<link>``); and al-folio's ``details`` (its
``_plugins/details.rb``, in nearly every al-folio site: a ``<details>`` box).
"""

from __future__ import annotations

import html
import re
import zlib
from typing import TYPE_CHECKING

from liquid.ast import BlockNode, Node
from liquid.exceptions import LiquidError
from liquid.token import Token

from jekyll_liquid.tags import InlineNode, block_tag, inline_tag, lookups_of

if TYPE_CHECKING:
    from typing import TextIO

    from liquid.context import RenderContext


class BibliographyNode(InlineNode):
    """jekyll-scholar's ``{% bibliography -f name -q query ... %}``: publications."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the listing its options ask for (Liquid in them rendered first)."""
        lookups = lookups_of(context)
        markup = lookups.interpolate(context, self.markup)
        buffer.write("\n\n" + lookups.bibliography(markup) + "\n\n")
        return True


class BibliographyCountNode(InlineNode):
    """jekyll-scholar's ``{% bibliography_count -q query %}``: how many entries."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the number of entries its options pick (Liquid in them first)."""
        lookups = lookups_of(context)
        markup = lookups.interpolate(context, self.markup)
        buffer.write(lookups.bibliography_count(markup))
        return True


class CiteNode(InlineNode):
    """jekyll-scholar's ``{% cite key [key...] %}``: an in-text citation."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the citation of the keys (Liquid in them rendered first)."""
        lookups = lookups_of(context)
        buffer.write(lookups.cite(lookups.interpolate(context, self.markup)))
        return True


class GistNode(InlineNode):
    """jekyll-gist's ``{% gist [user/]id [file] %}``, as a link to the gist.

    jekyll-gist embeds GitHub's script, a third-party request on every page
    view; a link keeps the reference without it.
    """

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write a paragraph linking to the gist (and to its file)."""
        words = lookups_of(context).interpolate(context, self.markup).split()
        if not words:
            raise LiquidError("gist: which gist? Give its id", token=self.token)
        gist, file = words[0], (words[1] if len(words) > 1 else "")
        anchor = "#file-" + re.sub(r"[^\w-]", "-", file).lower() if file else ""
        url = html.escape(f"https://gist.github.com/{gist}{anchor}")
        label = html.escape(f"{gist} ({file})" if file else gist)
        buffer.write(f'<p class="gist"><a href="{url}">Gist {label}</a>, on GitHub</p>')
        return True


class AvatarNode(InlineNode):
    """jekyll-avatar's ``{% avatar name size=24 %}`` or ``{% avatar user=var %}``."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the ``<img>`` jekyll-avatar writes, or nothing without a name."""
        markup = lookups_of(context).interpolate(context, self.markup)
        variable = re.search(r"\buser=([\w.]+)\b", markup)
        if variable is not None:
            name = str(context.get(variable[1].split("."), token=self.token) or "")
        else:
            name = (markup.split() or [""])[0].removeprefix("@")
        if not _GITHUB_NAME.fullmatch(name):
            return False
        found = re.search(r"\bsize=(\d+)\b", markup, re.IGNORECASE)
        size = int(found[1]) if found else 40
        path = f"{name}?v=3&s={size}"
        host = f"https://avatars{zlib.crc32(path.encode()) % 4}.githubusercontent.com"
        urls = [f"{host}/{name}?v=3&s={size * scale}" for scale in range(1, 5)]
        srcset = ", ".join(f"{url} {scale}x" for scale, url in enumerate(urls, 1))
        classes = "avatar avatar-small" if size < 48 else "avatar"
        buffer.write(
            f'<img class="{classes}" alt="{name}" width="{size}" height="{size}" '
            f'data-proofer-ignore="true" src="{html.escape(urls[0])}" '
            f'srcset="{html.escape(srcset)}" />'
        )
        return True


class FeedMetaNode(InlineNode):
    """jekyll-feed's ``{% feed_meta %}``: the ``<link>`` naming the site's feed."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the ``<link>`` jekyll-feed writes (``feed.path``, the site's title)."""
        feed = context.get(["site", "feed"], token=self.token, default=None)
        path = feed.get("path") if isinstance(feed, dict) else None
        href = context.env.filters["absolute_url"](path or "/feed.xml")
        title = next(
            (str(t) for key in ("title", "name")
             if (t := context.get(["site", key], token=self.token, default=None))),
            "",
        )  # fmt: skip
        named = f' title="{html.escape(title)}"' if title else ""
        buffer.write(
            f'<link type="application/atom+xml" rel="alternate" '
            f'href="{html.escape(str(href))}"{named} />'
        )
        return True


class DetailsNode(Node):
    """al-folio's ``{% details caption %}...{% enddetails %}``: a ``<details>`` box.

    As the plugin writes it: the caption (its markup as written, Liquid not
    run) and the rendered body each converted from Markdown, the caption's
    paragraph tags removed.
    """

    __slots__ = ("body", "caption")

    def __init__(self, token: Token, markup: str, body: BlockNode) -> None:
        super().__init__(token)
        self.caption = markup
        self.body = body
        self.blank = False

    def __str__(self) -> str:
        return f"{{% details {self.caption} %}}{self.body}{{% enddetails %}}"

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the box: the caption as its summary, then the body."""
        text = context.get_buffer(buffer)
        self.body.render(context, text)
        markdownify = context.env.filters["markdownify"]
        caption = _PARAGRAPH_TAG.sub("", markdownify(self.caption)).rstrip("\n")
        body = markdownify(text.getvalue())
        buffer.write(f"<details><summary>{caption}</summary>{body}</details>")
        return True


_PARAGRAPH_TAG = re.compile(r"</?p[^>]*>")
# GitHub's user names: letters, digits and single hyphens.
_GITHUB_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})")

PLUGIN_TAGS = (
    inline_tag("bibliography", BibliographyNode),
    inline_tag("bibliography_count", BibliographyCountNode),
    inline_tag("cite", CiteNode),
    inline_tag("gist", GistNode),
    inline_tag("avatar", AvatarNode),
    inline_tag("feed_meta", FeedMetaNode),
    block_tag("details", DetailsNode),
)

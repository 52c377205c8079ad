"""Jekyll's tags on python-liquid: include, include_relative, highlight, link, post_url.

(The tags of Jekyll's plugins are in ``plugin_tags``.)

Jekyll's ``include`` is not Liquid's: its file name is a bare path (or
Liquid to render first), and its parameters (``key="text"`` or
``key=variable``) are read as ``include.key``. What the tags look up (an
include's file, a document's URL) is the renderer's, reached through the
environment (``JekyllLookups``); a failure raises a LiquidError, so the
renderer leaves that one tag as written and names the file and line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from liquid.ast import BlockNode, Node
from liquid.exceptions import LiquidError
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import TOKEN_EOF, TOKEN_EXPRESSION, TOKEN_TAG, Token

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream

# Jekyll's include parameters: key="text", key='text' or key=variable.
_PARAMETER = re.compile(
    r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))"""
)
# An include's value that is a literal, not a variable's name.
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_LITERALS: dict[str, Any] = {"true": True, "false": False, "nil": None}
# A file name made of Liquid output, then the parameters (Jekyll's VARIABLE_SYNTAX).
_VARIABLE_NAME = re.compile(
    r"(?P<name>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*?)?\}\}[^\s{}]*)+)(?P<params>.*)", re.S
)


class IncludeFailure(LiquidError):
    """An error inside an include (``path``: the file; ``error``: the error there)."""

    def __init__(
        self,
        origin: str,
        *,
        token: Any,
        path: Any = None,
        error: LiquidError | None = None,
    ) -> None:
        super().__init__(origin, token=token)
        self.origin = origin
        self.path = path
        self.error = error


class JekyllLookups(Protocol):
    """What Jekyll's tags need from the build (the renderer provides it)."""

    baseurl: str

    def include(
        self, context: RenderContext, name: str, relative: bool, buffer: TextIO
    ) -> None:
        """Render the include ``name`` into ``buffer``."""

    def document_url(self, relpath: str) -> str | None:
        """Return the URL (with the base path) of the document at ``relpath``."""

    def post_url(self, name: str) -> str | None:
        """Return the URL (with the base path) of the post named ``name``."""

    def highlight(self, code: str, language: str, numbered: bool) -> str:
        """Return code highlighted as Jekyll's ``highlight`` tag gives it."""

    def interpolate(self, context: RenderContext, markup: str) -> str:
        """Return tag markup with its ``{{ }}`` output rendered."""

    def bibliography(self, markup: str) -> str:
        """Return the publications a ``bibliography`` tag's options pick, as HTML."""

    def bibliography_count(self, markup: str) -> str:
        """Return how many entries a ``bibliography_count`` tag's options pick."""

    def cite(self, markup: str) -> str:
        """Return the in-text citation of a ``cite`` tag's keys, as HTML."""


def _ends_with(buffer: TextIO, text: str) -> bool:
    """Return whether what was written to ``buffer`` so far ends with ``text``."""
    end = buffer.tell()
    if end < len(text):
        return False
    buffer.seek(end - len(text))
    tail = buffer.read(len(text))
    buffer.seek(end)
    return tail == text


def lookups_of(context: RenderContext) -> JekyllLookups:
    """Return the build's answers to the tags (the renderer)."""
    return context.env.lookups  # type: ignore[attr-defined]


def _markup(stream: TokenStream) -> str:
    """Return a tag's raw markup, leaving the stream on the tag's last token."""
    if stream.peek.kind == TOKEN_EXPRESSION:
        next(stream)
        return stream.current.value
    return ""


class InlineNode(Node):
    """A tag whose markup is kept as written, for its node to read."""

    __slots__ = ("markup",)

    def __init__(self, token: Token, markup: str) -> None:
        super().__init__(token)
        self.markup = markup
        self.blank = False

    def __str__(self) -> str:
        return f"{{% {self.token.value} {self.markup} %}}"


class _InlineTag(Tag):
    block = False
    node_class: type[InlineNode]

    def parse(self, stream: TokenStream) -> Node:
        """Return the tag's node, its markup kept as written."""
        token = stream.current
        return self.node_class(token, _markup(stream))


class IncludeNode(InlineNode):
    """``{% include name key=value %}``: the file rendered with ``include.*``."""

    __slots__ = ()
    relative = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Render the include with its parameters as ``include.*``."""
        lookups = lookups_of(context)
        found = _VARIABLE_NAME.match(self.markup.strip())
        if found and "{{" in found["name"]:
            name = lookups.interpolate(context, found["name"]).strip()
            params = found["params"]
        else:
            # Jekyll splits at any white space: a tag may span lines.
            name, _, params = re.sub(r"\s", " ", self.markup.strip()).partition(" ")
        values: dict[str, Any] = {}
        for key, double, single, variable in _PARAMETER.findall(params):
            if variable in _LITERALS:
                values[key] = _LITERALS[variable]
            elif _NUMBER.fullmatch(variable):
                # Jekyll evaluates the value: width=300 is the number.
                values[key] = float(variable) if "." in variable else int(variable)
            elif variable:
                values[key] = context.get(variable.split("."), token=self.token)
            else:
                values[key] = double or single
        try:
            with context.extend({"include": values}):
                lookups.include(context, name, self.relative, buffer)
        except IncludeFailure as failure:
            failure.token = self.token  # the tag in this template
            raise
        return True


class RelativeIncludeNode(IncludeNode):
    """``{% include_relative path %}``: a file beside the document."""

    __slots__ = ()
    relative = True


class LinkNode(InlineNode):
    """``{% link path %}``: the URL of the document at that path."""

    __slots__ = ()

    def _find(self, lookups: JekyllLookups, target: str) -> str | None:
        return lookups.document_url(target.lstrip("/"))

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the URL; a path that names no document is an error."""
        lookups = lookups_of(context)
        target = lookups.interpolate(context, self.markup).strip()
        url = self._find(lookups, target)
        if url is None:
            raise LiquidError(
                f"{self.token.value}: no document {target!r}", token=self.token
            )
        # Jekyll 4's URL has the base path already; pages migrated from
        # Jekyll 3 write {{ site.baseurl }} before the tag: not twice.
        base = lookups.baseurl
        if base and _ends_with(buffer, base):
            url = url.removeprefix(base)
        buffer.write(url)
        return True


class PostUrlNode(LinkNode):
    """``{% post_url 2020-01-31-name %}``: the URL of that post."""

    __slots__ = ()

    def _find(self, lookups: JekyllLookups, target: str) -> str | None:
        return lookups.post_url(target)


class HighlightNode(Node):
    """``{% highlight lang linenos %}...{% endhighlight %}``, Liquid run inside."""

    __slots__ = ("body", "language", "numbered")

    def __init__(self, token: Token, markup: str, body: BlockNode) -> None:
        super().__init__(token)
        words = markup.split()
        self.language = words[0] if words else "text"
        self.numbered = "linenos" in words[1:]
        self.body = body
        self.blank = False

    def __str__(self) -> str:
        return f"{{% highlight {self.language} %}}{self.body}{{% endhighlight %}}"

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Write the body, rendered, then highlighted."""
        code = context.get_buffer(buffer)
        self.body.render(context, code)
        buffer.write(
            lookups_of(context).highlight(code.getvalue(), self.language, self.numbered)
        )
        return True


class _BlockTag(Tag):
    block = True
    end: str
    # Made of the opening tag, its markup as written and the parsed body.
    node_class: Any

    def parse(self, stream: TokenStream) -> Node:
        """Return the block's node, its body parsed as Liquid."""
        token = stream.current
        markup = _markup(stream)
        next(stream)
        body = get_parser(self.env).parse_block(stream, (self.end, TOKEN_EOF))
        stream.expect(TOKEN_TAG, value=self.end)
        return self.node_class(token, markup, body)


def block_tag(tag_name: str, node: Any) -> type[Tag]:
    """Return the tag that reads ``{% tag_name markup %}...{% endtag_name %}``."""
    return type(
        f"{node.__name__.removesuffix('Node')}Tag",
        (_BlockTag,),
        {
            "name": tag_name,
            "end": f"end{tag_name}",
            "node_class": node,
            "__doc__": f"``{tag_name}`` block.",
        },
    )


def inline_tag(tag_name: str, node: type[InlineNode]) -> type[Tag]:
    """Return the tag that reads ``{% tag_name markup %}`` into a ``node``."""
    return type(
        f"{node.__name__.removesuffix('Node')}Tag",
        (_InlineTag,),
        {"name": tag_name, "node_class": node, "__doc__": f"``{tag_name}``."},
    )


JEKYLL_TAGS = (
    inline_tag("include", IncludeNode),
    # jekyll-include-cache's tag: the same output, kept between uses.
    inline_tag("include_cached", IncludeNode),
    inline_tag("include_relative", RelativeIncludeNode),
    inline_tag("link", LinkNode),
    inline_tag("post_url", PostUrlNode),
    block_tag("highlight", HighlightNode),
)

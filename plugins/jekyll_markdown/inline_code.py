"""Inline code as kramdown reads it, and highlighted as kramdown highlights it.

kramdown's code span (``parser/kramdown/codespan.rb``): a lone backtick
between spaces is text; one backtick is closed by the next one, a run of
more by the first run of as many not followed by another (``` ``x` ``` has
none: its backticks are text, where Python-Markdown pairs what it can);
the code keeps its spaces (one is trimmed at each end of a longer run's).

kramdown hands `` `x = 1`{:.language-ruby} `` to Rouge: the code keeps its
classes, gains ``highlighter-rouge`` and holds Rouge's token spans. Pygments
names its token classes as Rouge does (``n``, ``o``, ``s2``...); as in
Rouge's output, plain text and white space are not wrapped. A language
neither knows is left as written, as kramdown leaves it.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString, code_escape
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES, Text, _TokenType
from pygments.util import ClassNotFound

_LANGUAGE = re.compile(r"(?:^|\s)language-(\S+)")
_ESCAPES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}


class KramdownCodeSpan(BacktickInlineProcessor):
    """A code span where kramdown finds one (Python-Markdown's escapes kept)."""

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        """Return the code element, or nothing past the backticks that are text."""
        if m.group(1):  # backslashes before backticks: Python-Markdown's escapes
            return super().handleMatch(m, data)
        begin = opened = m.start(0)
        while opened < len(data) and data[opened] == "`":
            opened += 1
        ticks = opened - begin
        if (
            ticks == 1
            and data[begin - 1 : begin].isspace()
            and data[opened : opened + 1].isspace()
        ):
            return None, begin, opened
        closer = _CLOSERS.get(ticks) or _CLOSERS.setdefault(
            ticks, re.compile(f"`{{{ticks}}}(?!`)")
        )
        found = closer.search(data, opened)
        if found is None:
            return None, begin, opened
        text = data[opened : found.start()]
        if ticks > 1:
            text = text.removeprefix(" ").removesuffix(" ")
        code = etree.Element("code")
        code.text = AtomicString(code_escape(text))
        return code, begin, found.end()


# The closing run of each length: as many backticks, not followed by one more.
_CLOSERS: dict[int, re.Pattern[str]] = {}


class InlineCodeHighlighter(Treeprocessor):
    """Highlight each ``<code>`` outside ``<pre>`` whose class names a language."""

    def run(self, root: etree.Element) -> None:
        """Fill every such code element with its tokens."""
        for parent in root.iter():
            if parent.tag == "pre":
                continue
            for code in parent:
                if code.tag == "code" and not len(code) and code.text:
                    _highlight(code)


def _highlight(code: etree.Element) -> None:
    classes = code.get("class") or ""
    found = _LANGUAGE.search(classes)
    lexer = _lexer(found.group(1)) if found else None
    if lexer is None:
        return
    # The text is escaped already (Markdown's code span): lexed as written.
    source = re.sub("&(?:amp|lt|gt);", lambda m: _ESCAPES[m.group(0)], code.text)
    code.set("class", f"{classes} highlighter-rouge")
    code.text = None
    last: etree.Element | None = None
    for kind, value in lexer.get_tokens(source):
        text = AtomicString(code_escape(value))
        name = _css_class(kind)
        if name and last is not None and not last.tail and last.get("class") == name:
            last.text = AtomicString(last.text + text)  # one span, as Rouge's
        elif name:
            last = etree.SubElement(code, "span", {"class": name})
            last.text = text
        elif last is None:
            code.text = AtomicString((code.text or "") + text)
        else:
            last.tail = AtomicString((last.tail or "") + text)


def _lexer(language: str) -> Lexer | None:
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def _css_class(kind: _TokenType) -> str:
    """Return a token's class as Rouge names it; "" for text and white space."""
    if kind in Text:
        return ""
    while kind not in STANDARD_TYPES:
        kind = kind.parent
    return STANDARD_TYPES[kind]


def register_inline_code(md: Markdown) -> None:
    """Register kramdown's code spans and the inline code highlighter.

    The highlighter runs after the attribute lists (8) give the classes.
    """
    md.inlinePatterns.register(KramdownCodeSpan(BACKTICK_RE), "backtick", 190)
    md.treeprocessors.register(InlineCodeHighlighter(md), "kd_inline_code", 6)

"""Inline code given a language by an IAL, highlighted as kramdown highlights it.

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
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString, code_escape
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES, Text, _TokenType
from pygments.util import ClassNotFound

_LANGUAGE = re.compile(r"(?:^|\s)language-(\S+)")
_ESCAPES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}


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
    """Register the highlighter after the attribute lists (8) give the classes."""
    md.treeprocessors.register(InlineCodeHighlighter(md), "kd_inline_code", 6)

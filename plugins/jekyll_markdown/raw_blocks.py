"""HTML blocks as written: kramdown's typography does not reach into them.

kramdown leaves the text of an HTML block it does not read as Markdown (no
``markdown="1"``) as it is written: no curly quotes, dashes or ellipses
(a figure's caption with ``--``); text in span-level HTML inside a
paragraph gets them. Python-Markdown puts each such block back from its
stash once the tree is written out; this marks the block-level ones
(``RAW_START``...``RAW_END``) for typography to pass over. The marks never
leave the body renderer: ``unmarked`` drops them for every other reader.
"""

from __future__ import annotations

import re

from markdown import Markdown, util
from markdown.extensions.md_in_html import MarkdownInHTMLPostprocessor

RAW_START, RAW_END = "\x0e", "\x0f"
_MARKS = str.maketrans("", "", RAW_START + RAW_END)
_PLACEHOLDER = util.HTML_PLACEHOLDER % r"([0-9]+)"
_STASHED = re.compile(f"<p>{_PLACEHOLDER}</p>|{_PLACEHOLDER}")
_NO_TEXT = re.compile(r"(?:<!--(?:(?!-->).)*-->)?", re.DOTALL)


class _MarkedRawHtml(MarkdownInHTMLPostprocessor):
    """Python-Markdown's restoring of stashed HTML, raw blocks marked."""

    def run(self, text: str) -> str:
        stash = self.md.htmlStash
        if not stash.html_counter:
            return text

        def restore(found: re.Match[str]) -> str:
            key = int(found.group(1) or found.group(2))
            if key >= stash.html_counter:
                return found.group(0)
            stored = stash.rawHtmlBlocks[key]
            raw = self.stash_to_string(stored)
            html = _STASHED.sub(restore, raw)
            if found.group(1) is None:  # inline HTML, in a paragraph's text
                return html
            if not self.isblocklevel(raw):
                return f"<p>{html}</p>"
            text = html.strip()
            # Nothing to keep from typography: no text, a comment (a mark
            # another part of the renderer removes), Markdown read in HTML.
            if _NO_TEXT.fullmatch(text) or not isinstance(stored, str):
                return html
            # Marked inside its spaces: the document's own are trimmed as before.
            start = html.index(text[0])
            return html[:start] + RAW_START + text + RAW_END + html[start + len(text) :]

        return _STASHED.sub(restore, text)


def unmarked(html: str) -> str:
    """Return rendered HTML without the marks of raw blocks."""
    return html.translate(_MARKS) if RAW_START in html or RAW_END in html else html


def register_raw_blocks(md: Markdown) -> None:
    """Restore stashed HTML with raw blocks marked (replaces ``raw_html``)."""
    md.postprocessors.register(_MarkedRawHtml(md), "raw_html", 30)

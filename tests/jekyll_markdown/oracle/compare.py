"""Real kramdown as an oracle, and HTML compared as a reader would see it.

``kramdown_html`` renders documents with Debian's ``ruby-kramdown`` and
``ruby-kramdown-parser-gfm`` (``render.rb``, Jekyll's options).
``normal_form`` reduces HTML to what both renderers must agree on: the
element tree with its attributes, text with typography mapped to ASCII
(kramdown's smart quotes and this project's typogrify differ in form, not
in kind), whitespace collapsed, and code blocks reduced to their text
(Rouge's and Pygments' markup differ; what is code and its text must not).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

RENDER = Path(__file__).with_name("render.rb")
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
        "\u2013": "--", "\u2014": "---", "\u2026": "...", "\u00a0": " ",
        "\u00ab": "<<", "\u00bb": ">>",
    }
)  # fmt: skip
# Code-block wrappers: Rouge's and Pygments' own.
_CODE_WRAPPERS = re.compile(r"highlight|highlighter-rouge|language-")


def kramdown_html(documents: dict[str, str]) -> dict[str, str]:
    """Return what real kramdown (Jekyll's options) writes for each document."""
    done = subprocess.run(
        ["ruby", str(RENDER)],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout)


def normal_form(html: str) -> str:
    """Return the HTML as a canonical string of elements, attributes and text."""
    soup = BeautifulSoup(html, "html.parser")
    for pre in soup.find_all("pre"):
        text = pre.get_text()
        pre.clear()
        pre.attrs = {}
        code = soup.new_tag("code")
        code.string = text
        pre.append(code)
        parent = pre.parent
        while (
            isinstance(parent, Tag)
            and parent.name == "div"
            and _CODE_WRAPPERS.search(" ".join(parent.get("class") or []))
        ):
            parent.unwrap()
            parent = pre.parent
    return _serialise(soup)


def _serialise(node: Tag) -> str:
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is not NavigableString:
                continue  # comments, doctype
            text = " ".join(str(child).translate(_TYPOGRAPHY).split())
            if text:
                parts.append(text)
        elif isinstance(child, Tag):
            attributes = " ".join(
                f"{k}={' '.join(sorted(v)) if isinstance(v, list) else v.rstrip(';')}"
                for k, v in sorted(child.attrs.items())
            )
            inner = _serialise(child)
            parts.append(
                f"<{child.name}{' ' + attributes if attributes else ''}>{inner}</{child.name}>"
            )
    return " ".join(parts)

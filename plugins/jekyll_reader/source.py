r"""Split a Jekyll source file into its YAML front matter and its body.

Mirrors Jekyll's ``YAML_FRONT_MATTER_REGEXP``: the first line is ``---``
(trailing spaces allowed) and the header ends at the first line that is
``---`` or ``...``. Bytes are decoded as Jekyll reads them (UTF-8, a BOM
dropped), with UTF-16 and legacy 8-bit files read too, and every line ending
(CRLF, lone CR) becomes ``\n``.

A header that is never closed, or whose YAML does not parse, is read past as
Jekyll reads past it: the document is built from its text, without its
settings, and the problem is noted at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jekyll_common.errors import ContentError, YamlSyntaxError
from jekyll_common.yamlsafe import load_yaml

_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_SPACES = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A decoded source file: front matter (None when absent) and body.

    ``notes`` are the problems read past, each with its message and line.
    """

    front_matter: dict[str, Any] | None
    body: str
    body_line: int = 1
    notes: list[ContentError] = field(default_factory=list)


def decode(raw: bytes) -> tuple[str, list[str]]:
    r"""Return the text of ``raw`` with ``\n`` line ends, and notes on how it was read.

    UTF-8 (with or without BOM) is read silently; UTF-16 with a BOM and bytes
    that are not UTF-8 (read as Windows-1252) are read with a note, so the
    build can tell the user to save the file as UTF-8.
    """
    notes: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
        notes.append("is UTF-16; read it as such (save it as UTF-8)")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            text = raw.decode("cp1252", errors="replace")
            notes.append(
                f"line {line} is not valid UTF-8; read the file as Windows-1252 "
                "(save it as UTF-8)"
            )
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n"), notes


def has_front_matter(text: str) -> bool:
    """Return True when ``text`` opens a YAML header as Jekyll detects it."""
    return _OPENING.match(text) is not None


def split_source(text: str) -> SourceDocument:
    """Return the front matter and body of ``text``.

    Raises ContentError (with the line) when the header is a YAML value that
    is not a mapping of keys to values, or holds what YAML may not build
    here; Jekyll stops the whole site on those.
    """
    opening = _OPENING.match(text)
    if opening is None:
        return SourceDocument(None, text)
    closing = _CLOSING.search(text, opening.end() - 1)
    if closing is None or closing.start() < opening.end() - 1:
        # Jekyll's pattern does not match: the whole file is the text.
        unclosed = ContentError(
            "the front matter opened here is never closed, so, as in Jekyll, "
            "the whole file is the page's text and none of its settings apply; "
            "add a line '---' after the last front-matter key",
            line=1,
        )
        return SourceDocument({}, text, 1, [unclosed])
    header = text[opening.end() : closing.start()]
    # Jekyll's pattern ends the header with ``\s*$\n?``: the blank lines
    # right after it go with it; the first line with text starts the body.
    blank_end = _SPACES.match(text, closing.end()).end()
    if blank_end < len(text):
        blank_end = text.rfind("\n", closing.end(), blank_end) + 1
    body_start = blank_end
    body_line = text.count("\n", 0, body_start) + 1
    try:
        document = load_yaml(header, first_line=2)
    except YamlSyntaxError as error:
        read_past = ContentError(
            f"{error.message}. As in Jekyll, the page is built from its text "
            "alone, without these settings (no title, layout or permalink); "
            "fix the YAML to apply them",
            error.line,
            column=error.column,
        )
        return SourceDocument({}, text[body_start:], body_line, [read_past])
    data = document.data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(
            f"the front matter is a YAML {type(data).__name__}, not 'key: value' "
            "lines; write each setting as 'key: value'",
            line=2,
        )
    notes = [
        ContentError(f"key {key!r} is given twice; the last value is used", line)
        for key, line in document.duplicate_keys
    ]
    keyed = {str(key): value for key, value in data.items()}
    return SourceDocument(keyed, text[body_start:], body_line, notes)


def front_matter_of(path: Path) -> dict[str, Any]:
    """Return a file's front matter, or nothing when it has none or cannot be read.

    For a look ahead of the reader, which reports the file's problems.
    """
    try:
        text, _ = decode(path.read_bytes())
        return split_source(text).front_matter or {}
    except (OSError, ContentError):
        return {}


def relative_source(path: Path, source: Path) -> str:
    """Return a document's path in the site; Pelican gives it under the source."""
    text, root = str(path), f"{source}/"
    if text.startswith(root) and "/../" not in text:
        return text[len(root) :]
    return path.resolve().relative_to(source).as_posix()


def opens_front_matter(path: Path) -> bool:
    """Return whether a file opens with front matter, reading only its head."""
    with path.open("rb") as handle:
        head = handle.read(64).removeprefix(b"\xef\xbb\xbf")
    text = head.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return has_front_matter(text)

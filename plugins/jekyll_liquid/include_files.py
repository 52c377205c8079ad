"""The includes of one build, read once, parsed once, mended where they fail.

An include is decoded as content files are (a file not in UTF-8 is read
with a warning naming it), parsed once a build, and its markup that fails
is mended in the include itself (``mending``): the tag that includes it
still renders, and so does the rest of the include. Each problem is named
once, at the include's own file and line.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from liquid.exceptions import LiquidError

from jekyll_common.logs import display_path
from jekyll_liquid.engine import JekyllEnvironment
from jekyll_liquid.mending import (
    MAX_MENDS,
    UNCLOSED,
    mend,
    unclosed_as_text,
    unknown_problems,
)
from jekyll_liquid.ruby_syntax import as_python_liquid_reads
from jekyll_liquid.tags import IncludeFailure
from jekyll_reader.source import decode

if TYPE_CHECKING:
    from liquid.template import BoundTemplate

logger = logging.getLogger(__name__)


class IncludeFiles:
    """The parsed templates of the includes a build uses, by path."""

    def __init__(self, env: JekyllEnvironment, *, lax: bool) -> None:
        self.env = env
        self.lax = lax
        self._parsed: dict[Path, tuple[str, BoundTemplate | LiquidError]] = {}

    def template(self, path: Path) -> tuple[str, BoundTemplate | LiquidError]:
        """Return an include's text and template (or the error that stops it)."""
        found = self._parsed.get(path)
        if found is None:
            text, notes = decode(path.read_bytes())
            for note in notes:
                logger.warning("%s: %s.", display_path(path), note)
            found = self._parsed[path] = self._parse(path, text)
        return found

    def _parse(self, path: Path, text: str) -> tuple[str, BoundTemplate | LiquidError]:
        shown = display_path(path)
        noted = len(self.env.unknown)
        source, unclosed = unclosed_as_text(text)
        source = as_python_liquid_reads(source)
        if unclosed is not None:
            logger.warning("%s:%s: %s.", shown, unclosed, UNCLOSED)
        for _ in range(MAX_MENDS):
            try:
                template = self.env.from_string(source, name=path.name)
            except LiquidError as error:
                found = mend(source, error, lax=self.lax)
                if found is None:
                    return text, error
                source, line, problem = found
                logger.warning("%s:%s: %s.", shown, line, problem)
                continue
            self.env.note_unknown_filters(template)
            unknown, self.env.unknown[noted:] = self.env.unknown[noted:], []
            for line, problem in unknown_problems(
                unknown, source, self.env.site_plugins
            ):
                logger.warning("%s:%s: %s.", shown, line, problem)
            return source, template
        return text, LiquidError("too much Liquid that cannot be read", token=None)

    def mend(self, failure: IncludeFailure) -> str | None:
        """Mend the include an error came from; say what was done there."""
        cached = self._parsed.get(failure.path) if failure.path else None
        if cached is None or failure.error is None:
            return None
        found = mend(cached[0], failure.error, lax=False)
        if found is None:
            return None
        source, line, problem = found
        self._parsed[failure.path] = self._parse(failure.path, source)
        return f"in {display_path(failure.path)}, line {line}: {problem}"

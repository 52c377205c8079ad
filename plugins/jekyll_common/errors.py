"""The project's own error types, so callers can tell bad input from bugs."""

from __future__ import annotations


class JekyllError(ValueError):
    """Bad input or configuration, reported to the user with a way to fix it."""


class ContentError(JekyllError):
    """A content file cannot be built as written.

    ``line`` (and ``column``) are 1-based, in the source file, where the
    problem is, when known; ``key`` the front-matter key at fault, so the
    caller can find its line. The message says what is wrong and how to fix
    it.
    """

    def __init__(
        self,
        message: str,
        line: int | None = None,
        key: str | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.key = key
        self.column = column

    def where(self, shown: str) -> str:
        """Return ``file:line:column`` for the file shown as ``shown``."""
        place = f"{shown}:{self.line or 1}"
        return f"{place}:{self.column}" if self.column else place


class YamlSyntaxError(ContentError):
    """YAML that does not parse: a quote or bracket never closed, a bad indent.

    Told apart from the other ContentErrors because Jekyll builds a document
    whose front matter fails so (from its text alone), while it refuses the
    rest.
    """


class ConfigError(JekyllError):
    """The site's settings cannot be read as written: the build stops.

    Jekyll stops on a broken ``_config.yml`` or ``_data/`` file; building
    with other settings than the ones written would move every URL.
    """


class OutputError(JekyllError):
    """The site cannot be written (a full disk, a folder that is read-only).

    The build stops at the first file it cannot write; every file written
    so far is whole, and the next build writes the rest.
    """


class UnsafePathError(JekyllError):
    """A URL or output path would leave the output folder or is malformed."""

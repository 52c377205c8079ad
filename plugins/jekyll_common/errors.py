"""The project's own error types, so callers can tell bad input from bugs."""

from __future__ import annotations


class JekyllError(ValueError):
    """Bad input or configuration, reported to the user with a way to fix it."""


class ContentError(JekyllError):
    """A content file cannot be built as written.

    ``line`` is the 1-based line in the source file where the problem is, when
    known; ``key`` the front-matter key at fault, so the caller can find its
    line. The message says what is wrong and how to fix it.
    """

    def __init__(
        self, message: str, line: int | None = None, key: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.key = key


class UnsafePathError(JekyllError):
    """A URL or output path would leave the output folder or is malformed."""

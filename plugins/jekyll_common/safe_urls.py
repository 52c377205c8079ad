"""The one allowlist of URLs a value from text (front matter, _data, .bib) may give.

``http(s):`` and ``mailto:`` URLs and URLs with no scheme (site paths,
relative paths, fragments) may be followed; ``javascript:``, ``data:``,
``vbscript:`` and every other scheme may not, however they are spelled
(any case, control characters or spaces inside, HTML entities).
"""

from __future__ import annotations

import html
import re
from typing import Final

_SCHEME: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Browsers drop these before reading a scheme ("java\tscript:").
_IGNORED_IN_URLS: Final = re.compile(r"[\x00-\x20\x7f]")
SAFE_SCHEMES: Final = frozenset({"http", "https", "mailto"})


def is_safe_url(url: object) -> bool:
    """Return whether a URL from text may become a link or a source."""
    text = _IGNORED_IN_URLS.sub("", html.unescape(str(url)))
    scheme = _SCHEME.match(text)
    return scheme is None or scheme.group(1).lower() in SAFE_SCHEMES

"""Jekyll's ``Utils.slugify``, mode for mode.

Jekyll replaces every run of characters outside a mode's allowed set with one
hyphen, strips one leading and one trailing hyphen, and lower-cases unless
asked to keep the case. ``pretty`` keeps the characters that are readable
unescaped in a URL; ``raw`` only folds whitespace; ``ascii`` keeps ASCII
letters and digits; ``latin`` transliterates accents first.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from unidecode import unidecode

SLUG_MODES = ("raw", "default", "pretty", "ascii", "latin")

_REPLACEABLE = {
    "raw": regex.compile(r"\s+"),
    "default": regex.compile(r"[^\p{M}\p{L}\p{Nd}]+"),
    "pretty": regex.compile(r"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+"),
    "ascii": regex.compile(r"[^A-Za-z0-9]+"),
    "latin": regex.compile(r"[^\p{M}\p{L}\p{Nd}]+"),
}


def slugify(text: object, mode: str = "default", *, cased: bool = False) -> str:
    """Return ``text`` slugified as Jekyll's ``slugify`` filter does.

    An unknown mode returns the text unchanged (lower-cased unless ``cased``),
    as Jekyll does. ``None`` becomes the empty string.
    """
    if text is None:
        return ""
    return _slugify(str(text), mode, cased)


# Tags and categories recur on every post that names them; titles do not,
# so the cache is kept small (memory grows with it, not with the site).
@lru_cache(maxsize=4096)
def _slugify(value: str, mode: str, cased: bool) -> str:
    if mode not in SLUG_MODES:
        return value if cased else value.lower()
    if mode == "latin":
        value = unidecode(value)
    slug = _REPLACEABLE[mode].sub("-", value)
    slug = slug.removeprefix("-").removesuffix("-")
    return slug if cased else slug.lower()

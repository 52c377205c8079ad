"""The include names Jekyll accepts, and where a missing one is named.

Jekyll refuses a name that leaves ``_includes/`` or holds a character of
none of its file names; it joins the rest to the folder as ``File.join``
does. An include named in another include is found at that include's line,
for the warning of one that is missing.
"""

from __future__ import annotations

import re

# Jekyll refuses include names with these (``..``, ``./``, ``//``).
_INVALID_SEQUENCE = re.compile(r"[./]{2,}")
# The characters Jekyll accepts in an include's name (its VALID_FILENAME_CHARS).
_FILE_NAME = re.compile(r"[\w/.\-()+~#@]+")
# An include tag and the name it is written with.
INCLUDE_NAME = re.compile(r"\{%-?\s*include\w*\s+/?([^\s%}]+)")


def refusal(name: str) -> str | None:
    """Return why Jekyll refuses an include's name, or None when it accepts it."""
    if _INVALID_SEQUENCE.search(name):
        return f"the include name {name!r} leaves its folder, which Jekyll refuses"
    if _FILE_NAME.fullmatch(name):
        return None
    if name[:1] in "'\"" and name[-1:] == name[:1] and len(name) > 1:
        hint = f"; write it without quotes: {{% include {name[1:-1]} %}}"
    elif name.endswith(","):
        hint = "; its parameters are key=value, without commas"
    elif name.startswith("{{"):
        hint = "; only a variable stands in braces: {% include {{ page.name }} %}"
    else:
        hint = ""
    return (
        f"the include name {name!r} is not a file name Jekyll accepts (letters, "
        f"digits and / . - _ ( ) + ~ # @ only){hint}"
    )


def line_naming(text: str, name: str) -> int | None:
    """Return the line of ``text`` whose include tag names ``name`` as written."""
    for found in INCLUDE_NAME.finditer(text):
        if found[1] == name:
            return text.count("\n", 0, found.start()) + 1
    return None

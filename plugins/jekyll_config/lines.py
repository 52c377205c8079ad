"""Where a key of ``_config.yml`` stands, so a message can name its line.

Only asked when there is something to say (a setting that cannot be
honoured): the file is composed again, without building any value.
"""

from __future__ import annotations

from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def key_line(text: str, *keys: str) -> int | None:
    """Return the 1-based line of ``keys`` (a path into nested mappings).

    The deepest key found is the answer: ``("comments", "provider")`` gives
    the line of ``comments:`` when it holds no ``provider``. None when the
    text is not YAML or has no such first key.
    """
    try:
        node: Any = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    line = None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        found = next(
            (pair for pair in node.value if getattr(pair[0], "value", None) == key),
            None,
        )
        if found is None:
            break
        line, node = found[0].start_mark.line + 1, found[1]
    return line

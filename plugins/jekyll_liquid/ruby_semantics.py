"""Where Ruby's Liquid and python-liquid differ when a template runs: Ruby's way.

python-liquid has no hook for what an operator means, so this is a patch,
the only one of python-liquid, pinned by a contract test
(``tests/jekyll_liquid/test_ruby_semantics.py``):

- ``contains`` of a value that holds nothing (``true``, a number) is false,
  as in Ruby (``left.respond_to?(:include?)``); python-liquid raises, and
  the whole ``if`` was lost (contrast's ``{% if site.show_frame contains
  "." %}`` under ``show_frame: true``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from liquid.builtin.expressions import logical

_PYTHON_LIQUIDS_CONTAINS = logical._contains


def _contains(token: Any, left: object, right: object) -> bool:
    if not isinstance(left, str | Collection):
        return False
    return _PYTHON_LIQUIDS_CONTAINS(token, left, right)


def use_ruby_semantics() -> None:
    """Give python-liquid's operators Ruby's meaning where they differ."""
    logical._contains = _contains

"""YAML as Jekyll reads it (YAML 1.1, like Ruby's Psych), loaded safely.

Only plain data is ever built: PyYAML's safe constructor, with libyaml's C
parser when it is installed. Duplicate keys are reported instead of being
silently merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from jekyll_common.errors import ContentError

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKeyLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that records keys given twice in one mapping."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
                if key in seen:
                    self.duplicates.append((key, key_node.start_mark.line + 1))
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


_DuplicateKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _DuplicateKeyLoader.construct_mapping,
)


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """Loaded YAML data and the keys that were given more than once."""

    data: Any
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)


def load_yaml(text: str, first_line: int = 1) -> YamlDocument:
    """Load one YAML document safely.

    ``first_line`` is the file line where ``text`` starts, so errors and
    duplicate keys are reported at their line in the file. Raises
    ContentError for syntax errors and for tags that would build objects.
    """
    loader = _DuplicateKeyLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + mark.line if mark else None
        problem = error.problem or "invalid YAML"
        if "could not determine a constructor" in str(problem):
            problem = f"{problem.strip()}; tags that build objects are not allowed"
        raise ContentError(f"YAML error: {problem.strip()}", line=line) from None
    except yaml.YAMLError as error:
        raise ContentError(f"YAML error: {error}", line=first_line) from None
    finally:
        loader.dispose()
    duplicates = [(key, first_line + line - 1) for key, line in loader.duplicates]
    return YamlDocument(data, duplicates)

"""The templates a template uses, and every name they read, from Jinja's parser.

A page's fingerprint digests the values of exactly these names: a
template's own names, and those of every template it extends, includes or
imports, followed to the end. A template chosen at render time (a name held
in a variable) cannot be followed: its page has no fingerprint.
"""

from __future__ import annotations

import hashlib

from jinja2 import Environment, Template, TemplateError, meta, nodes

# What a template source names, and the templates it extends, includes or
# imports (None: one chosen at render time).
Facts = tuple[frozenset[str], tuple[str | None, ...]]


class TemplateFacts:
    """Each template source's facts, by the source's digest, parsed once.

    ``known`` holds those of the last build (kept in the build cache, so a
    warm build parses no unchanged template); ``used`` those of this one.
    """

    def __init__(self) -> None:
        self.known: dict[bytes, Facts] = {}
        self.used: dict[bytes, Facts] = {}

    def of(self, environment: Environment, source: str) -> Facts:
        """Return the facts of a template source."""
        key = hashlib.blake2b(source.encode("utf-8", "surrogatepass")).digest()
        found = self.used.get(key) or self.known.get(key)
        if found is None:
            tree = environment.parse(source)
            # Every name read counts (a loop's own names too): more than the
            # template needs never misses a change.
            names = frozenset(
                node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"
            )
            found = (names, tuple(meta.find_referenced_templates(tree)))
        self.used[key] = found
        return found


def template_closure(
    template: Template, facts: TemplateFacts | None = None
) -> tuple[frozenset[str], bytes] | None:
    """Return the names a template and those it uses read, and their sources' digest."""
    facts = facts or TemplateFacts()
    environment = template.environment
    seen: dict[str, str] = {}
    names: set[str] = set()
    pending = [template.name]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        try:
            source, _, _ = environment.loader.get_source(environment, name)
            named, referenced = facts.of(environment, source)
        except TemplateError:
            return None
        if None in referenced:
            return None  # a template chosen at render time: no knowing what it reads
        names |= named
        seen[name] = source
        pending.extend(referenced)
    sources = "\x00".join(f"{n}\x00{seen[n]}" for n in sorted(seen))
    return frozenset(names), hashlib.blake2b(
        sources.encode("utf-8", "surrogatepass"), digest_size=20
    ).digest()

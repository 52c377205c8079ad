"""Fingerprints of pages, so a rebuild renders only the pages that changed.

A page's fingerprint digests its template, with every template it extends,
includes or imports, and the values of the context variables those
templates name (every name they read, from Jinja's own parser): a post
page names ``article`` and the site's pages, not the list of every post,
so editing one post leaves the other post pages as they were. What a
template cannot reach through the variables it names (settings read by
filters, the plugins' code, the theme's files) is in the environment
digest, made once a build.

Values are digested by their state, pickled without a memo and with
stand-ins for what recurs (documents, long lists, the settings, functions).
A document reached directly (the page's own ``article``) is digested whole,
with the documents it links to (previous, next, related) digested without
their own links; documents in a list are digested without their links. A
value that cannot be digested reliably makes the page's fingerprint
``None``: the page is then always rendered. This mirrors no Jekyll
behaviour: Jekyll renders every page on every build unless
``--incremental``, whose dependency tracking is the model here.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Iterable, Mapping
from importlib.metadata import version as package_version
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

from jinja2 import Environment, Template, TemplateError, meta, nodes
from pelican.contents import Content
from pelican.paginator import Paginator

# Attributes of a document that lead to the whole build, not to what it is.
_IGNORED_ATTRIBUTES = frozenset({"settings", "_context"})
_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})
_SHARED_LIST = 32
_MISSING = object()


class Unfingerprintable(Exception):
    """A value whose state cannot be digested reliably."""


def environment_digest(
    settings: Mapping[str, Any],
    folders: Iterable[Path],
    versions: Iterable[str],
    ignored: Iterable[str] = (),
) -> str:
    """Digest what every page depends on beyond its context variables.

    The settings but ``ignored`` (filters read them), every file under
    ``folders`` (the theme and the plugins' code) and library versions.
    Raises Unfingerprintable when a setting cannot be digested.
    """
    digest = hashlib.blake2b(digest_size=20)
    values = Fingerprints("")
    for key in sorted(set(settings) - set(ignored)):
        digest.update(key.encode() + b"=" + values.value(settings[key]) + b"\n")
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(folder)).encode())
                digest.update(hashlib.blake2b(path.read_bytes()).digest())
    for version in versions:
        digest.update(version.encode())
    return digest.hexdigest()


def build_environment(
    settings: Mapping[str, Any], ignored: Iterable[str], *, theme: bool = True
) -> str:
    """Digest a build's settings, plugins' code, theme and library versions.

    Raises Unfingerprintable when a setting cannot be digested.
    """
    folders = [*map(Path, settings.get("PLUGIN_PATHS", []))]
    if theme:
        folders.append(Path(settings["THEME"]))
    return environment_digest(
        settings,
        [f for f in folders if f.is_dir()],
        [package_version(p) for p in ("pelican", "jinja2", "markdown", "pyyaml")],
        ignored,
    )


class Fingerprints:
    """Digests of templates and values for one build (values memoised).

    Memoised values are kept alive by the memo, so an object's id is never
    reused for another during the build.
    """

    def __init__(self, environment: str) -> None:
        self.environment = environment
        self._templates: dict[str, tuple[frozenset[str], bytes] | None] = {}
        self._values: dict[tuple[int, bool], tuple[Any, bytes]] = {}
        self._digesting: set[tuple[int, bool]] = set()

    def page(self, template: Template, context: Mapping[str, Any]) -> str | None:
        """Return the fingerprint of a page, or None when it must be rendered."""
        inputs = self._template_inputs(template)
        if inputs is None:
            return None
        names, sources = inputs
        digest = hashlib.blake2b(self.environment.encode(), digest_size=20)
        digest.update(sources)
        try:
            for name in sorted(names):
                if name in context:
                    digest.update(name.encode() + b"=")
                    digest.update(self._value(context[name], whole=True))
        except Unfingerprintable:
            return None
        return digest.hexdigest()

    def documents(self, documents: Iterable[Content]) -> list[bytes | None]:
        """Return the digests of documents (None for those without one)."""
        found: list[bytes | None] = []
        for document in documents:
            try:
                found.append(self._value(document))
            except Unfingerprintable:
                found.append(None)
        return found

    def adopt(
        self, documents: Iterable[Content], digests: Iterable[bytes | None]
    ) -> None:
        """Take digests of documents made elsewhere (in a worker process)."""
        for document, digest in zip(documents, digests, strict=True):
            if digest is not None:
                self._values[(id(document), False)] = (document, digest)

    def value(self, value: Any) -> bytes:
        """Return the digest of one value; raises Unfingerprintable."""
        return self._value(value, whole=True)

    def _template_inputs(
        self, template: Template
    ) -> tuple[frozenset[str], bytes] | None:
        name = template.name or ""
        if name not in self._templates:
            self._templates[name] = _closure(template) if name else None
        return self._templates[name]

    def _value(self, value: Any, *, whole: bool = False) -> bytes:
        if type(value) in _PLAIN:
            return repr(value).encode("utf-8", "surrogatepass")
        key = (id(value), whole)
        found = self._values.get(key)
        if found is not None:
            return found[1]
        if key in self._digesting:
            return b"cycle"
        self._digesting.add(key)
        try:
            if isinstance(value, Content) and whole:
                result = self._linked_document(value)
            else:
                result = self._pickled(value)
        finally:
            self._digesting.discard(key)
        self._values[key] = (value, result)
        return result

    def _pickled(self, value: Any) -> bytes:
        try:
            state = self._content_state(value) if isinstance(value, Content) else value
            buffer = io.BytesIO()
            _Pickler(buffer, self, state).dump(state)
        except (
            pickle.PicklingError,
            TypeError,
            AttributeError,
            RecursionError,
        ) as error:
            raise Unfingerprintable(str(error)) from None
        return hashlib.blake2b(buffer.getbuffer(), digest_size=20).digest()

    def _linked_document(self, document: Content) -> bytes:
        """Digest a document with the documents it links to (each without theirs)."""
        digest = hashlib.blake2b(self._value(document), digest_size=20)
        for name, item in vars(document).items():
            if _links_documents(item):
                linked = item if isinstance(item, list | tuple) else [item]
                digest.update(name.encode())
                for other in linked:
                    digest.update(self._value(other))
        return digest.digest()

    def _content_state(self, content: Content) -> dict[str, Any]:
        # Pelican rewrites {filename} links at render time from the whole
        # site's context: such a document's pages are always rendered.
        text = getattr(content, "_content", "") or ""
        if content._get_intrasite_link_regex().search(text):
            raise Unfingerprintable("intrasite links")
        state = {"class": type(content).__qualname__}
        attributes = vars(content)
        for name, item in attributes.items():
            if name in _IGNORED_ATTRIBUTES:
                continue
            if name == "metadata":
                # Pelican mirrors metadata as attributes: only what differs.
                state[name] = {
                    key: value
                    for key, value in item.items()
                    if attributes.get(key.lower(), _MISSING) is not value
                }
            elif not _links_documents(item):
                state[name] = item
        return state

    def persistent(self, value: Any) -> Any:
        """Stand-ins for what a digest must not pickle whole (see _Pickler)."""
        if isinstance(value, Content):
            return ("document", self._value(value))
        if isinstance(value, Paginator):
            # What pagination shows: the pages' count and size, not every post.
            return ("paginator", value.name, value.url, value.per_page,
                    value.orphans, len(value.object_list))  # fmt: skip
        if isinstance(value, dict) and "OUTPUT_PATH" in value and "THEME" in value:
            return "settings"  # the settings or the whole context: see module
        if isinstance(value, list) and len(value) > _SHARED_LIST:
            # Long lists (every post, an archive's posts) recur on many pages.
            return ("list", self._value(value))
        if isinstance(value, FunctionType | MethodType | BuiltinFunctionType):
            return ("callable", value.__module__, value.__qualname__)
        return None


class _Pickler(pickle.Pickler):
    """Pickles a value for its digest, with stand-ins for what recurs."""

    def __init__(self, buffer: io.BytesIO, owner: Fingerprints, root: Any) -> None:
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        # No memo: the bytes depend on the values, not on which of them
        # happen to be one shared object (a cycle fails as too deep).
        self.fast = True
        self.owner = owner
        self.root = root

    def persistent_id(self, value: Any) -> Any:
        if type(value) in _PLAIN or value is self.root:
            return None
        return self.owner.persistent(value)


def _links_documents(value: Any) -> bool:
    if isinstance(value, Content):
        return True
    return isinstance(value, list | tuple) and any(
        isinstance(v, Content) for v in value
    )


# What each template source names and uses, by the source's digest: parsed
# once per process.
_TEMPLATE_FACTS: dict[bytes, tuple[frozenset[str], tuple[str | None, ...]]] = {}


def _facts(
    environment: Environment, source: str
) -> tuple[frozenset[str], tuple[str | None, ...]]:
    key = hashlib.blake2b(source.encode("utf-8", "surrogatepass")).digest()
    found = _TEMPLATE_FACTS.get(key)
    if found is None:
        tree = environment.parse(source)
        # Every name read counts (a loop's own names too): more than the
        # template needs never misses a change.
        names = frozenset(
            node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"
        )
        found = _TEMPLATE_FACTS[key] = (
            names,
            tuple(meta.find_referenced_templates(tree)),
        )
    return found


def _closure(template: Template) -> tuple[frozenset[str], bytes] | None:
    """Return the variables a template and those it uses name, and their sources."""
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
            named, referenced = _facts(environment, source)
        except TemplateError:
            return None
        if None in referenced:
            return None  # a template chosen at render time: no knowing what it reads
        names |= named
        seen[name] = source
        pending.extend(referenced)
    sources = "\x00".join(f"{n}\x00{seen[n]}" for n in sorted(seen))
    return frozenset(names), sources.encode("utf-8", "surrogatepass")

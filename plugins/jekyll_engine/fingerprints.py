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
stand-ins for what recurs (documents, the settings, functions): the stand-ins
come from the pickler's ``reducer_override``, which the C pickler never calls
for strings, numbers, lists, tuples and dicts, so the bulk of a document's
state is pickled without a call back into Python.
A document reached directly (the page's own ``article``) is digested whole,
with the documents it links to (previous, next, related) digested without
their own links; documents in a list are digested without their links. A
value that cannot be digested reliably makes the page's fingerprint
``None``: the page is then always rendered. This mirrors no Jekyll
behaviour: Jekyll renders every page on every build unless
``--incremental``, whose dependency tracking is the model here.
"""

from __future__ import annotations

import enum
import hashlib
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
_LONG = 32
_MISSING = object()


_Names = tuple[tuple[str, bytes], ...]


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
        # By template name: the names its closure reads (with their labels in
        # the digest), and the digest of its sources.
        self._templates: dict[str, tuple[_Names, bytes] | None] = {}
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
            for name, label in names:
                if name in context:
                    digest.update(label)
                    digest.update(self._value(context[name], whole=True))
        except Unfingerprintable:
            return None
        return digest.hexdigest()

    def made(self, inputs: Any) -> str | None:
        """Return the fingerprint of a file made by code from ``inputs``, or None.

        The code is in the environment digest; documents among the inputs
        are digested without their links, as in a list.
        """
        digest = hashlib.blake2b(self.environment.encode(), digest_size=20)
        digest.update(b"made\x00")
        try:
            digest.update(self._value(inputs))
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

    def _template_inputs(self, template: Template) -> tuple[_Names, bytes] | None:
        name = template.name or ""
        if name not in self._templates:
            closure = _closure(template) if name else None
            self._templates[name] = closure and (
                tuple((n, n.encode() + b"=") for n in sorted(closure[0])),
                closure[1],
            )
        return self._templates[name]

    def _value(self, value: Any, *, whole: bool = False) -> bytes:
        if type(value) in _PLAIN:
            return repr(value).encode("utf-8", "surrogatepass")
        # Only a document is digested differently whole (with its links).
        whole = whole and isinstance(value, Content)
        key = (id(value), whole)
        found = self._values.get(key)
        if found is not None:
            return found[1]
        if key in self._digesting:
            return b"cycle"
        self._digesting.add(key)
        try:
            result = self._linked_document(value) if whole else self._pickled(value)
        finally:
            self._digesting.discard(key)
        self._values[key] = (value, result)
        return result

    def _pickled(self, value: Any) -> bytes:
        digest = hashlib.blake2b(digest_size=20)
        try:
            state = self._content_state(value) if isinstance(value, Content) else value
            _Pickler(_DigestWriter(digest), self, state).dump(state)
        except (
            pickle.PicklingError,
            TypeError,
            ValueError,
            AttributeError,
            RecursionError,
        ) as error:
            raise Unfingerprintable(str(error)) from None
        return digest.digest()

    def _linked_document(self, document: Content) -> bytes:
        """Digest a document with the documents it links to (each without theirs)."""
        digest = hashlib.blake2b(self._value(document), digest_size=20)
        for name, item in vars(document).items():
            if _links_documents(item):
                linked = [item] if isinstance(item, Content) else item
                digest.update(name.encode())
                for other in linked:
                    digest.update(self._value(other))
        return digest.digest()

    def _content_state(self, content: Content) -> dict[str, Any]:
        # Pelican rewrites {filename} links at render time from the whole
        # site's context: such a document's pages are always rendered.
        text = getattr(content, "_content", "") or ""
        if may_link_intrasite(content, text) and (
            content._get_intrasite_link_regex().search(text)
        ):
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
                    if not _same(attributes.get(key.lower(), _MISSING), value)
                }
            elif not _links_documents(item):
                state[name] = item
        return state

    def stand_in(self, value: Any, kind: _Kind) -> Any:
        """Return what a digest pickles in place of ``value`` (None: itself)."""
        if kind is _Kind.DOCUMENT:
            return ("document", self._value(value))
        if kind is _Kind.PAGINATOR:
            # What pagination shows: the pages' count and size, not every post.
            return ("paginator", value.name, value.url, value.per_page,
                    value.orphans, len(value.object_list))  # fmt: skip
        if kind is _Kind.CALLABLE:
            return ("callable", value.__module__, value.__qualname__)
        if any(map(_is_long, _attributes(value))):
            # An object holding a long list (an archive and its posts) recurs
            # on many pages: digested once.
            return ("object", self._value(value))
        return None


class _Kind(enum.Enum):
    """How the pickler treats a value, by its type."""

    NATIVE = enum.auto()  # pickled as it is: no attributes of its own
    DOCUMENT = enum.auto()
    PAGINATOR = enum.auto()
    CALLABLE = enum.auto()
    OBJECT = enum.auto()  # attributes: maybe long lists, maybe the settings


_KINDS: dict[type, _Kind] = {}


def _kind_of(kind: type) -> _Kind:
    found = _KINDS.get(kind)
    if found is None:
        if issubclass(kind, Content):
            found = _Kind.DOCUMENT
        elif issubclass(kind, Paginator):
            found = _Kind.PAGINATOR
        elif issubclass(kind, FunctionType | MethodType | BuiltinFunctionType):
            found = _Kind.CALLABLE
        elif issubclass(kind, type) or not ("__dict__" in dir(kind) or _slots_of(kind)):
            found = _Kind.NATIVE
        else:
            found = _Kind.OBJECT
        _KINDS[kind] = found
    return found


class _DigestWriter:
    """A file whose bytes go into a digest as they are written."""

    __slots__ = ("write",)

    def __init__(self, digest: Any) -> None:
        self.write = digest.update


class _Pickler(pickle.Pickler):
    """Pickles a value for its digest, with stand-ins for what recurs."""

    def __init__(self, file: Any, owner: Fingerprints, root: Any) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        # No memo: the bytes depend on the values, not on which of them
        # happen to be one shared object (a cycle fails as too deep).
        self.fast = True
        self.owner = owner
        self.root = root

    def reducer_override(self, value: Any) -> Any:
        kind = _kind_of(type(value))
        if kind is _Kind.NATIVE:
            return NotImplemented
        if value is not self.root:
            stand_in = self.owner.stand_in(value, kind)
            if stand_in is not None:
                # Rebuilt as a tuple, which no real tuple is pickled as.
                return tuple, (stand_in,)
        state = _instance_dict(value)
        if state is not None and any(map(_is_settings, state.values())):
            # An object holding the settings (a tag, a page of a list): they
            # are in the environment digest already.
            reduced = value.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
            if isinstance(reduced, tuple) and len(reduced) > 2:
                state = reduced[2]
                if type(state) is dict:
                    state = {
                        key: "settings" if _is_settings(item) else item
                        for key, item in state.items()
                    }
                return (*reduced[:2], state, *reduced[3:])
        return NotImplemented


def _instance_dict(value: Any) -> dict[str, Any] | None:
    # Read past any __getattr__ (Jinja's Undefined raises from it).
    try:
        found = object.__getattribute__(value, "__dict__")
    except AttributeError:
        return None
    return found if type(found) is dict else None


def _attributes(value: Any) -> Iterable[Any]:
    found = _instance_dict(value)
    if found is not None:
        return found.values()
    attributes = []
    for name in _slots_of(type(value)):
        try:
            attributes.append(object.__getattribute__(value, name))
        except AttributeError:
            continue
    return attributes


def _slots_of(kind: type) -> tuple[str, ...]:
    names = _SLOTS.get(kind)
    if names is None:
        names = _SLOTS[kind] = tuple(
            name
            for owner in kind.__mro__
            for name in _slot_names(owner)
            if name not in ("__dict__", "__weakref__")
        )
    return names


def _slot_names(owner: type) -> tuple[str, ...]:
    slots = vars(owner).get("__slots__", ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


_SLOTS: dict[type, tuple[str, ...]] = {}


def _is_long(value: Any) -> bool:
    return type(value) in (list, tuple, dict) and len(value) > _LONG


def _is_settings(value: Any) -> bool:
    # The settings, or the whole context made from them.
    return type(value) is dict and "OUTPUT_PATH" in value and "THEME" in value


# Pelican's own pattern of intrasite links ({filename}..., |filename|...),
# which always follows an attribute's opening quote.
_DEFAULT_INTRASITE = "[{|](?P<what>.*?)[|}]"
_INTRASITE_OPENINGS = ('"{', "'{", '"|', "'|")


def may_link_intrasite(content: Content, text: str) -> bool:
    """Return whether Pelican's intrasite-link pattern may match ``text``.

    A substring test that spares most documents Pelican's slower pattern.
    """
    if content.settings.get("INTRASITE_LINK_REGEX") != _DEFAULT_INTRASITE:
        return True
    # One-character searches are much faster than two-character ones.
    if "{" not in text and "|" not in text:
        return False
    return any(opening in text for opening in _INTRASITE_OPENINGS)


def _same(mirror: Any, value: Any) -> bool:
    # By value for plain values: a kept document's copies are equal, not one.
    return mirror is value or (
        type(value) in _PLAIN and type(mirror) is type(value) and mirror == value
    )


def _links_documents(value: Any) -> bool:
    kind = type(value)
    if kind in _PLAIN:
        return False
    if isinstance(value, list | tuple):
        return any(isinstance(v, Content) for v in value)
    return isinstance(value, Content)


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
    """Return the names a template and those it uses read, and their sources' digest."""
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
    return frozenset(names), hashlib.blake2b(
        sources.encode("utf-8", "surrogatepass"), digest_size=20
    ).digest()

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

import hashlib
import pickle
from collections.abc import Iterable, Mapping
from typing import Any

from jinja2 import Template
from pelican.contents import Content

from jekyll_engine.digest_pickler import DigestPickler, Kind, holds_long_value
from jekyll_engine.template_closure import TemplateFacts, template_closure

# Attributes of a document that lead to the whole build, not to what it is.
_IGNORED_ATTRIBUTES = frozenset({"settings", "_context"})
_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})
_MISSING = object()


_Names = tuple[tuple[str, bytes], ...]


class Unfingerprintable(Exception):
    """A value whose state cannot be digested reliably."""


class Fingerprints:
    """Digests of templates and values for one build (values memoised).

    Memoised values are kept alive by the memo, so an object's id is never
    reused for another during the build.
    """

    def __init__(self, environment: str) -> None:
        self.environment = environment
        # What the templates name (the page records keep it between builds).
        self.facts = TemplateFacts()
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
            closure = template_closure(template, self.facts) if name else None
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
            DigestPickler(digest, self, state).dump(state)
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

    def stand_in(self, value: Any, kind: Kind) -> Any:
        """Return what a digest pickles in place of ``value`` (None: itself)."""
        if kind is Kind.DOCUMENT:
            return ("document", self._value(value))
        if kind is Kind.PAGINATOR:
            # What pagination shows: the pages' count and size, not every post.
            return ("paginator", value.name, value.url, value.per_page,
                    value.orphans, len(value.object_list))  # fmt: skip
        if kind is Kind.CALLABLE:
            return ("callable", value.__module__, value.__qualname__)
        if holds_long_value(value):
            # An object holding a long list (an archive and its posts) recurs
            # on many pages: digested once.
            return ("object", self._value(value))
        return None


def _same(mirror: Any, value: Any) -> bool:
    # By value for plain values: a cached reading's copies are equal, not one.
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

"""The pickler that digests a value's state, with stand-ins for what recurs.

Values are pickled without a memo into a digest, not a file. The owner (a
page's ``Fingerprints``) says what stands in for a document, a paginator, a
function or an object holding a long list; the settings, which every page
shares and the environment digest holds, are pickled as a word. The C
pickler calls ``reducer_override`` only for objects of classes, never for
strings, numbers, lists, tuples and dicts, so most of a value is pickled
without a call back into Python.
"""

from __future__ import annotations

import enum
import pickle
from collections.abc import Iterable
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any, Protocol

from pelican.contents import Content
from pelican.paginator import Paginator

_LONG = 32


class StandIns(Protocol):
    """What says what a value is pickled as instead of itself."""

    def stand_in(self, value: Any, kind: Kind) -> Any:
        """Return what to pickle in place of ``value`` (None: itself)."""


class Kind(enum.Enum):
    """How the pickler treats a value, by its type."""

    NATIVE = enum.auto()  # pickled as it is: no attributes of its own
    DOCUMENT = enum.auto()
    PAGINATOR = enum.auto()
    CALLABLE = enum.auto()
    OBJECT = enum.auto()  # attributes: maybe long lists, maybe the settings


_KINDS: dict[type, Kind] = {}


def kind_of(kind: type) -> Kind:
    """Return how values of a type are pickled (known once per type)."""
    found = _KINDS.get(kind)
    if found is None:
        if issubclass(kind, Content):
            found = Kind.DOCUMENT
        elif issubclass(kind, Paginator):
            found = Kind.PAGINATOR
        elif issubclass(kind, FunctionType | MethodType | BuiltinFunctionType):
            found = Kind.CALLABLE
        elif issubclass(kind, type) or not ("__dict__" in dir(kind) or _slots_of(kind)):
            found = Kind.NATIVE
        else:
            found = Kind.OBJECT
        _KINDS[kind] = found
    return found


class _DigestWriter:
    """A file whose bytes go into a digest as they are written."""

    __slots__ = ("write",)

    def __init__(self, digest: Any) -> None:
        self.write = digest.update


class DigestPickler(pickle.Pickler):
    """Pickles a value for its digest, with stand-ins for what recurs."""

    def __init__(self, digest: Any, owner: StandIns, root: Any) -> None:
        super().__init__(_DigestWriter(digest), protocol=pickle.HIGHEST_PROTOCOL)
        # No memo: the bytes depend on the values, not on which of them
        # happen to be one shared object (a cycle fails as too deep).
        self.fast = True
        self.owner = owner
        self.root = root

    def reducer_override(self, value: Any) -> Any:
        """Pickle a stand-in, or an object without the settings it holds."""
        kind = kind_of(type(value))
        if kind is Kind.NATIVE:
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


def holds_long_value(value: Any) -> bool:
    """Return whether an object holds a long list or mapping (an archive's posts)."""
    return any(map(_is_long, _attributes(value)))


def _is_settings(value: Any) -> bool:
    # The settings, or the whole context made from them.
    return type(value) is dict and "OUTPUT_PATH" in value and "THEME" in value

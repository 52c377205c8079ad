"""The digest pickler: kinds of value, and what stands in for what recurs."""

from __future__ import annotations

import hashlib
from typing import Any

from pelican.contents import Article
from pelican.paginator import Paginator

from jekyll_engine.digest_pickler import DigestPickler, Kind, holds_long_value, kind_of


class _Holder:
    def __init__(self, items: list[int]) -> None:
        self.items = items


class _Recorder:
    def __init__(self) -> None:
        self.asked: list[Kind] = []

    def stand_in(self, value: Any, kind: Kind) -> Any:
        del value
        self.asked.append(kind)
        return ("stand-in", kind.name)


def _digest(value: Any, owner: Any) -> bytes:
    digest = hashlib.blake2b(digest_size=20)
    DigestPickler(digest, owner, None).dump(value)
    return digest.digest()


def test_each_type_is_of_one_kind() -> None:
    assert kind_of(str) is Kind.NATIVE
    assert kind_of(Article) is Kind.DOCUMENT
    assert kind_of(Paginator) is Kind.PAGINATOR
    assert kind_of(type(len)) is Kind.CALLABLE
    assert kind_of(_Holder) is Kind.OBJECT


def test_an_object_holding_a_long_list_is_told_apart() -> None:
    assert holds_long_value(_Holder(list(range(100))))
    assert not holds_long_value(_Holder([1, 2]))


def test_objects_are_pickled_as_their_stand_ins() -> None:
    owner = _Recorder()
    first = _digest({"a": _Holder([1]), "b": [1, "x"]}, owner)
    assert owner.asked == [Kind.OBJECT]
    # The object's own state is not digested: its stand-in is.
    assert first == _digest({"a": _Holder([2]), "b": [1, "x"]}, owner)
    assert first != _digest({"a": _Holder([1]), "b": [2, "x"]}, owner)


def test_the_settings_an_object_holds_are_pickled_as_a_word() -> None:
    class _NoStandIns:
        def stand_in(self, value: Any, kind: Kind) -> Any:
            del value, kind

    settings = {"OUTPUT_PATH": "out", "THEME": "theme"}
    other = {**settings, "SITENAME": "another"}
    tag, same = _Holder([1]), _Holder([1])
    tag.settings, same.settings = settings, other
    assert _digest(tag, _NoStandIns()) == _digest(same, _NoStandIns())

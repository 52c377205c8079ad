"""The read cache: keys, the metadata codec, and what survives a restart."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author, Category, Tag

from jekyll_frontmatter.read_cache import (
    ReadCache,
    ReadEntry,
    decode_metadata,
    encode_metadata,
    file_key,
    may_hold_liquid,
    static_digest,
)


def test_file_key_follows_any_write_and_history(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: A\n---\nText.\n", encoding="utf-8")
    key = file_key(path, None)
    assert file_key(path, None) == key
    assert file_key(path, ("2020-01-01", "2021-01-01")) != key
    # Same size, time set back: the change time still tells (a write a
    # clock tick later: file-system clocks tick every few milliseconds).
    stamp = path.stat()
    time.sleep(0.05)
    path.write_text("---\ntitle: B\n---\nText.\n", encoding="utf-8")
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert file_key(path, None) != key
    assert not may_hold_liquid(path)
    path.write_text("{{ site.title }}", encoding="utf-8")
    assert may_hold_liquid(path)


def test_static_digest_sees_an_image_change(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"1")
    first = static_digest(tmp_path, ["a.png", "missing.png"])
    (tmp_path / "a.png").write_bytes(b"12")
    assert static_digest(tmp_path, ["a.png", "missing.png"]) != first


def test_metadata_codec_wraps_names_again() -> None:
    settings = dict(DEFAULT_CONFIG)
    tags = [Tag("Machine Learning", settings), Tag("ai", settings)]
    categories = [Category("career", settings)]
    metadata = {
        "title": "T",
        "tags": tags,
        "categories": categories,
        "category": categories[0],
        "author": Author("Ann", settings),
    }
    plain = encode_metadata(metadata)
    assert plain["tags"] == ["Machine Learning", "ai"]
    assert plain["author"] == "Ann"
    kinds = {
        "tags": Tag,
        "categories": Category,
        "category": Category,
        "author": Author,
    }
    back = decode_metadata(plain, lambda key, name: kinds[key](name, settings))
    assert [t.name for t in back["tags"]] == ["Machine Learning", "ai"]
    assert back["category"] is back["categories"][0]
    assert isinstance(back["author"], Author)
    assert back["title"] == "T"


def _entry(key: bytes) -> ReadEntry:
    return ReadEntry(key, "post", "<p>x</p>", {"title": "x"}, (("a", 30, "w"),), ())


def test_cache_keeps_what_this_build_used(tmp_path: Path) -> None:
    path = tmp_path / "read.pickle"
    cache = ReadCache(path, "env")
    cache.put("_posts/a.md", _entry(b"1"))
    cache.put("_posts/b.md", _entry(b"2"))
    cache.save()

    again = ReadCache(path, "env")
    assert again.holds("_posts/a.md", b"1")
    assert not again.holds("_posts/a.md", b"changed")
    assert again.get("_posts/a.md", b"1") == _entry(b"1")
    assert again.get("_posts/b.md", b"changed") is None
    again.save()  # b.md was not used: dropped
    assert not ReadCache(path, "env").holds("_posts/b.md", b"2")
    assert ReadCache(path, "other settings").entries == {}
    assert ReadCache(path, None).path is None  # unknowable environment: no cache

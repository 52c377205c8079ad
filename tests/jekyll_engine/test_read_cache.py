"""The read cache: keys, the metadata codec, and what survives a restart."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author, Category, Tag

from jekyll_engine.read_cache import (
    ReadCache,
    ReadEntry,
    decode_metadata,
    encode_metadata,
    file_key,
    may_depend_on_others,
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
    assert not may_depend_on_others(path)
    path.write_text("{{ site.title }}", encoding="utf-8")
    assert may_depend_on_others(path)
    # A link to a Markdown file shows its page's URL (jekyll_relative_links).
    path.write_text("See [setup](docs/setup.md#run).\n", encoding="utf-8")
    assert may_depend_on_others(path)
    path.write_text("A file.mdx, and README.markdown-like words.\n", encoding="utf-8")
    assert not may_depend_on_others(path)


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


def _saved_cache(path: Path, count: int) -> ReadCache:
    cache = ReadCache(path, "env")
    for number in range(count):
        cache.put(f"_posts/{number}.md", _entry(b"%d" % number))
    cache.save()
    return ReadCache(path, "env")


def _use(cache: ReadCache, numbers: range) -> None:
    for number in numbers:
        assert cache.get(f"_posts/{number}.md", b"%d" % number) is not None


def test_a_few_changes_are_written_apart_from_the_readings(tmp_path: Path) -> None:
    path = tmp_path / "read.pickle"
    cache = _saved_cache(path, 64)
    main_file = path.read_bytes()
    _use(cache, range(2, 64))
    cache.put("_posts/1.md", _entry(b"edited"))  # and 0.md is gone
    cache.save()

    assert path.read_bytes() == main_file
    assert cache.changes_path is not None and cache.changes_path.is_file()
    again = ReadCache(path, "env")
    assert again.holds("_posts/1.md", b"edited")
    assert not again.holds("_posts/1.md", b"1")
    assert not again.holds("_posts/0.md", b"0")
    assert again.holds("_posts/2.md", b"2")


def _one_change_saved(path: Path) -> ReadCache:
    cache = _saved_cache(path, 64)
    _use(cache, range(1, 64))
    cache.put("_posts/0.md", _entry(b"edited"))
    cache.save()
    assert cache.changes_path is not None and cache.changes_path.is_file()
    return cache


def test_many_changes_write_every_reading_again(tmp_path: Path) -> None:
    path = tmp_path / "read.pickle"
    cache = _one_change_saved(path)

    again = ReadCache(path, "env")
    for number in range(64):
        again.put(f"_posts/{number}.md", _entry(b"new %d" % number))
    again.save()
    assert not cache.changes_path.exists()
    last = ReadCache(path, "env")
    assert all(last.holds(f"_posts/{n}.md", b"new %d" % n) for n in range(64))


def test_changes_without_their_readings_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "read.pickle"
    _one_change_saved(path)
    path.unlink()  # the main file evicted, say
    assert ReadCache(path, "env").entries == {}

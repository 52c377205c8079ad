"""A damaged cache is a hint lost, never a failed build or a different site."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from jekyll_bench.corpus import write_corpus
from jekyll_tasks.runner import run_build
from tests.helpers import tree


def _cold(source: Path, tmp_path: Path) -> dict:
    cold = run_build(
        source=source, output=tmp_path / "cold", overrides={"JEKYLL_CACHE": False}
    )
    return tree(cold.output)


@pytest.mark.parametrize("damage", ["random", "truncated", "emptied", "deleted"])
def test_a_damaged_cache_file_is_dropped_said_and_made_again(
    tmp_path: Path, damage: str
) -> None:
    source = write_corpus(tmp_path / "source", 12)
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    output = tmp_path / "out"
    run_build(source=source, output=output, overrides=settings)
    files = sorted((tmp_path / "cache").glob("*.pickle"))
    assert files
    for n, path in enumerate(files):
        if damage == "random":
            # Bytes that look like a pickle's start, then noise.
            noise = random.Random(n).randbytes(300)  # noqa: S311 (reproducible)
            path.write_bytes(b"\x80\x05" + noise)
        elif damage == "truncated":
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        elif damage == "emptied":
            path.write_bytes(b"")
        elif n % 2:
            path.unlink()
    damaged = run_build(source=source, output=output, overrides=settings)
    assert damaged.errors == 0
    assert tree(damaged.output) == _cold(source, tmp_path)
    said = [m for _, m in damaged.messages if "the build cache could not be read" in m]
    if damage in ("random", "truncated"):
        assert said
    # The next build finds a good cache again and says nothing of it.
    again = run_build(source=source, output=output, overrides=settings)
    assert not [m for _, m in again.messages if "build cache" in m]
    assert tree(again.output) == tree(damaged.output)


def test_a_file_where_the_cache_folder_should_be(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 5)
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    result = run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert result.errors == 0
    assert any("cannot be kept here" in m for _, m in result.messages)
    assert tree(result.output) == _cold(source, tmp_path)

"""The site's own layout files, read once while they stay as they were."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jekyll_reader import layout_files
from jekyll_reader.layout_files import has_layout, site_layout


def test_a_layout_is_read_once_until_it_or_its_folder_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = []
    decode = layout_files.decode
    monkeypatch.setattr(
        layout_files, "decode", lambda raw: read.append(1) or decode(raw)
    )
    folder = tmp_path / "_layouts" / "tasks"
    folder.mkdir(parents=True)
    (folder / "compress.liquid").write_text("---\nx: 1\n---\nA{{ content }}")
    for _ in range(3):
        found = site_layout(tmp_path, "tasks/compress")
        assert found is not None and found.text == "A{{ content }}"
    assert len(read) == 1
    # Edited (``invoke serve`` goes on in one process): read again.
    (folder / "compress.liquid").write_text("---\nx: 2\n---\nBB{{ content }}")
    found = site_layout(tmp_path, "tasks/compress")
    assert found is not None and (found.text, found.data) == (
        "BB{{ content }}",
        {"x": 2},
    )
    # An HTML file of the name added beside it is the layout now.
    (folder / "compress.html").write_text("C{{ content }}")
    os.utime(folder, ns=(1, 1))  # a folder changed in the same instant, too
    found = site_layout(tmp_path, "tasks/compress")
    assert found is not None and found.text == "C{{ content }}"
    assert has_layout(tmp_path, "tasks/compress")
    assert site_layout(tmp_path, "nothing") is None
    assert site_layout(tmp_path, "../../etc/passwd") is None

"""A site with big images: phones are offered smaller copies, made once."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image

from tests.conftest import SiteBuilder


def _png(size: tuple[int, int]) -> bytes:
    # Uncompressed: as heavy as a photo of that size (copies are made only
    # of files of 100 KB or more).
    out = io.BytesIO()
    Image.linear_gradient("L").resize(size).save(out, "PNG", compress_level=0)
    return out.getvalue()


POST = """---
title: Figures
---
![A wide plot]({{ site.baseurl }}/assets/img/wide.png)

![small](/lab/assets/img/small.png) and ![drawing](/lab/assets/img/d.svg)
"""
FILES = {
    "_config.yml": "baseurl: /lab\n",
    "_posts/2024-01-01-figures.md": POST,
    "assets/img/wide.png": _png((2400, 1200)),
    "assets/img/small.png": _png((300, 100)),
    "assets/img/d.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="3000"/>',
}


def _images(output: Path) -> list[str]:
    page = (output / "2024/01/01/figures.html").read_text()
    return re.findall(r"<img\b[^>]*>", page)


def test_a_big_image_names_copies_that_are_in_the_output(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    result, output = build_site(FILES, CACHE_PATH=str(tmp_path / "cache"))
    assert result.errors == 0
    wide, small, drawing = _images(output)
    srcset = re.search(r'srcset="([^"]+)"', wide)[1]
    entries = [entry.split() for entry in srcset.split(", ")]
    assert [width for _, width in entries] == [
        "480w",
        "800w",
        "1200w",
        "1600w",
        "2400w",
    ]
    for url, width in entries:
        assert url.startswith("/lab/")
        with Image.open(output / url.removeprefix("/lab/")) as copy:
            assert copy.width == int(width[:-1])
    assert 'sizes="' in wide
    assert "srcset" not in small and "srcset" not in drawing


def test_a_rebuild_into_a_new_folder_takes_the_copies_from_the_cache(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    _, output = build_site(FILES, CACHE_PATH=str(cache))
    made = {p: p.stat().st_mtime_ns for p in (cache / "resized").iterdir()}
    first = {p.relative_to(output): p.read_bytes() for p in output.rglob("*-*w.png")}
    for path in output.rglob("*"):
        if path.is_file():
            path.unlink()
    build_site(FILES, CACHE_PATH=str(cache))
    again = {p.relative_to(output): p.read_bytes() for p in output.rglob("*-*w.png")}
    assert len(first) == 4 and again == first
    assert {p: p.stat().st_mtime_ns for p in (cache / "resized").iterdir()} == made


def test_copies_of_an_image_no_longer_shown_are_removed(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    _, output = build_site(FILES, CACHE_PATH=str(tmp_path / "cache"))
    assert list(output.rglob("wide-480w.png"))
    without = POST.replace("![A wide plot]", "[A wide plot]")
    smaller = {**FILES, "_posts/2024-01-01-figures.md": without}
    build_site(smaller, CACHE_PATH=str(tmp_path / "cache"))
    assert not list(output.rglob("wide-480w.png"))


def test_a_big_header_image_is_offered_in_copies_too(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    files = {
        **FILES,
        "_posts/2024-01-02-header.md": "---\ntitle: H\nimage: /assets/img/wide.png\n---\nText.\n",
    }
    _, output = build_site(files, CACHE_PATH=str(tmp_path / "cache"))
    page = (output / "2024/01/02/header.html").read_text()
    header = re.search(r'<figure class="header-image">\s*(<img[^>]*>)', page)[1]
    srcset = re.search(r'srcset="([^"]+)"', header)[1]
    assert srcset.endswith("/lab/assets/img/wide.png 2400w")
    for url in (entry.split()[0] for entry in srcset.split(", ")):
        assert (output / url.removeprefix("/lab/")).is_file()
    assert 'sizes="(min-width: 49.5rem) 760px' in header

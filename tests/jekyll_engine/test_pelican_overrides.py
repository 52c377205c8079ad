"""What the replacements of Pelican's internals keep and change.

Pelican's intrasite links are not Jekyll's: shown as written, nothing
copied. The theme's files are copied where Pelican copies them, and kept
when unchanged.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from jekyll_engine import pelican_overrides


def _article(content: str, **settings: object) -> Article:
    # The document lies in its content folder, as every document read does.
    config = {**DEFAULT_CONFIG, "PATH": "/site", **settings}
    return Article(
        content,
        metadata={"title": "T", "date": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)},
        settings=config,
        source_path="/site/_posts/2020-01-01-t.md",
    )


@pytest.fixture(autouse=True)
def _jekyll_links() -> None:
    pelican_overrides.replace_pelican_methods()


@pytest.mark.parametrize(
    "content",
    [
        '<p><a href="{static}/files/a.pdf">a</a></p>',
        "<p><img src='{attach}pic.png'></p>",
        '<p><a href="|static|/files/b.pdf">b</a></p>',
        '<p><a href="{filename}/_posts/other.md">c</a></p>',
        '<p><a href="{static}../../etc/passwd">out</a></p>',
        "<p>No link at all, only {braces} and a | bar.</p>",
        # The character the pattern looks for first, and a link after it.
        '<p>\x00<a href="{static}/files/a.pdf">\x00\x00</a></p>',
    ],
)
def test_a_pelican_link_is_shown_as_written_and_names_no_file(content: str) -> None:
    article = _article(content)
    assert article.get_static_links() == set()
    assert article.get_content("https://example.org") == content


def test_a_tag_left_open_is_kept_as_it_is() -> None:
    # Pelican's own pattern takes time quadratic in such a text.
    content = "<div>" + "<a href=x " * 2000 + "</div>"
    article = _article(content)
    assert article.get_content("") == content
    assert article.get_static_links() == set()


def _theme(root: Path) -> Path:
    theme = root / "theme"
    for name, text in {
        "static/css/site.css": "body {}",
        "static/js/a.js": "let a;",
        "static/js/.#a.js": "an editor's lock file",
        "static/favicon.svg": "<svg/>",
    }.items():
        (theme / name).parent.mkdir(parents=True, exist_ok=True)
        (theme / name).write_text(text)
    return theme


def _copy_theme(theme: Path, output: Path, final_path: str | None = None) -> None:
    generator = SimpleNamespace(settings={"IGNORE_FILES": [".#*"]})
    pelican_overrides._copy_paths(
        generator, ["static", "static/favicon.svg", "missing"], str(theme),
        "theme", str(output), final_path,
    )  # fmt: skip


def test_the_theme_files_go_where_pelican_puts_them(tmp_path: Path) -> None:
    theme = _theme(tmp_path)
    _copy_theme(theme, tmp_path / "out", final_path=os.curdir)
    copied = {
        p.relative_to(tmp_path / "out").as_posix()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    }
    # A folder's files go into the final path, a file by its own name.
    assert copied == {"theme/css/site.css", "theme/js/a.js", "theme/favicon.svg"}
    _copy_theme(theme, tmp_path / "by-path")
    assert (tmp_path / "by-path/theme/static/css/site.css").read_text() == "body {}"
    assert (tmp_path / "by-path/theme/static/favicon.svg").is_file()


def test_an_unchanged_theme_file_keeps_its_copy_and_an_edited_one_is_copied(
    tmp_path: Path,
) -> None:
    theme, output = _theme(tmp_path), tmp_path / "out"
    _copy_theme(theme, output, final_path=os.curdir)
    css, script = output / "theme/css/site.css", output / "theme/js/a.js"
    before = {path: path.stat() for path in (css, script)}
    (theme / "static/js/a.js").write_text("let b;")
    os.utime(theme / "static/js/a.js", ns=(10**18, 10**18))
    _copy_theme(theme, output, final_path=os.curdir)
    # Pelican would copy both again, each with the time of the copy.
    assert css.stat().st_ino == before[css].st_ino
    assert css.stat().st_mtime_ns == before[css].st_mtime_ns
    assert script.read_text() == "let b;"
    assert script.stat().st_mtime_ns == 10**18

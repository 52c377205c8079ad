"""A warm build (cache and output kept) equals a cold build, file for file."""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from pelican import signals

import jekyll_archives.generator as archives
import jekyll_theme_pages
from jekyll_bench.corpus import write_corpus
from jekyll_tasks.runner import run_build
from jekyll_theme_pages.filters import has_code
from tests.helpers import PROJECT_ROOT, search_bundles, tree, write_files

POSTS = 80  # over the threshold where documents are rendered in parallel


def test_warm_build_equals_cold_build(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", POSTS)
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    cache = {"CACHE_PATH": str(tmp_path / "cache")}
    first = run_build(source=source, output=warm, overrides=cache, search=True)
    assert first.errors == 0
    assert any((tmp_path / "cache").iterdir()), "the render cache was not written"
    before = {p: p.stat().st_mtime_ns for p in warm.rglob("*.html")}
    theme_css = warm / "theme/css/site.css"
    before[theme_css] = theme_css.stat().st_mtime_ns

    posts = sorted((source / "_posts").iterdir())
    edited, deleted = posts[3], posts[5]
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("## Method", "## Method, edited"),
        encoding="utf-8",
    )
    (deleted_output,) = warm.glob("*/2015/01/06/post-5/index.html")
    deleted.unlink()

    run_build(source=source, output=warm, overrides=cache, search=True)
    run_build(
        source=source, output=cold, overrides={"JEKYLL_CACHE": False}, search=True
    )

    assert tree(warm) == tree(cold)
    assert not deleted_output.exists()
    about = warm / "about/index.html"
    assert about.stat().st_mtime_ns == before[about], "an unchanged page was rewritten"
    assert theme_css.stat().st_mtime_ns == before[theme_css], "the theme was copied"
    (edited_page,) = warm.glob("*/2015/01/04/post-3/index.html")
    assert 'id="method-edited"' in edited_page.read_text(encoding="utf-8")


def test_output_is_updated_in_place_not_wiped(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 3)
    output = tmp_path / "out"
    run_build(source=source, output=output, overrides={"JEKYLL_CACHE": False})
    marker = output / ".git" / "keep"
    marker.parent.mkdir()
    marker.write_text("kept", encoding="utf-8")
    stray = output / "stray.html"
    stray.write_text("left over", encoding="utf-8")
    run_build(source=source, output=output, overrides={"JEKYLL_CACHE": False})
    assert marker.read_text(encoding="utf-8") == "kept"  # OUTPUT_RETENTION
    assert not stray.exists()
    assert (output / "index.html").is_file()


def test_parallel_page_writing_equals_serial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_corpus(tmp_path / "source", 30)
    # A warning logged while a post's page is written must reach the build's
    # log from a worker too (the workers are forked: they log this as well).
    (source / "_posts" / "2016-01-01-noisy.md").write_text(
        "---\ntitle: Noisy\n---\nnothing-here\n", encoding="utf-8"
    )

    def noisy_code_check(html: str) -> bool:
        if "nothing-here" in str(html):
            logging.getLogger("theme").warning("nothing-here.md is gone")
        return has_code(html)

    monkeypatch.setattr(jekyll_theme_pages, "has_code", noisy_code_check)
    serial = run_build(
        source=source,
        output=tmp_path / "serial",
        overrides={"JEKYLL_CACHE": False, "JEKYLL_PARALLEL_WRITE_MIN": 10**9},
    )
    parallel = run_build(
        source=source,
        output=tmp_path / "parallel",
        overrides={"JEKYLL_CACHE": False, "JEKYLL_PARALLEL_WRITE_MIN": 1},
    )
    assert tree(serial.output) == tree(parallel.output)
    assert parallel.summary == serial.summary
    assert parallel.messages == serial.messages
    assert any("nothing-here.md" in message for _, message in parallel.messages)


def test_a_plugin_listening_to_each_post_write_hears_every_post_of_a_large_site(
    tmp_path: Path,
) -> None:
    # 400 posts: past JEKYLL_PARALLEL_WRITE_MIN, the pages are written on
    # every core, and Pelican's signal is still sent for each post.
    source = write_corpus(tmp_path / "source", 400)
    heard: list[str] = []

    def listen(generator: Any, content: Any) -> None:
        del generator
        heard.append(content.source_path)
        content._content += "<!-- seen by the plugin -->"  # written as changed

    signals.article_generator_write_article.connect(listen)
    try:
        result = run_build(
            source=source, output=tmp_path / "out", overrides={"JEKYLL_CACHE": False}
        )
    finally:
        signals.article_generator_write_article.disconnect(listen)
    posts = [p for p in result.output.rglob("*.html") if "seen by" in p.read_text()]
    assert len(heard) == len(set(heard)) == result.state.report.built["post"] == 400
    assert len(posts) == 400


def test_rendering_ahead_on_every_core_equals_reading_one_by_one(
    tmp_path: Path,
) -> None:
    source = write_corpus(tmp_path / "source", 70)
    twin = "---\ntitle: Twin\n---\nThe same *body*.\n"  # one rendering, two posts
    # What the reader must still do itself, and say, with documents read ahead.
    write_files(
        source / "_posts",
        {
            "2016-02-01-liquid.md": "---\ntitle: Liquid\n---\n"
            "{{ site.title }} and ![x](/img/missing.png)\n",
            "2016-02-02-broken.md": "---\n- a list, not settings\n---\nBody\n",
            "2016-02-05-bad-yaml.md": "---\ntitle: [unclosed\n---\nBody\n",
            "2016-02-03-twin.md": twin,
            "2016-02-04-twin.md": twin,
        },
    )
    builds = [
        run_build(
            source=source,
            output=tmp_path / name,
            overrides={"JEKYLL_CACHE": False, "JEKYLL_PARALLEL_READ_MIN": threshold},
        )
        for name, threshold in (("ahead", 1), ("one-by-one", 10**9))
    ]
    ahead, one_by_one = builds
    assert tree(ahead.output) == tree(one_by_one.output)
    assert ahead.summary == one_by_one.summary
    assert ahead.messages == one_by_one.messages
    assert ahead.errors == 1
    assert any("2016-02-02-broken.md" in message for _, message in ahead.messages)
    assert any("2016-02-05-bad-yaml.md" in message for _, message in ahead.messages)
    assert any("missing.png" in message for _, message in ahead.messages)


def test_parallel_writing_keeps_the_first_page_for_a_file(tmp_path: Path) -> None:
    source = tmp_path / "source"
    (source / "_posts").mkdir(parents=True)
    for day in range(1, 4):
        (source / "_posts" / f"2016-01-0{day}-post.md").write_text(
            f"---\ntitle: Post {day}\ntags: [x]\ncategories: [x]\n---\nBody\n",
            encoding="utf-8",
        )
    # A tag and a category archive both claim /x/.
    shared = {
        "JEKYLL_CACHE": False,
        "JEKYLL_ARCHIVE_TAG_URL": "/:name/",
        "JEKYLL_ARCHIVE_CATEGORY_URL": "/:name/",
    }
    builds = [
        run_build(
            source=source,
            output=tmp_path / str(threshold),
            overrides={**shared, "JEKYLL_PARALLEL_WRITE_MIN": threshold},
        )
        for threshold in (10**9, 1)
    ]
    serial, parallel = (tree(build.output) for build in builds)
    assert serial == parallel
    assert "Tag: x" in (tmp_path / "1" / "x" / "index.html").read_text("utf-8")
    for build in builds:
        assert any("already written" in message for _, message in build.messages)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_warm_rebuilds_follow_every_kind_of_edit(tmp_path: Path) -> None:
    # Written by forked workers too, whose page records must reach the parent.
    source = write_corpus(tmp_path / "source", 40)
    warm = tmp_path / "warm"
    settings = {"CACHE_PATH": str(tmp_path / "cache"), "JEKYLL_PARALLEL_WRITE_MIN": 1}
    run_build(source=source, output=warm, overrides=settings)
    posts = sorted((source / "_posts").iterdir())
    edits = [
        ("a body", lambda: _edit(posts[10], "## Method", "## Method, edited")),
        ("a title", lambda: _edit(posts[11], 'title: "', 'title: "Renamed ')),
        ("tags", lambda: _edit(posts[12], "tags: [", "tags: [brand-new, ")),
        ("a date", lambda: _edit(posts[13], "date: 20", "date: 19")),
        (
            "a new post",
            lambda: (source / "_posts" / "2030-01-01-new.md").write_text(
                "---\ntitle: New\ntags: [topic-1]\n---\nFresh.\n", encoding="utf-8"
            ),
        ),
        ("a deleted post", posts[14].unlink),
    ]
    for number, (what, change) in enumerate(edits):
        change()
        result = run_build(source=source, output=warm, overrides=settings)
        cold = tmp_path / f"cold-{number}"
        run_build(source=source, output=cold, overrides={"JEKYLL_CACHE": False})
        assert tree(warm) == tree(cold), f"warm build differs after editing {what}"
        if what == "a body":
            unchanged = result.state.report.pages_unchanged
            assert unchanged >= 0.7 * result.state.report.pages_written, (
                f"editing one post re-rendered {result.summary}"
            )


def test_a_warm_build_reports_what_a_cold_build_does(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 4)
    posts = source / "_posts"
    (posts / "2016-01-01-image.md").write_text(
        "---\ntitle: Image\nimage: /assets/gone.png\n---\n![x](/img/gone.png)\n",
        encoding="utf-8",
    )
    (posts / "2016-01-02-layout.md").write_text(
        "---\ntitle: Layout\nlayout: unheard-of\n---\nText.\n", encoding="utf-8"
    )
    (posts / "2016-01-03-layout-again.md").write_text(
        "---\ntitle: Again\nlayout: unheard-of\n---\nText.\n", encoding="utf-8"
    )
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    cold = run_build(
        source=source, output=tmp_path / "cold", overrides={"JEKYLL_CACHE": False}
    )
    run_build(source=source, output=tmp_path / "warm", overrides=settings)
    warm = run_build(source=source, output=tmp_path / "warm", overrides=settings)
    assert warm.state.read_cache.hits >= 5, "the documents were read again"
    assert warm.messages == cold.messages
    assert warm.missing_files == cold.missing_files
    assert re.sub(r" \(\d+ unchanged\)", "", warm.summary) == cold.summary


def test_search_index_is_rebuilt_only_when_pages_change(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 3)
    output = tmp_path / "out"
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    run_build(source=source, output=output, overrides=settings, search=True)
    first = search_bundles(output)
    assert first
    run_build(source=source, output=output, overrides=settings, search=True)
    assert search_bundles(output) == first, "nothing changed, yet it was reindexed"
    post = sorted((source / "_posts").iterdir())[0]
    _edit(post, "## Method", "## Method, edited")
    run_build(source=source, output=output, overrides=settings, search=True)
    second = search_bundles(output)
    assert _reindexed(first, second)
    post.unlink()  # a page removed: its entry must leave the index
    run_build(source=source, output=output, overrides=settings, search=True)
    assert _reindexed(second, search_bundles(output))


def _reindexed(before: dict[str, int], after: dict[str, int]) -> bool:
    """Return whether a bundle of the search index was made after ``before``."""
    return any(stamp > before.get(bundle, -1) for bundle, stamp in after.items())


def test_a_theme_edit_renders_pages_again_but_reads_nothing_again(
    tmp_path: Path,
) -> None:
    source = write_corpus(tmp_path / "source", 5)
    theme = tmp_path / "theme"
    shutil.copytree(PROJECT_ROOT / "theme", theme)
    settings = {"CACHE_PATH": str(tmp_path / "cache"), "THEME": str(theme)}
    warm = tmp_path / "warm"
    run_build(source=source, output=warm, overrides=settings)
    footer = theme / "templates" / "_footer.html"
    footer.write_text(
        footer.read_text(encoding="utf-8").replace("built with", "made with"),
        encoding="utf-8",
    )
    result = run_build(source=source, output=warm, overrides=settings)
    assert result.state.read_cache.hits == result.documents
    assert result.state.report.pages_unchanged == 0
    cold = tmp_path / "cold"
    run_build(source=source, output=cold, overrides={**settings, "JEKYLL_CACHE": False})
    assert tree(warm) == tree(cold)
    assert "made with" in (warm / "index.html").read_text(encoding="utf-8")


def test_a_warm_build_reports_what_a_cold_one_does(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 6)
    # The reader warns about an image without alternative text.
    (source / "_posts" / "2016-01-01-image.md").write_text(
        "---\ntitle: Image\n---\n![](/x.png)\n", encoding="utf-8"
    )
    (source / "x.png").write_bytes(b"not shown")  # in the site: the img is kept
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    cold = run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert any("have no alt text" in message for _, message in cold.messages)
    warm = run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert warm.state.read_cache.hits == warm.documents == cold.documents
    assert warm.messages == cold.messages
    # The same account: documents built, skipped, not published, missing files.
    assert (
        warm.summary.split(" pages written")[0]
        == cold.summary.split(" pages written")[0]
    )
    assert warm.missing_files == cold.missing_files


def test_a_plugin_listening_to_each_document_sees_every_one_of_a_warm_build(
    tmp_path: Path,
) -> None:
    source = write_corpus(tmp_path / "source", 3)
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    seen: list[str] = []

    def listen(document: Any) -> None:
        seen.append(document.source_path)

    first = run_build(source=source, output=tmp_path / "first", overrides=settings)
    signals.content_object_init.connect(listen)
    try:
        run_build(source=source, output=tmp_path / "out", overrides=settings)
        warm = run_build(source=source, output=tmp_path / "out", overrides=settings)
    finally:
        signals.content_object_init.disconnect(listen)
    assert warm.state.read_cache.hits == warm.documents
    # Every document was made, and the listener saw it, in both builds.
    assert len(seen) == 2 * warm.documents
    assert tree(warm.output) == tree(first.output)


def test_an_unchanged_page_is_not_even_handed_to_pelicans_writer(
    tmp_path: Path,
) -> None:
    source = write_corpus(tmp_path / "source", 30)
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    run_build(source=source, output=tmp_path / "out", overrides=settings)
    written: list[str] = []

    def count(path: str, context: Any = None) -> None:
        del context
        written.append(path)

    signals.content_written.connect(count)
    try:
        warm = run_build(source=source, output=tmp_path / "out", overrides=settings)
    finally:
        signals.content_written.disconnect(count)
    report = warm.state.report
    assert report.pages_unchanged == report.pages_written
    # Not one page, paginated ones (the post list) included.
    assert [path for path in written if path.endswith(".html")] == []
    assert (tmp_path / "out" / "blog" / "page" / "2" / "index.html").is_file()


def test_related_posts_are_kept_while_no_post_changes_its_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[int] = []
    ranking = archives.all_related

    def counted(posts: Any, limit: int) -> list[list[int]]:
        computed.append(len(posts))
        return ranking(posts, limit)

    monkeypatch.setattr(archives, "all_related", counted)
    source = write_corpus(tmp_path / "source", 12)
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    run_build(source=source, output=tmp_path / "out", overrides=settings)
    post = sorted((source / "_posts").iterdir())[4]
    _edit(post, "## Method", "## Method, edited")
    run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert computed == [12], "a body edit ranked the related posts again"
    _edit(post, "tags: [", "tags: [brand-new, ")
    run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert computed == [12, 12]
    cold = run_build(
        source=source, output=tmp_path / "cold", overrides={"JEKYLL_CACHE": False}
    )
    assert tree(tmp_path / "out") == tree(cold.output)


def test_a_failed_build_closes_the_rendering_pool(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 70)
    kept: list[Any] = []  # the build's state, alive after it failed

    def fail(generator: Any) -> None:
        kept.append(generator.settings["JEKYLL_BUILD_STATE"])
        raise RuntimeError("a plugin failed")

    signals.article_generator_init.connect(fail)
    try:
        with pytest.raises(RuntimeError, match="a plugin failed"):
            run_build(
                source=source,
                output=tmp_path / "out",
                overrides={"JEKYLL_CACHE": False, "JEKYLL_PARALLEL_READ_MIN": 1},
            )
    finally:
        signals.article_generator_init.disconnect(fail)
    # Its workers are gone, not left rendering until the process exits.
    assert kept and multiprocessing.active_children() == []


def test_only_the_feeds_holding_an_edited_post_are_made_again(tmp_path: Path) -> None:
    source = write_corpus(tmp_path / "source", 30)
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    out = tmp_path / "out"
    run_build(source=source, output=out, overrides=settings)
    feeds = [p for p in out.rglob("*.xml") if p.relative_to(out).parts[0][:4] == "feed"]
    assert len(feeds) > 10
    newest = sorted((source / "_posts").iterdir())[-1]
    made: list[str] = []

    def count(path: str, context: Any = None) -> None:
        del context
        made.append(str(Path(path).relative_to(out)))

    _edit(newest, "## Method", "## Method, edited")
    signals.content_written.connect(count)
    try:
        warm = run_build(source=source, output=out, overrides=settings)
    finally:
        signals.content_written.disconnect(count)
    made_feeds = sorted(p for p in made if p.startswith("feed"))
    holding = sorted(
        str(feed.relative_to(out))
        for feed in feeds
        if "method-edited" in feed.read_text(encoding="utf-8")
    )
    assert holding, "no feed holds the edited post"
    assert made_feeds == holding
    cold = run_build(
        source=source, output=tmp_path / "cold", overrides={"JEKYLL_CACHE": False}
    )
    assert tree(out) == tree(cold.output)
    # A feed left as it was still counts as written, as in the cold build.
    assert warm.state.report.pages_written == cold.state.report.pages_written


def test_the_cache_folder_keeps_to_its_size_by_dropping_other_sites_first(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    first = write_corpus(tmp_path / "first", 5)
    second = write_corpus(tmp_path / "second", 5)
    settings = {"CACHE_PATH": str(cache)}
    run_build(source=first, output=tmp_path / "out-1", overrides=settings)
    of_first = set(cache.glob("jekyll-*.pickle"))
    assert of_first
    # No room for two sites: the second build drops what only the first used.
    tight = {**settings, "JEKYLL_CACHE_MAX_MB": 0}
    run_build(source=second, output=tmp_path / "out-2", overrides=tight)
    left = set(cache.glob("jekyll-*.pickle"))
    assert left and not (left & of_first) - {p for p in left if "related" in p.name}
    again = run_build(source=second, output=tmp_path / "out-2", overrides=tight)
    assert again.state.read_cache.hits >= 5, "the build's own cache was dropped"


def test_a_warm_build_reads_again_what_a_changed_site_layout_tells(
    tmp_path: Path,
) -> None:
    # A post's own script is told what its site's layout loads; once the
    # layout loads nothing, a warm build no longer says so.
    source = tmp_path / "source"
    write_files(
        source,
        {
            "_layouts/post.html": '<script src="/js/d3.min.js"></script>{{ content }}',
            "_posts/2020-01-01-figure.md": (
                "---\ntitle: Figure\nlayout: post\n---\n<script>d3.select('p')</script>\n"
            ),
        },
    )
    settings = {"CACHE_PATH": str(tmp_path / "cache")}
    cold = run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert any("d3.min.js" in m for _, m in cold.messages)
    (source / "_layouts/post.html").write_text("{{ content }}", encoding="utf-8")
    warm = run_build(source=source, output=tmp_path / "out", overrides=settings)
    assert not any("d3.min.js" in m for _, m in warm.messages)


def test_a_static_file_is_copied_again_only_when_it_changed(tmp_path: Path) -> None:
    source, output = tmp_path / "site", tmp_path / "out"
    write_files(source, {"_config.yml": "title: T\n", "index.md": "# Home\n"})
    asset = source / "files" / "data.csv"
    asset.parent.mkdir()
    asset.write_bytes(b"a,b\n1,2\n")
    copied = output / "files" / "data.csv"
    run_build(source=source, output=output)
    first = copied.stat().st_ino
    run_build(source=source, output=output)
    assert copied.stat().st_ino == first, "an unchanged file was copied again"
    # Edited in place with the same size; then replaced by an older file.
    asset.write_bytes(b"a,b\n3,4\n")
    run_build(source=source, output=output)
    assert copied.read_bytes() == b"a,b\n3,4\n"
    asset.write_bytes(b"a,b\n5,6\n7,8\n")
    os.utime(asset, ns=(10**18, 10**18))
    run_build(source=source, output=output)
    assert copied.read_bytes() == b"a,b\n5,6\n7,8\n"

"""The Pelican (and smartypants) internals this site replaces or reads, pinned.

``jekyll_engine/pelican_overrides.py`` lists each, with why no hook serves.
Each is pinned here to the version in requirements.txt by its signature and
a digest of its source, and what the site relies on is checked by use: a
release that renames ``_open_w`` or stops calling ``_filestamp_func`` fails
here, not in a user's build. After a version bump, read each changed
internal against its replacement, then update its pin.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import re
from functools import partial
from pathlib import Path

import pelican
import pytest
import smartypants
from pelican.cache import FileStampDataCacher
from pelican.contents import Article, Content, Static
from pelican.generators import (
    ArticlesGenerator,
    Generator,
    PagesGenerator,
    StaticGenerator,
)
from pelican.log import LimitFilter
from pelican.settings import DEFAULT_CONFIG
from pelican.writers import Writer

from tests.helpers import PROJECT_ROOT

OWNERS = {
    "ArticlesGenerator": ArticlesGenerator, "Content": Content,
    "FileStampDataCacher": FileStampDataCacher, "Generator": Generator,
    "StaticGenerator": StaticGenerator, "Writer": Writer, "smartypants": smartypants,
    "LimitFilter": LimitFilter, "Pelican": pelican.Pelican,
    "PagesGenerator": PagesGenerator,
}  # fmt: skip
# Each internal: its signature and a digest of its source, as pinned.
INTERNALS: dict[str, tuple[str, str]] = {
    # replaced (pelican_overrides.replace_pelican_methods)
    "ArticlesGenerator.generate_articles": ("(self, write)", "5494d418a930a36f"),
    "ArticlesGenerator.generate_tags": ("(self, write)", "37f65d284c713dd4"),
    "ArticlesGenerator.generate_categories": ("(self, write)", "cfb524524a3caae3"),
    "ArticlesGenerator.generate_authors": ("(self, write)", "982c57fcfcf0435e"),
    "Content._get_intrasite_link_regex": ("(self) -> re.Pattern", "5d6b5c2523b5193e"),
    "StaticGenerator._copy_staticfile": ("(self, sc)", "0602a8b60f7f567b"),
    "StaticGenerator._copy_paths": (
        "(self, paths, source, destination, output_path, final_path=None)",
        "f3b9df8adf4a22ef"),
    # replaced on each generator (replace_generator_methods)
    "Generator.get_files": (
        "(self, paths, exclude: list[str] | None = None, extensions=None) -> set[str]",
        "1abfc730be9af343"),
    # overridden in a subclass (writer.ContainedWriter)
    "Writer._open_w": (
        "(self, filename, encoding, override=False)", "69700ea0b4668663"),
    # read or called
    "ArticlesGenerator.generate_pages": ("(self, writer)", "bc8ecb407b83e66b"),
    "Content.__init__": (
        "(self, content: str, metadata: dict[str, typing.Any] | None = None, "
        "settings: dict[str, typing.Any] | None = None, source_path: str | None = "
        "None, context: dict[typing.Any, typing.Any] | None = None)",
        "38b67e4211facf9d"),
    # (the two that use the intrasite-link pattern)
    "Content.get_static_links": ("(self) -> set[str]", "5236441e4de8c044"),
    "Content._update_content": ("(self, content: str, siteurl: str) -> str", "b446bacdf3e46a3a"),
    "StaticGenerator._mkdir": ("(self, path)", "4d7372750e5dcd5e"),
    "Generator._include_path": ("(self, path, extensions=None)", "36aa1046f557f1fa"),
    "FileStampDataCacher.__init__": (
        "(self, settings, cache_name, caching_policy, load_policy)", "f37211462c4b3e80"),
    "Writer.__init__": ("(self, output_path, settings=None)", "2f892e0aa5e8eba8"),
    "Writer.write_file": (
        "(self, name, template, context, relative_urls=False, paginated=None, "
        "template_name=None, override_output=False, url=None, **kwargs)",
        "6a604ad67bbeec99"),
    "LimitFilter.filter": ("(self, record)", "11437b9793cd6bef"),
    # what serve's edited pages follow and call (jekyll_tasks.edited_pages)
    "Pelican.run": ("(self)", "296180f3ec4d7bff"),
    "Pelican._get_writer": ("(self)", "cff8ccb6d51cbb89"),
    "FileStampDataCacher.get_cached_data": (
        "(self, filename, default=None)", "9e22f9c49dede667"),
    "FileStampDataCacher._get_file_stamp": ("(self, filename)", "771a0b92fd2c314a"),
    "ArticlesGenerator.generate_context": ("(self)", "16f8066e3e5b8a42"),
    "ArticlesGenerator.generate_drafts": ("(self, write)", "d52d714010dbfb7e"),
    "PagesGenerator.generate_context": ("(self)", "c4f79b27ebf97546"),
    "PagesGenerator.generate_output": ("(self, writer)", "5344de17ecd82b4c"),
    "smartypants._tokenize": ("(text)", "409a386bca803696"),
    "smartypants._tags_to_skip_regex": ("(tags=None)", "2a87119310c089e4"),
}  # fmt: skip


# Taken as the tests are collected, before any build replaces an attribute.
ORIGINALS = {
    name: getattr(OWNERS[name.rsplit(".", 1)[0]], name.rsplit(".", 1)[1])
    for name in INTERNALS
}


def _pinned(package: str) -> str:
    text = (PROJECT_ROOT / "requirements.txt").read_text()
    return re.search(rf"^{package}==(\S+)$", text, re.MULTILINE)[1]


def test_the_pins_are_for_the_versions_in_requirements() -> None:
    assert pelican.__version__ == _pinned("pelican")
    assert smartypants.__version__ == _pinned("smartypants")


@pytest.mark.parametrize("name", INTERNALS)
def test_each_internal_has_the_shape_it_was_read_in(name: str) -> None:
    function = ORIGINALS[name]
    assert function.__module__.split(".")[0] in ("pelican", "smartypants")
    signature, digest = INTERNALS[name]
    source = inspect.getsource(function)
    assert str(inspect.signature(function)) == signature
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == digest


def test_every_internal_the_overrides_module_lists_is_pinned() -> None:
    overrides = (
        PROJECT_ROOT / "plugins/jekyll_engine/pelican_overrides.py"
    ).read_text()
    tables = overrides.split('"""')[1].split("=====\n", 1)[1]
    listed = set(re.findall(r"``(?:[\w.]+\.)?(_?[a-z]\w*)``", tables))
    pinned = {name.rsplit(".", 1)[1] for name in INTERNALS}
    # Attributes and settings, checked by use below; the others by their pins.
    by_use = {"_content", "_written_files", "_cache_data_policy", "_cache",
              "_filestamp_func", "__self__", "partial", "_raised_messages",
              "_group_count", "edited_pages", "readers",
              "parallel_write", "article_generator_write_article", "get_writer"}  # fmt: skip
    assert listed - by_use <= pinned, listed - by_use - pinned


def test_what_the_site_reads_is_where_it_reads_it(tmp_path: Path) -> None:
    article = Article(
        "<p>Body</p>",
        metadata={"title": "T", "date": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)},
        settings={**DEFAULT_CONFIG, "PATH": str(tmp_path)},
        source_path=str(tmp_path / "t.md"),
    )
    assert article._content == "<p>Body</p>"  # the body Liquid and the theme replace
    assert Writer(str(tmp_path), settings=DEFAULT_CONFIG)._written_files == set()
    cacher = FileStampDataCacher(
        {**DEFAULT_CONFIG, "CACHE_PATH": str(tmp_path)}, "c", False, False
    )
    assert callable(cacher._filestamp_func)
    assert cacher._cache_data_policy is False and cacher._cache == {}
    # The writer's write_file reaches generate_articles as a partial of it.
    generate_pages = inspect.getsource(ArticlesGenerator.generate_pages)
    assert "write = partial(writer.write_file" in generate_pages
    assert partial(print).func is print
    tokens = [tuple(token) for token in smartypants._tokenize("a <b>c</b>")]
    assert tokens == [("text", "a "), ("tag", "<b>"), ("text", "c"), ("tag", "</b>")]


def test_a_static_file_is_placed_by_the_attributes_its_metadata_sets(
    tmp_path: Path,
) -> None:
    # The reader places a collection's files by these two attributes, which
    # Pelican itself sets from ``save_as`` and ``url`` metadata.
    settings = {**DEFAULT_CONFIG, "PATH": str(tmp_path)}
    by_metadata = Static(
        "", metadata={"save_as": "notes/a.txt", "url": "notes/a.txt"},
        settings=settings, source_path=str(tmp_path / "_notes/a.txt"),
    )  # fmt: skip
    assert (by_metadata.override_save_as, by_metadata.override_url) == (
        "notes/a.txt",
        "notes/a.txt",
    )
    placed = Static("", settings=settings, source_path=str(tmp_path / "_notes/b.txt"))
    placed.override_save_as = placed.override_url = "notes/b.txt"
    assert (placed.save_as, placed.url) == ("notes/b.txt", "notes/b.txt")


def test_pelican_finds_intrasite_links_only_through_the_replaced_pattern() -> None:
    for user in (Content.get_static_links, Content._update_content):
        assert "self._get_intrasite_link_regex()" in inspect.getsource(user)


def test_the_log_filter_keeps_what_each_build_clears() -> None:
    # The task runner clears both between builds (jekyll_tasks.runner).
    assert isinstance(LimitFilter._raised_messages, set)
    assert isinstance(LimitFilter._group_count, dict)
    source = inspect.getsource(LimitFilter.filter)
    assert "self._raised_messages" in source and "self._group_count" in source


def test_serves_edited_pages_are_made_as_pelicans_run_makes_pages() -> None:
    # jekyll_tasks.edited_pages makes and runs the generators in this order,
    # and gives them the unchanged documents through their content cache.
    run = inspect.getsource(pelican.Pelican.run)
    made = "context=context,\n                settings=self.settings,"
    steps = ["p.generate_context()", "signals.all_generators_finalized.send",
             "p.refresh_metadata_intersite_links()", "self._get_writer()",
             "p.generate_output(writer)"]  # fmt: skip
    assert made in run
    assert [run.index(step) for step in steps] == sorted(map(run.index, steps))
    for generator in (ArticlesGenerator, PagesGenerator):
        source = inspect.getsource(generator.generate_context)
        assert "self.get_cached_data(f, None)" in source
    assert "self._cache.get(" in inspect.getsource(FileStampDataCacher.__mro__[1])

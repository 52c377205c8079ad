import datetime as dt
from dataclasses import dataclass, field

import pytest

from jekyll_archives.archives import date_archives, expand, group, paginate
from jekyll_archives.navigation import link_neighbours, related
from jekyll_archives.settings import load
from jekyll_common.errors import UnsafePathError
from jekyll_config.sections import section_settings


@dataclass(eq=False)
class Tag:
    name: str

    @property
    def slug(self) -> str:
        return self.name.lower()


@dataclass(eq=False)
class Post:
    title: str
    day: int
    tags: list = field(default_factory=list)
    previous: object = None
    next: object = None

    @property
    def date(self) -> dt.datetime:
        return dt.datetime(2020, 1, self.day, tzinfo=dt.UTC)


def tags_of(post: Post) -> list[str]:
    return [t.name for t in post.tags]


def test_names_with_one_slug_share_one_archive() -> None:
    posts = [Post("a", 3, [Tag("C++")]), Post("b", 2, [Tag("c++"), Tag("Edge Case")])]
    archives = group(posts, "tag", tags_of, "/tag/:name/")
    assert sorted(archives) == ["c", "edge-case"]
    assert archives["c"].names == ["C++", "c++"]
    assert [p.title for p in archives["c"].posts] == ["a", "b"]
    assert archives["edge-case"].url == "/tag/edge-case/"


def test_names_without_slug_are_skipped() -> None:
    assert group([Post("a", 1, [Tag("!!!")])], "tag", tags_of, "/tag/:name/") == {}


def test_pagination_keeps_page_one_at_the_archive_url() -> None:
    posts = [Post(str(n), n) for n in range(1, 6)]
    (archive,) = group(
        [Post(p.title, p.day, [Tag("x")]) for p in posts], "tag", tags_of, "/tag/:name/"
    ).values()
    pages = paginate(archive, 2, "page/:num/")
    assert [p.url for p in pages] == ["/tag/x/", "/tag/x/page/2/", "/tag/x/page/3/"]
    assert [p.save_as for p in pages] == [
        "tag/x/index.html",
        "tag/x/page/2/index.html",
        "tag/x/page/3/index.html",
    ]
    assert [len(p.posts) for p in pages] == [2, 2, 1]
    assert pages[0].previous_url is None
    assert pages[0].next_url == "/tag/x/page/2/"
    assert pages[2].previous_url == "/tag/x/page/2/"
    assert paginate(archive, 0, "page/:num/")[0].posts == archive.posts


def test_date_archives() -> None:
    found = date_archives([Post("a", 1), Post("b", 2)], "month", "/:year/:month/")
    assert list(found) == ["2020/01"]
    assert found["2020/01"].url == "/2020/01/"
    assert len(found["2020/01"].posts) == 2


def test_archive_templates_are_checked() -> None:
    with pytest.raises(UnsafePathError):
        expand("/../:name/", {"name": "x"})


def test_neighbours_and_related() -> None:
    newest_first = [
        Post("new", 3, [Tag("a"), Tag("b")]),
        Post("mid", 2, [Tag("b")]),
        Post("old", 1, [Tag("a"), Tag("b")]),
    ]
    link_neighbours(newest_first)
    assert newest_first[0].next is None
    assert newest_first[0].previous is newest_first[1]
    assert newest_first[2].next is newest_first[1]
    titles = [p.title for p in related(newest_first[0], newest_first, 3)]
    assert titles == ["old", "mid"]
    assert related(newest_first[0], newest_first, 1)[0].title == "old"


def test_settings_from_config_section() -> None:
    config = {"jekyll-archives": {"enabled": "all", "permalinks": {"tag": "/t/:name/"}}}
    options = load(section_settings(config, {}))
    assert options.enabled == {"tag", "category", "author", "year", "month", "day"}
    assert options.urls["tag"] == "/t/:name/"
    assert options.urls["category"] == "/category/:name/"
    assert load({}).urls["tag"] == "/tag/:name/"

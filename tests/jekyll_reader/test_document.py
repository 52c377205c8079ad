import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jekyll_common.errors import ContentError
from jekyll_common.site import site_settings
from jekyll_reader.document import SourceFile, document_fields
from jekyll_reader.gitdates import CommitDates, parse_log
from jekyll_reader.kinds import kind_of
from jekyll_reader.layouts import template_for
from jekyll_reader.settings import load
from jekyll_reader.titles import titleize

UTC = ZoneInfo("UTC")
NOW = dt.datetime(2026, 1, 1, tzinfo=UTC)
MTIME = dt.datetime(2025, 6, 1, 12, tzinfo=UTC)
OPTIONS = load({})


def fields(data: dict, relpath: str, commits: CommitDates | None = None, **settings):
    site = site_settings({"JEKYLL_PERMALINK": "pretty", **settings})
    source = SourceFile(relpath, kind_of(relpath, ("_pages",)), MTIME, commits)
    return document_fields(data, source, site, OPTIONS, NOW)


def test_front_matter_date_wins_over_file_name() -> None:
    result = fields({"date": "2020-02-03 04:05:06"}, "_posts/2019-01-01-x.md")
    assert result.date == dt.datetime(2020, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert result.date_source == "front matter"
    assert result.url == "/2020/02/03/x/"


def test_file_name_date_then_git_then_file_time() -> None:
    commits = CommitDates(
        first=dt.datetime(
            2024, 3, 4, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
        ),
        last=dt.datetime(2024, 5, 6, tzinfo=UTC),
    )
    named = fields({}, "_posts/2019-1-2-x.md", commits)
    assert (named.date, named.date_source) == (
        dt.datetime(2019, 1, 2, tzinfo=UTC),
        "file name",
    )
    from_git = fields({}, "_posts/x.md", commits)
    assert from_git.date_source == "git"
    assert from_git.date == dt.datetime(2024, 3, 5, 4, 0, tzinfo=UTC)
    assert from_git.modified == dt.datetime(2024, 5, 6, tzinfo=UTC)
    from_disk = fields({}, "_posts/x.md")
    assert (from_disk.date, from_disk.date_source) == (MTIME, "file time")


def test_url_date_uses_site_timezone() -> None:
    late = {"date": "2020-01-31 23:30:00 +0000"}
    assert fields(late, "_posts/x.md", TIMEZONE="Asia/Tokyo").url == "/2020/02/01/x/"


def test_slug_and_title_keep_case() -> None:
    result = fields({"title": "T"}, "_posts/2020-01-01-Hello-World.md")
    assert result.url == "/2020/01/01/Hello-World/"
    assert result.slug == "Hello-World"
    assert (
        fields({"slug": "Other"}, "_posts/2020-01-01-a.md").url == "/2020/01/01/Other/"
    )


def test_categories_from_folders_and_front_matter() -> None:
    result = fields({"category": "Career"}, "blog/_posts/2020-01-01-a.md")
    assert result.categories == ["blog", "Career"]
    assert result.url == "/blog/career/2020/01/01/a/"
    # Folders within _posts/ or _drafts/ name no category (checked with Jekyll).
    assert fields({}, "_posts/weeks/2020-01-01-a.md").categories == []
    nested = fields({"categories": "x"}, "blog/_posts/inner/2020-01-01-b.md")
    assert nested.categories == ["blog", "x"]
    assert fields({}, "blog/_drafts/deep/2020-01-01-y.md").categories == ["blog"]


def test_pages_follow_the_permalink_style() -> None:
    assert fields({}, "about.md").url == "/about/"
    assert fields({}, "docs/index.md").url == "/docs/"
    assert fields({}, "_pages/cv.md").url == "/cv/"
    assert fields({}, "about.md", JEKYLL_PERMALINK="date").url == "/about.html"
    assert fields({"permalink": "/"}, "_pages/home.md").save_as == "index.html"
    assert fields({"permalink": "/resume"}, "cv.md").save_as == "resume.html"


def test_a_permalink_s_own_extension_names_the_file_written() -> None:
    # Jekyll's output_ext: the permalink's extension, else the converter's.
    assert fields({"permalink": "/data.json"}, "assets/data.liquid").save_as == (
        "data.json"
    )
    assert fields({"permalink": "/atom.xml"}, "feed.md").save_as == "atom.xml"
    assert fields({"permalink": "/:basename.txt"}, "notes.md").save_as == "notes.txt"
    assert fields({"permalink": "/v1.2/"}, "notes.md").save_as == "v1.2/index.html"
    assert fields({}, "robots.liquid").save_as == "robots.liquid"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"published": False}, "published: false"),
        ({"published": None}, "published: false"),
        ({"date": "2030-01-01"}, "future"),
    ],
)
def test_unpublished_and_future_posts_are_skipped(data: dict, reason: str) -> None:
    assert reason in (fields(data, "_posts/a.md").skip_reason or "")


def test_future_and_unpublished_flags() -> None:
    assert (
        fields({"date": "2030-01-01"}, "_posts/a.md", JEKYLL_FUTURE=True).skip_reason
        is None
    )
    published = fields({"published": False}, "a.md", JEKYLL_UNPUBLISHED=True)
    assert published.skip_reason is None


@pytest.mark.parametrize(
    "permalink", ["/../escape/", "/%2e%2e/x/", "//host/", "/a\\b/", "/:nope/"]
)
def test_bad_permalinks_are_errors(permalink: str) -> None:
    with pytest.raises(ContentError) as caught:
        fields({"permalink": permalink}, "a.md")
    assert caught.value.key == "permalink"


def test_bad_date_is_an_error_naming_the_key() -> None:
    with pytest.raises(ContentError) as caught:
        fields({"date": "someday"}, "_posts/a.md")
    assert caught.value.key == "date"


def test_titleize() -> None:
    assert titleize("my-first-post") == "My First Post"
    assert titleize("Running-Docker-image-on-NERSC") == "Running Docker Image On Nersc"


def test_layout_mapping() -> None:
    known = frozenset({"custom"})
    assert template_for(None, "post", OPTIONS, known) == ("article", True)
    assert template_for("post", "page", OPTIONS, known) == ("page", True)
    assert template_for("single", "post", OPTIONS, known) == ("article", True)
    assert template_for("custom", "page", OPTIONS, known) == ("custom", True)
    assert template_for("mystery", "page", OPTIONS, known) == ("page", False)
    # Hydejack's: a list of posts after the text; a plain or not-found page.
    roles = known | {"page_posts"}
    assert template_for("list", "page", OPTIONS, roles) == ("page_posts", True)
    assert template_for("not-found", "page", OPTIONS, roles) == ("page", True)
    assert template_for("plain", "page", OPTIONS, roles) == ("page", True)


def test_parse_git_log() -> None:
    log = "\x1e2024-05-06T00:00:00+00:00\n\na.md\nb.md\n\x1e2024-03-04T00:00:00+00:00\n\na.md\n"
    dates = parse_log(log)
    assert dates["a.md"].first.month == 3
    assert dates["a.md"].last.month == 5
    assert dates["b.md"].first == dates["b.md"].last


def document_fields_of(data: dict, relpath: str, **settings):
    from jekyll_reader.kinds import collection_of  # noqa: PLC0415

    site = site_settings(settings)
    collection = collection_of(relpath, site)
    source = SourceFile(relpath, "document", MTIME, None, collection)
    return document_fields(data, source, site, OPTIONS, NOW)


COLLECTIONS = {
    "talks": {"output": True},
    "docs": {"output": True, "permalink": "/d/:path/"},
}


@pytest.mark.parametrize(
    ("relpath", "data", "style", "url"),
    [
        ("_talks/2012-03-01-talk-1.md", {}, "date", "/talks/2012-03-01-talk-1.html"),
        ("_talks/2012-03-01-talk-1.md", {}, "pretty", "/talks/2012-03-01-talk-1/"),
        ("_talks/sub/x.md", {}, "date", "/talks/sub/x.html"),
        ("_docs/guide/intro.md", {}, "date", "/d/guide/intro/"),
        ("_talks/a.md", {"permalink": "/talk/:name"}, "date", "/talk/a"),
    ],
)
def test_collection_documents(relpath: str, data: dict, style: str, url: str) -> None:
    result = document_fields_of(
        data, relpath, JEKYLL_COLLECTIONS=COLLECTIONS, JEKYLL_PERMALINK=style
    )
    assert result.url == url


def test_collection_in_collections_dir() -> None:
    result = document_fields_of(
        {},
        "my/_talks/a.md",
        JEKYLL_COLLECTIONS=COLLECTIONS,
        JEKYLL_COLLECTIONS_DIR="my",
    )
    assert result.url == "/talks/a.html"

"""The one-line account of a build."""

from jekyll_engine.report import BuildReport


def test_the_summary_counts_each_kind_and_what_was_not_built() -> None:
    report = BuildReport()
    report.built.update({"post": 2, "page": 1})
    report.skipped.append(("bad.md", "year 0"))
    report.pages_written, report.pages_unchanged = 9, 4
    assert report.summary() == (
        "3 documents built (1 page, 2 posts), 1 skipped, 0 not published, "
        "9 pages written (4 unchanged)"
    )
    assert BuildReport().summary() == (
        "0 documents built (none), 0 skipped, 0 not published, 0 pages written"
    )


def test_front_matter_keys_are_counted_by_kind_of_file() -> None:
    report = BuildReport()
    report.count_keys("post", {"title": "a", "tags": []})
    report.count_keys("post", {"title": "b"})
    report.count_keys("page", "not a mapping")
    assert report.front_matter_keys == {("post", "title"): 2, ("post", "tags"): 1}

from pathlib import Path

import pytest

from jekyll_common.errors import UnsafePathError
from jekyll_common.paths import (
    check_url_path,
    escape_url_path,
    names_markdown_file,
    safe_join,
    url_from_site_root,
    url_to_output_path,
    within_site,
)

# Jekyll's Document#destination: URL -> file written.
DESTINATIONS = [
    ("/", ".html", "index.html"),
    ("/about/", ".html", "about/index.html"),
    ("/about", ".html", "about.html"),
    ("/about.html", ".html", "about.html"),
    ("/feed.xml", ".html", "feed.xml.html"),
    ("/feed.xml", ".xml", "feed.xml"),
    ("/edge%20case/2009/a.html", ".html", "edge case/2009/a.html"),
    ("/a//b/", ".html", "a/b/index.html"),
    ("no-leading-slash/", ".html", "no-leading-slash/index.html"),
    ("/ünï/", ".html", "ünï/index.html"),
]


@pytest.mark.parametrize(("url", "ext", "expected"), DESTINATIONS)
def test_url_to_output_path(url: str, ext: str, expected: str) -> None:
    assert url_to_output_path(url, ext) == expected


REFUSED = [
    "",
    "   ",
    "/../etc/passwd",
    "/a/../../b/",
    "/%2e%2e/secret",
    "/a\\b",
    "/a\x00b",
    "//evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
    "C:\\Windows",
]


@pytest.mark.parametrize("url", REFUSED)
def test_unsafe_urls_are_refused(url: str) -> None:
    with pytest.raises(UnsafePathError):
        check_url_path(url)


def test_escape_keeps_jekyll_safe_characters() -> None:
    assert escape_url_path("/edge case/ü/a+b") == "/edge%20case/%C3%BC/a+b"


def test_pelican_url_has_no_leading_slash() -> None:
    assert url_from_site_root("/research/") == "research/"
    assert url_from_site_root("/") == ""


def test_safe_join_refuses_sibling_with_same_prefix(tmp_path: Path) -> None:
    root = tmp_path / "output"
    root.mkdir()
    (tmp_path / "output-old").mkdir()
    assert safe_join(root, "a/b.html") == root.resolve() / "a" / "b.html"
    with pytest.raises(UnsafePathError):
        safe_join(root, "../output-old/x.html")


def test_safe_join_refuses_symlink_out(tmp_path: Path) -> None:
    root = tmp_path / "output"
    root.mkdir()
    (root / "link").symlink_to(tmp_path)
    with pytest.raises(UnsafePathError):
        safe_join(root, "link/escaped.html")


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("/base/assets/x.png", "/assets/x.png"),
        ("/base", "/"),
        ("/baseline/x.png", "/baseline/x.png"),
        ("https://lab.example/base/assets/x.png", "/assets/x.png"),
        ("http://LAB.example/base/a.png?v=1", "/a.png?v=1"),
        ("//lab.example/base/a.png", "/a.png"),
        # The host's, outside the baseurl: another site of that host.
        ("https://lab.example/a.png", None),
        ("https://lab.example/baseline/a.png", None),
        ("https://other.example/base/a.png", None),
        ("data:image/png;base64,xx", None),
        ("ftp://lab.example/base/a.png", None),
        ("img/a.png", "img/a.png"),
        ("/assets/x.png", "/assets/x.png"),
        # {{ site.baseurl }}/{{ path }} with a path written /assets/...
        ("/base//assets/x.png?a=//b", "/assets/x.png?a=//b"),
        ("/base//", "/"),
    ],
)
def test_within_site(reference: str, expected: str | None) -> None:
    assert within_site(reference, "https://lab.example", "/base") == expected


def test_within_site_without_a_url_or_baseurl() -> None:
    assert within_site("https://lab.example/a.png", "", "") is None
    assert within_site("https://lab.example/a.png", "https://lab.example", "") == (
        "/a.png"
    )
    # An address with a path of its own: the site is under it.
    url = "https://lab.example/blog/"
    assert within_site("https://lab.example/blog/a.png", url, "") == "/a.png"
    assert within_site("https://lab.example/a.png", url, "") is None
    assert within_site("https://lab.example/blog/base/a.png", url, "/base") == "/a.png"
    assert within_site("/base/a.png", "", "") == "/base/a.png"


def test_the_quick_test_sees_a_link_to_a_markdown_file_and_not_a_word() -> None:
    assert names_markdown_file("[a](b.md)") and names_markdown_file("see x.md#y")
    assert names_markdown_file("[c](notes.mkdown)")
    assert not names_markdown_file("a .mdx file, README.markdownish")

import pytest

from jekyll_redirects.rules import (
    Redirect,
    RedirectError,
    as_list,
    first_target,
    old_path,
    output_of,
    plan,
    target_of,
)

# Old path -> (checked path, file written), as jekyll-redirect-from writes them.
OLD_PATHS = [
    ("/foo", "/foo", "foo.html"),
    ("/foo/", "/foo/", "foo/index.html"),
    ("/foo.html", "/foo.html", "foo.html"),
    ("/foo.php", "/foo.php", "foo.php.html"),
    ("/a/b/c/", "/a/b/c/", "a/b/c/index.html"),
    ("no-slash", "/no-slash", "no-slash.html"),
    ("/ünï côdé/", "/%C3%BCn%C3%AF%20c%C3%B4d%C3%A9/", "ünï côdé/index.html"),
    ("/already%20encoded/", "/already%20encoded/", "already encoded/index.html"),
    ("//double//slash/", None, None),
]


@pytest.mark.parametrize(("value", "path", "output"), OLD_PATHS)
def test_old_paths(value: str, path: str | None, output: str | None) -> None:
    if path is None:
        with pytest.raises(RedirectError):
            old_path(value)
        return
    assert old_path(value) == path
    assert output_of(path) == output


@pytest.mark.parametrize(
    "value",
    ["", " ", "/", "/../x/", "/a/%2e%2e/%2e%2e/x", "/a\\b", "/a\x00", "/q?x=1", "/f#x"],
)
def test_unsafe_old_paths_are_refused(value: str) -> None:
    with pytest.raises(RedirectError):
        old_path(value)


TARGETS = [
    ("/new/", "https://site.example", "https://site.example/new/", "new/index.html"),
    ("/new/", "", "/new/", "new/index.html"),
    ("new", "", "/new", "new.html"),
    ("/new/#part", "", "/new/#part", "new/index.html"),
    ("https://other.example/x", "", "https://other.example/x", None),
    ("http://other.example/", "", "http://other.example/", None),
]


@pytest.mark.parametrize(("value", "site", "target", "output"), TARGETS)
def test_targets(value: str, site: str, target: str, output: str | None) -> None:
    assert target_of(value, site) == (target, output)


@pytest.mark.parametrize(
    "value",
    ["javascript:alert(1)", "data:text/html,x", "//evil.example/", "ftp://x/", "/../x"],
)
def test_unsafe_targets_are_refused(value: str) -> None:
    with pytest.raises(RedirectError):
        target_of(value, "")


def test_front_matter_shapes() -> None:
    assert as_list("/a/") == ["/a/"]
    assert as_list(["/a/", None, "/b/"]) == ["/a/", "/b/"]
    assert as_list(None) == []
    assert first_target(["", "/x/"]) == "/x/"
    assert first_target(None) is None


def redirect(
    source: str, old: str, target_output: str | None, kind: str = "redirect_from"
):
    return Redirect(source, kind, old, output_of(old), "/t/", target_output)


def test_plan_keeps_real_pages_and_the_last_claim() -> None:
    pages = {"research/index.html": "research.md"}
    accepted, refused = plan(
        [
            redirect("b.md", "/nmp/", "research/index.html"),
            redirect("a.md", "/nmp/", "other/index.html"),
            redirect("a.md", "/research/", "other/index.html"),
            redirect("a.md", "/nmp.html", "other/index.html"),
        ],
        pages,
    )
    assert sorted(r.from_path for r in accepted) == ["/nmp.html", "/nmp/"]
    assert next(r for r in accepted if r.from_path == "/nmp/").source == "b.md"
    reasons = {(r.subject, r.sources): r.reason for r in refused}
    assert "the page is kept" in reasons[("/research/", ("a.md", "research.md"))]
    assert "also redirected by b.md" in reasons[("/nmp/", ("a.md", "b.md"))]


def test_plan_refuses_loops() -> None:
    loop = [
        redirect("a.md", "/a/", "b/index.html", "redirect_to"),
        redirect("b.md", "/b/", "a/index.html", "redirect_to"),
        redirect("c.md", "/c/", "a/index.html"),
    ]
    accepted, refused = plan(loop, {})
    assert [r.from_path for r in accepted] == ["/c/"]
    assert {r.subject for r in refused} == {"/a/", "/b/"}
    assert all(r.sources == ("a.md", "b.md") for r in refused)


def test_self_redirect_is_a_loop() -> None:
    accepted, refused = plan(
        [redirect("a.md", "/a/", "a/index.html", "redirect_to")], {}
    )
    assert accepted == []
    assert refused[0].reason == "is part of a redirect loop"

from pathlib import Path

from jekyll_reader.discovery import DiscoveryRules, discover
from tests.helpers import write_files

FM = "---\ntitle: x\n---\n"


def site(tmp_path: Path) -> Path:
    write_files(
        tmp_path,
        {
            "index.md": FM,
            "about.md": "# About\n",
            "README.md": "# Readme\n",
            "feed.xml": FM,
            "page.html": FM,
            "plain.html": "<p>static</p>",
            "assets/img/a.png": b"\x89PNG",
            "_posts/2020-01-01-a.md": FM,
            "_posts/nested/b.markdown": FM,
            "_posts/image.png": b"x",
            "_posts/README.md": "Name posts YYYY-MM-DD-title.md.\n",
            "_posts/2020-01-03-plain.md": "A dated post without front matter.\n",
            "blog/_posts/2020-01-02-c.md": FM,
            "_drafts/d.md": FM,
            "_pages/cv.md": FM,
            "_pages/.hidden.md": FM,
            "_layouts/default.html": FM,
            "_includes/x.html": "x",
            ".git/config": "x",
            "node_modules/pkg/readme.md": FM,
            "vendor/bundle/x.md": FM,
            "notes~": "backup",
            "#scratch.md": FM,
            "tmp/private.md": FM,
            "docs/guide.md": FM,
        },
    )
    return tmp_path


def test_jekyll_rules(tmp_path: Path) -> None:
    found = discover(site(tmp_path), DiscoveryRules(exclude=["tmp"]), drafts=False)
    assert found.posts == [
        "_posts/2020-01-01-a.md",
        "_posts/2020-01-03-plain.md",
        "_posts/nested/b.markdown",  # front matter: built, dated from history
        "blog/_posts/2020-01-02-c.md",
    ]
    # Neither a date in its name nor front matter: Jekyll skips it, as here.
    assert found.not_posts == ["_posts/README.md"]
    assert found.drafts == []
    assert found.pages == [
        "_pages/cv.md",
        "about.md",
        "docs/guide.md",
        "feed.xml",
        "index.md",
        "page.html",
    ]
    # Markdown without front matter is a page and a copy (Jekyll serves the
    # copy); a repository's README is a copy alone, as on GitHub Pages.
    assert found.static == ["README.md", "about.md", "assets/img/a.png", "plain.html"]
    assert found.plain_pages == ["about.md"]
    assert found.other_pages == ["feed.xml"]


def test_drafts_only_when_asked(tmp_path: Path) -> None:
    found = discover(site(tmp_path), DiscoveryRules(), drafts=True)
    assert found.drafts == ["_drafts/d.md"]


def test_exclude_is_a_prefix_and_include_wins(tmp_path: Path) -> None:
    rules = DiscoveryRules(exclude=["READ", "docs/"], include=["_includes"])
    found = discover(site(tmp_path), rules, drafts=False)
    assert "README.md" not in found.static
    assert "docs/guide.md" not in found.pages
    assert "_includes/x.html" in found.static


def test_plain_markdown_can_be_copied_as_jekyll_does(tmp_path: Path) -> None:
    found = discover(
        site(tmp_path), DiscoveryRules(plain_markdown_pages=False), drafts=False
    )
    assert "about.md" in found.static
    assert "about.md" not in found.pages


def test_links_outside_the_source_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write_files(outside, {"secret.md": FM, "dir/x.md": FM})
    source = tmp_path / "source"
    write_files(source, {"index.md": FM})
    (source / "leak.md").symlink_to(outside / "secret.md")
    (source / "leakdir").symlink_to(outside / "dir")
    found = discover(source, DiscoveryRules(), drafts=False)
    assert found.pages == ["index.md"]
    assert sorted(found.outside_links) == ["leak.md", "leakdir"]


def test_collections_with_output_only(tmp_path: Path) -> None:
    write_files(
        tmp_path,
        {
            "_talks/a.md": FM,
            "_talks/slides.pdf": b"%PDF",
            "_talks/plain.md": "no front matter\n",
            "_authors/ada.md": FM,
        },
    )
    rules = DiscoveryRules(
        collections=[("_talks", "talks", True), ("_authors", "authors", False)]
    )
    found = discover(tmp_path, rules, drafts=False)
    assert found.documents == {"talks": ["_talks/a.md"]}
    assert sorted(found.static) == ["_talks/plain.md", "_talks/slides.pdf"]

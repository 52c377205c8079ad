"""``site.github``: what a GitHub Pages site knows of its repository."""

from __future__ import annotations

from pathlib import Path

from jekyll_liquid.github_metadata import github_namespace
from tests.jekyll_liquid.test_renderer import make_renderer


def test_a_project_site_s_addresses_and_names() -> None:
    github = github_namespace(
        {
            "repository": "ada-lab/notes",
            "url": "https://ada.example",
            "baseurl": "/notes",
        }
    )
    assert github["repository_url"] == "https://github.com/ada-lab/notes"
    assert github["owner_url"] == "https://github.com/ada-lab"
    assert (github["repository_name"], github["owner_name"]) == ("notes", "ada-lab")
    assert github["is_project_page"] and not github["is_user_page"]
    assert github["url"] == "https://ada.example/notes"
    assert github["zip_url"] == "https://github.com/ada-lab/notes/zipball/HEAD"
    assert github["contributors"] == []  # only GitHub's API knows


def test_a_user_site_is_at_its_owner_s_address() -> None:
    github = github_namespace({"repository": "Ada/ada.github.io"})
    assert github["is_user_page"] and github["url"] == "https://ada.github.io"


def test_the_site_s_own_github_setting_wins() -> None:
    # adam-blog writes its GitHub user name there.
    assert github_namespace({"github": "ada", "repository": "a/b"}) == "ada"
    merged = github_namespace(
        {"github": {"url": "https://x.example"}, "repository": "a/b"}
    )
    assert merged["url"] == "https://x.example" and merged["repository_name"] == "b"
    assert github_namespace({}) is None
    assert github_namespace({"repository": "<script>/x y"}) is None


def test_pages_print_it(tmp_path: Path) -> None:
    renderer = make_renderer(tmp_path, settings={"repository": "ada-lab/notes"})
    text = "{{ site.github.repository_url }} {{ site.github.is_project_page }}"
    assert renderer.render(text, {}, "p.md").text == (
        "https://github.com/ada-lab/notes true"
    )

"""Comments and analytics: off by default, production builds only."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

CONFIG = """\
title: Lab
url: https://lab.example
repository: lab/site
comments:
  provider: giscus
  giscus:
    repo_id: R_1
    category_name: Comments
    category_id: C_1
analytics:
  provider: plausible
  plausible:
    domain: lab.example
"""
POSTS = {
    "_posts/2024-01-02-open.md": "---\ntitle: Open\n---\nText.\n",
    "_posts/2024-01-03-closed.md": "---\ntitle: Closed\ncomments: false\n---\nText.\n",
}


def page(output, path: str) -> BeautifulSoup:
    return BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")


def test_production_builds_have_them(build_site: SiteBuilder) -> None:
    result, output = build_site({"_config.yml": CONFIG, **POSTS}, production=True)
    assert result.errors == 0
    post = page(output, "2024/01/02/open.html")
    section = post.select_one("section.comments")
    assert section["data-provider"] == "giscus"
    assert (section["data-repo"], section["data-repo-id"]) == ("lab/site", "R_1")
    # The placeholder loads nothing itself: no frame, no provider's script.
    assert section.find(["iframe", "script"]) is None
    scripts = [s.get("src", "") for s in post.find_all("script")]
    assert not any("giscus" in src for src in scripts)
    assert any(src.endswith("/theme/js/comments.js") for src in scripts)
    plausible = post.find("script", attrs={"data-domain": "lab.example"})
    assert plausible["src"] == "https://plausible.io/js/script.js"
    closed = page(output, "2024/01/03/closed.html")
    assert closed.select_one("section.comments") is None


def test_local_builds_and_sites_without_them_have_none(build_site: SiteBuilder) -> None:
    _, output = build_site({"_config.yml": CONFIG, **POSTS})
    post = page(output, "2024/01/02/open.html")
    assert post.select_one("section.comments") is None
    assert post.find("script", attrs={"data-domain": True}) is None
    _, output = build_site({"_config.yml": "title: Lab\n", **POSTS}, production=True)
    html = (output / "2024/01/02/open.html").read_text(encoding="utf-8")
    assert "comments" not in html and "plausible" not in html


def test_og_image_is_the_image_of_pages_without_one(build_site: SiteBuilder) -> None:
    config = "title: Lab\nurl: https://lab.example\nog_image: /assets/social.png\n"
    _, output = build_site(
        {
            "_config.yml": config,
            "assets/social.png": b"\x89PNG",
            "_posts/2024-01-02-open.md": "---\ntitle: Open\n---\nText.\n",
        },
        production=True,
    )
    image = page(output, "2024/01/02/open.html").find("meta", property="og:image")
    assert image["content"] == "https://lab.example/assets/social.png"


# What themes ship as defaults, and values this build cannot use: each
# builds the site, without the service, naming the line at fault.
THEME_DEFAULTS = {
    "academicpages": (
        'analytics:\n  provider: "google-universal"\n  google:\n    tracking_id: ""\n',
        "_config.yml:4: analytics: google-universal needs tracking_id",
    ),
    "minimal-mistakes": ('comments:\n  provider: "false"\n', None),
    "so-simple": (
        "comments: true\n",
        "_config.yml:1: comments: True names no provider",
    ),
    "off": ("comments: false\n", None),
    "staticman": (
        "comments:\n  provider: staticman\n",
        "_config.yml:2: comments: provider 'staticman' is not one this build can add",
    ),
}


def test_theme_defaults_build_the_site(build_site: SiteBuilder) -> None:
    for name, (config, note) in THEME_DEFAULTS.items():
        result, output = build_site({"_config.yml": config, **POSTS}, production=True)
        assert result.errors == 0, name
        assert (output / "2024/01/02/open.html").is_file(), name
        warnings = [text for level, text in result.messages if level == "WARNING"]
        if note is None:
            assert warnings == [], name
        else:
            assert [w for w in warnings if note in w] != [], (name, warnings)

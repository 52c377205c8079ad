"""Input that used to take minutes builds in linear time.

No timed assertion: each size is one at which the old quadratic or
exponential paths would run for hours, far past any test run; a build
that completes is the proof.
"""

from __future__ import annotations

from pathlib import Path

from jekyll_tasks.runner import BuildResult
from tests.conftest import SiteBuilder


def build_one_post(build_site: SiteBuilder, post: str) -> tuple[BuildResult, Path]:
    """Build a site of one post, ``_posts/2024-01-01-p.md`` (at 2024/01/01/p.html)."""
    return build_site({"_config.yml": "title: T\n", "_posts/2024-01-01-p.md": post})


def test_posts_that_show_each_other_s_excerpts_render_each_once(
    build_site: SiteBuilder,
) -> None:
    # Each post's excerpt shows every post's excerpt: 9 such posts took 132 s
    # (every path through them rendered); 40 never finished.
    loop = "{% for post in site.posts %}{{ post.excerpt | strip_html | truncate: 12 }}{% endfor %}"
    posts = {
        f"_posts/2024-01-{day:02d}-p{day}.md": f"---\ntitle: P{day}\n---\nPost {day}: {loop}\n"
        for day in range(1, 29)
    }
    result, output = build_site({"_config.yml": "title: T\n", **posts})
    assert result.errors == 0
    assert "Post 28" in (output / "2024/01/28/p28.html").read_text(encoding="utf-8")


def test_a_long_listing_with_math_openers_in_code(build_site: SiteBuilder) -> None:
    listing = "".join(f'printf("\\\\( {i}\\n");\n' for i in range(40_000))
    post = f"---\ntitle: Code\n---\n$$x$$\n\n```c\n{listing}```\n"
    result, output = build_one_post(build_site, post)
    assert result.errors == 0
    html = (output / "2024/01/01/p.html").read_text(encoding="utf-8")
    assert "39999" in html


def test_a_long_run_of_braces_never_closed(build_site: SiteBuilder) -> None:
    post = (
        "---\ntitle: Braces\n---\nBefore {{ page.title }}.\n\n" + "{" * 200_000 + "\n"
    )
    result, output = build_one_post(build_site, post)
    html = (output / "2024/01/01/p.html").read_text(encoding="utf-8")
    assert "Before Braces." in html
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert any(
        "2024-01-01-p.md:6: a '{{' or '{%' here is never closed" in w for w in warnings
    )


def test_a_post_with_thousands_of_tags(build_site: SiteBuilder) -> None:
    # Each tag's feed listed every tag of the post: quadratic in its tags.
    tags = ", ".join(f"t{i}" for i in range(3000))
    post = f"---\ntitle: Tagged\ntags: [{tags}]\n---\nText.\n"
    result, output = build_one_post(build_site, post)
    assert result.errors == 0
    assert (output / "tag/t2999/index.html").is_file()
    feed = (output / "feed.xml").read_text(encoding="utf-8")
    assert feed.count("<category ") == 100


def test_a_collection_s_files_are_placed_without_a_search_per_file(
    build_site: SiteBuilder,
) -> None:
    # Placed through Pelican's EXTRA_PATH_METADATA, each file searched every
    # entry: 4,000 files took 13.6 s, 1,000 took 1.2 s. Now one lookup each.
    files = {f"_notes/n{i}.txt": f"note {i}\n" for i in range(300)}
    config = "title: T\ncollections:\n  notes:\n    output: true\n"
    result, output = build_site({"_config.yml": config, **files})
    assert result.errors == 0
    assert not [p for p in result.settings["EXTRA_PATH_METADATA"] if "_notes" in p]
    assert len(result.state.static_places) == 300
    assert (output / "notes/n299.txt").read_text(encoding="utf-8") == "note 299\n"
    assert not (output / "_notes").exists()


def test_a_layout_of_unclosed_assigns_and_meta_tags(build_site: SiteBuilder) -> None:
    # Which of the site's layouts add to a page, and which redirect it, is
    # read from their text: 8,000 of each took 17 s and 6 s (quadratic).
    inner = (
        "---\nlayout: frame\n---\n{{ content }}"
        + "{% assign a = site.x " * 50_000
        + "%}"
    )
    frame = (
        "<html><head>"
        + "{% if page.x %}<meta http-equiv='refresh'>" * 20_000
        + "<meta " * 50_000
    )
    result, output = build_site(
        {
            "_config.yml": "title: T\n",
            "_layouts/odd.html": inner,
            "_layouts/frame.html": frame,
            "odd.md": "---\nlayout: odd\ntitle: Odd\n---\nStill here.\n",
        }
    )
    assert "Still here." in (output / "odd.html").read_text(encoding="utf-8")
    assert result.errors == 0

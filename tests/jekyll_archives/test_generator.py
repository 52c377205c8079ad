"""The archive generator in a whole build: what it writes and what it says."""

from __future__ import annotations

from tests.conftest import SiteBuilder


def test_names_sharing_a_slug_are_named_once_with_their_kind(
    build_site: SiteBuilder,
) -> None:
    files = {
        "_config.yml": "title: T\n",
        "_posts/2024-01-01-a.md": "---\ntitle: A\ncategories: ML\n---\nA.\n",
        "_posts/2024-01-02-b.md": "---\ntitle: B\ncategories: ml\n---\nB.\n",
    }
    result, output = build_site(files)
    said = [m for level, m in result.messages if "share the slug" in m]
    assert said == [
        "category names 'ml', 'ML' share the slug 'ml' and so one archive page, "
        "/category/ml/; use one spelling in the front matter to silence this."
    ]
    page = (output / "category/ml/index.html").read_text(encoding="utf-8")
    assert "A</a>" in page and "B</a>" in page


def test_a_site_page_at_an_archive_s_url_is_kept_and_said_so_when_asked(
    build_site: SiteBuilder,
) -> None:
    # A site that makes its own tag pages (a collection at /tag/:slug/):
    # the theme's tag archive gives way, and nothing was missed.
    files = {
        "_config.yml": "title: T\ncollections:\n  my_tags:\n    output: true\n"
        "    permalink: /tag/:slug/\n",
        "_my_tags/design.md": "---\nslug: design\n---\nThe site's own tag page.\n",
        "_posts/2024-01-01-a.md": "---\ntitle: A\ntags: design\n---\nA.\n",
    }
    result, output = build_site(files)
    page = (output / "tag/design/index.html").read_text(encoding="utf-8")
    assert "own tag page" in page
    assert not [m for _, m in result.messages if "would replace" in m]
    # Asked for in _config.yml, the archive missed is a warning.
    files["_config.yml"] += "jekyll-archives:\n  enabled: [tags]\n"
    result, output = build_site(files)
    replaced = [(level, m) for level, m in result.messages if "would replace" in m]
    assert [level for level, _ in replaced] == ["WARNING"]
    assert "own tag page" in (output / "tag/design/index.html").read_text("utf-8")

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

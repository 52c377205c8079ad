"""The plugins a site lists that this build does not do, named once."""

from __future__ import annotations

from jekyll_config.plugins_listed import not_run_message, plugins_not_run
from tests.conftest import SiteBuilder


def test_only_plugins_that_change_the_site_and_are_not_done_here_are_named() -> None:
    config = {
        "plugins": ["jekyll-feed", "jekyll-diagrams", "jekyll-compose", "jemoji"],
        "gems": ["jekyll-toc", "jekyll-diagrams"],
    }
    assert plugins_not_run(config) == ("plugins", ["jekyll-diagrams", "jekyll-toc"])
    assert plugins_not_run({"gems": ["jekyll-sitemap", "jekyll/scholar"]}) == (
        "gems",
        [],
    )
    assert plugins_not_run({"plugins": "jekyll-feed"}) == (None, [])


def test_the_note_is_at_the_plugins_line_of_config(build_site: SiteBuilder) -> None:
    result, _ = build_site(
        {
            "_config.yml": "title: Lab\nplugins:\n  - jekyll-feed\n  - jekyll-diagrams\n",
            "about.md": "---\ntitle: About\n---\nHi.\n",
        }
    )
    warnings = [m for level, m in result.messages if level == "WARNING"]
    (said,) = [w for w in warnings if "not run by this build" in w]
    assert said.endswith(f"_config.yml:2: {not_run_message(['jekyll-diagrams'])}.")
    assert "plugin jekyll-diagrams is not run by this build: what it adds" in said

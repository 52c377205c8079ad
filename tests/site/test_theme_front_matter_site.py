"""Front-matter keys of other themes and plugins are theirs, never this build's."""

from __future__ import annotations

from tests.conftest import SiteBuilder

ALFOLIO_POST = """\
---
layout: distill
title: A distill post
authors:
  - name: Albert Einstein
    url: "https://en.wikipedia.org/wiki/Albert_Einstein"
    affiliations:
      name: IAS, Princeton
  - name: Boris Podolsky
toc:
  - name: Equations
  - name: Citations
redirect: true
---
Text.
"""
PROJECT = "---\nlayout: page\ntitle: Project\nredirect: https://example.org\npermalink: /proj/\n---\nAbout.\n"


def test_al_folio_keys_build_and_stay_the_site_s(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: T\n",
            "_posts/2024-01-01-distill.md": ALFOLIO_POST,
            "_pages/proj.md": PROJECT,
            "404.html": "---\nlayout: page\npermalink: /404.html\nredirect: true\n---\nSorry.\n",
        }
    )
    assert result.errors == 0
    post = (output / "2024/01/01/distill.html").read_text(encoding="utf-8")
    assert "Text." in post and "A distill post" in post
    # al-folio's `redirect:` is its own: the page is the page, not a redirect.
    project = (output / "proj/index.html").read_text(encoding="utf-8")
    assert "About." in project and 'http-equiv="refresh"' not in project
    assert "Sorry." in (output / "404.html").read_text(encoding="utf-8")

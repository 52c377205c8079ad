"""What a site's own layout loads that this theme does not: its scripts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from jekyll_reader.body_warnings import warn_body
from jekyll_reader.layouts import layout_scripts
from jekyll_reader.source import SourceDocument
from tests.helpers import write_files

LAYOUTS = {
    "_layouts/default.html": (
        '<html><head><script src="/js/jquery.min.js"></script>\n'
        "<script type='text/javascript' src='{{ site.baseurl }}/js/d3.min.js?v=4'>"
        "</script></head><body>{{ content }}</body></html>\n"
    ),
    "_layouts/figure_post.html": (
        "---\nlayout: default\n---\n<article>{{ content }}</article>\n"
        '<script src="/js/figures.js"></script>\n'
    ),
    "_layouts/loop.html": "---\nlayout: loop\n---\n<script src='/a.js'></script>\n",
    "_layouts/liquid.html": (
        '<script src="{{ "/js/page.js " | prepend: site.baseurl }}"></script>\n'
        "<script src='{{ '/js/menu.js' | relative_url }}'></script>\n"
        '<script src="{{ site.cdn }}"></script>\n'
    ),
}


def test_a_layout_s_scripts_and_those_of_the_layouts_it_sits_in(tmp_path: Path) -> None:
    write_files(tmp_path, LAYOUTS)
    assert layout_scripts(tmp_path, "figure_post") == (
        "jquery.min.js",
        "d3.min.js",
        "figures.js",
    )
    assert layout_scripts(tmp_path, "default") == ("jquery.min.js", "d3.min.js")
    assert layout_scripts(tmp_path, "loop") == ("a.js",)
    # A src made by Liquid is named by the text it quotes, not cut at a quote.
    assert layout_scripts(tmp_path, "liquid") == ("page.js", "menu.js")
    assert layout_scripts(tmp_path, "../outside") == ()
    assert layout_scripts(tmp_path, "missing") == ()
    assert layout_scripts(tmp_path, None) == ()


def test_a_body_s_scripts_are_told_of_what_its_layout_loaded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_files(tmp_path, LAYOUTS)
    body = SourceDocument({}, "A figure:\n\n<script>d3.select('#f')</script>\n", 5)
    plain = SourceDocument({}, "No script.\n", 5)
    # Scripts that need nothing of the layout's: a widget from another host,
    # data, a template.
    own = SourceDocument(
        {},
        '<script async src="//platform.twitter.com/widgets.js"></script>\n'
        "<SCRIPT src='https://gist.github.com/a/b.js'></SCRIPT>\n"
        '<script type="application/ld+json">{}</script>\n'
        "<script type=text/template><p></p></script>\n",
        5,
    )
    with caplog.at_level(logging.WARNING):
        warn_body("", body, "p.md", has_math=False, layout=(tmp_path, "figure_post"))
        warn_body("", plain, "q.md", has_math=False, layout=(tmp_path, "default"))
        warn_body("", own, "s.md", has_math=False, layout=(tmp_path, "default"))
        warn_body("", body, "r.md", has_math=False, layout=(tmp_path, None))
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith(
        "p.md:7: its scripts may need what the site's layout 'figure_post' loads "
        "(jquery.min.js, d3.min.js, figures.js), which this theme does not load"
    )

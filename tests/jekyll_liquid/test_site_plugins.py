"""The tags and filters a site's own Ruby plugins define, named in warnings."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from jekyll_liquid.site_plugins import plugin_definitions
from tests.jekyll_liquid.test_renderer import make_renderer

PLUGIN = """\
module Jekyll
  module RegexFilters
    def regex_strip(input, pattern)
      input.gsub(Regexp.new(pattern), "")
    end
  end
end
Liquid::Template.register_filter(Jekyll::RegexFilters)
Liquid::Template.register_tag('figure_box', Jekyll::FigureBox)
"""


def test_a_plugin_file_s_tags_and_filters_are_found(tmp_path: Path) -> None:
    (tmp_path / "_plugins" / "more").mkdir(parents=True)
    (tmp_path / "_plugins" / "more" / "regex.rb").write_text(PLUGIN)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.rb"
    outside.write_text("def secret_filter(x)\nend\n")
    (tmp_path / "_plugins" / "link.rb").symlink_to(outside)
    assert plugin_definitions(tmp_path) == {
        "filter 'regex_strip'": "_plugins/more/regex.rb",
        "tag 'figure_box'": "_plugins/more/regex.rb",
    }
    assert plugin_definitions(tmp_path / "no-such-site") == {}


def test_an_unknown_filter_of_the_site_s_plugin_is_named_with_its_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "_plugins").mkdir()
    (tmp_path / "_plugins" / "regex.rb").write_text(PLUGIN)
    text = "{{ 'a1' | regex_strip: '[0-9]' }}\n{% figure_box %}{{ 'b' | nosuch }}"
    rendered = make_renderer(tmp_path).render(text, {}, "p.md")
    assert rendered.text == "a1\nb"
    said = dict(rendered.problems)
    assert said[1] == (
        "filter 'regex_strip' comes from the site's Ruby plugin "
        "_plugins/regex.rb, which this build cannot run; it passes its input "
        "on unchanged, as in Jekyll"
    )
    assert any(
        "tag 'figure_box' comes from the site's Ruby plugin" in p
        for _, p in rendered.problems
    )
    assert any(
        "filter 'nosuch' is not one this build knows" in p for _, p in rendered.problems
    )


def test_an_unknown_filter_in_an_include_is_named_at_the_include_s_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "_plugins").mkdir()
    (tmp_path / "_plugins" / "regex.rb").write_text(PLUGIN)
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "tags.html").write_text(
        "<ul>\n{% if include.on %}{{ 'a1' | upcase | regex_strip: '[0-9]' }}"
        "{% endif %}\n{{ '|' | nosuch }}</ul>\n"
    )
    text = "Tags:\n{% include tags.html on=true %}"
    with caplog.at_level(logging.WARNING):
        rendered = make_renderer(tmp_path).render(text, {}, "p.md")
    assert rendered.text == "Tags:\n<ul>\nA1\n|</ul>\n"
    assert not rendered.problems  # said of the include, not of the page
    said = [r.getMessage() for r in caplog.records]
    assert any(
        m.endswith("_includes/tags.html:2: filter 'regex_strip' comes from the "
                   "site's Ruby plugin _plugins/regex.rb, which this build cannot "
                   "run; it passes its input on unchanged, as in Jekyll.")
        for m in said
    ), said  # fmt: skip
    assert any(
        m.endswith("_includes/tags.html:3: filter 'nosuch' is not one this build "
                   "knows (a Jekyll plugin's?); it passes its input on unchanged, "
                   "as in Jekyll.")
        for m in said
    ), said  # fmt: skip

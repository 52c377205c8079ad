"""The site's math setup, read from its MathJax/KaTeX script and _config.yml."""

from __future__ import annotations

import json
from pathlib import Path

from jekyll_config.math_setup import describe, math_settings, read_math_setup
from jekyll_theme_pages.math_assets import mathjax_config, mathjax_script_config
from tests.helpers import write_files

# academicpages' head/custom.html: MathJax 2, single dollars, every display numbered.
MATHJAX_2 = """<script type="text/x-mathjax-config"> MathJax.Hub.Config({ TeX: {
 equationNumbers: { autoNumber: "all" } } }); </script>
<script type="text/x-mathjax-config">
  MathJax.Hub.Config({ tex2jax: { inlineMath: [ ['$','$'], ["\\\\(","\\\\)"] ],
    processEscapes: true } });
</script>"""
# A MathJax 3 configuration file with macros and packages.
MATHJAX_3 = """window.MathJax = {
  tex: {
    tags: 'ams',
    inlineMath: [['$', '$'], ['\\\\(', '\\\\)']],
    macros: { RR: "\\\\mathbb{R}", norm: ["\\\\left\\\\lVert #1 \\\\right\\\\rVert", 1] },
    packages: {'[+]': ['physics', 'bad name!']}
  }
};"""
KATEX = """renderMathInElement(document.body, {delimiters: [
  {left: "$$", right: "$$", display: true}, {left: "$", right: "$", display: false}]});"""


def test_a_mathjax_2_setup_turns_on_dollars_and_numbering(tmp_path: Path) -> None:
    write_files(tmp_path, {"_includes/head/custom.html": MATHJAX_2})
    setup = read_math_setup({}, tmp_path)
    assert (setup.inline_dollars, setup.numbering) == (True, "all")
    assert setup.sources == ["_includes/head/custom.html"]


def test_a_mathjax_3_script_gives_macros_and_packages(tmp_path: Path) -> None:
    write_files(tmp_path, {"assets/js/mathjax-setup.js": MATHJAX_3})
    setup = read_math_setup({}, tmp_path)
    assert setup.numbering == "ams" and setup.inline_dollars
    assert setup.macros == {
        "RR": "\\mathbb{R}",
        "norm": ["\\left\\lVert #1 \\right\\rVert", 1],
    }
    assert setup.packages == ["physics"]  # a name that is not one is left out


def test_katex_auto_render_delimiters_turn_on_dollars(tmp_path: Path) -> None:
    write_files(tmp_path, {"_layouts/default.html": KATEX})
    assert read_math_setup({}, tmp_path).inline_dollars is True


def test_a_config_section_in_chirpy_s_shape_is_read_over_the_scripts(
    tmp_path: Path,
) -> None:
    write_files(tmp_path, {"assets/js/mathjax-setup.js": MATHJAX_3})
    config = {
        "mathjax": {
            "tags": "none",
            "macros": [{"name": "E", "command": "\\mathbb{E}"}, {"name": "x"}],
            "extensions": ["mhchem"],
        }
    }
    setup = read_math_setup(config, tmp_path)
    assert setup.numbering == "none"
    assert setup.macros["E"] == "\\mathbb{E}" and "x" not in setup.macros
    assert setup.packages == ["physics", "mhchem"]
    assert setup.sources[-1] == "_config.yml (mathjax:)"


def test_nothing_found_leaves_kramdown_s_rules_and_a_setting_wins(
    tmp_path: Path,
) -> None:
    write_files(tmp_path, {"_includes/head.html": "<script src=mathjax.js></script>"})
    assert math_settings(read_math_setup({}, tmp_path), {}) == {}
    write_files(tmp_path, {"_includes/head.html": MATHJAX_2})
    found = math_settings(
        read_math_setup({}, tmp_path), {"JEKYLL_MATH_INLINE_DOLLARS": False}
    )
    assert found == {"JEKYLL_MATH_NUMBERING": "all"}


def test_a_script_outside_the_site_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.html"
    outside.write_text(MATHJAX_2)
    (tmp_path / "site" / "_includes").mkdir(parents=True)
    (tmp_path / "site" / "_includes" / "math.html").symlink_to(outside)
    assert read_math_setup({}, tmp_path / "site").sources == []


def test_the_configuration_script_keeps_text_text() -> None:
    settings = {
        "JEKYLL_MATH_INLINE_DOLLARS": True,
        "JEKYLL_MATH_NUMBERING": "ams",
        "JEKYLL_MATH_MACROS": {"x": "</script><script>alert(1)</script>"},
    }
    config = mathjax_config(settings)
    assert ["$", "$"] in config["tex"]["inlineMath"] and config["tex"]["tags"] == "ams"
    script = str(mathjax_script_config(settings))
    assert "<" not in script and ">" not in script
    assert json.loads(script)["tex"]["macros"]["x"].startswith("</script>")


def test_the_log_line_says_what_was_read() -> None:
    settings = {
        "JEKYLL_MATH_INLINE_DOLLARS": True,
        "JEKYLL_MATH_NUMBERING": "ams",
        "JEKYLL_MATH_MACROS": {"RR": "\\mathbb{R}"},
        "JEKYLL_MATH_PACKAGES": ["physics"],
    }
    assert describe(settings) == (
        "inline $...$; equations numbered (ams); 1 macros; packages physics"
    )

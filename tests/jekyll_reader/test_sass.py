from pathlib import Path

from jekyll_reader.sass import compile_sass


def test_a_sass_page_compiles_with_the_site_s_partials(tmp_path: Path) -> None:
    (tmp_path / "_sass").mkdir()
    (tmp_path / "_sass" / "_base.scss").write_text(
        "$ink: #123;\nbody { color: $ink; }\n"
    )
    page = tmp_path / "assets" / "main.scss"
    page.parent.mkdir()
    css, problem = compile_sass('@import "base";\na { b: c }\n', page, tmp_path, {})
    assert problem is None
    assert "color: #123" in css and "a {" in css
    compressed, _ = compile_sass(
        "a { b: c }", page, tmp_path, {"sass": {"style": "compressed"}}
    )
    assert compressed.strip() == "a{b:c}"


def test_a_partial_the_site_lacks_is_said_not_raised(tmp_path: Path) -> None:
    css, problem = compile_sass('@import "minima";', tmp_path / "m.scss", tmp_path, {})
    assert problem is not None and "minima" in problem
    assert css.startswith("/* This stylesheet could not be compiled:")
    assert css.count("*/") == 1


def test_partials_outside_the_site_are_not_searched(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "_secret.scss").write_text("a { secret: 1 }")
    site = tmp_path / "site"
    site.mkdir()
    config = {"sass": {"sass_dir": "../outside"}}
    css, problem = compile_sass('@import "secret";', site / "m.scss", site, config)
    assert problem is not None and "secret: 1" not in css

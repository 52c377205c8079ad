"""The task and bench code are not plugins: editing them renders no page again."""

from pathlib import Path

from pelican.settings import read_settings

import jekyll_bench
import jekyll_tasks
from jekyll_tasks.output_folder import code_paths
from tests.helpers import PROJECT_ROOT


def test_tools_are_outside_the_plugin_paths_pages_are_fingerprinted_by() -> None:
    settings = read_settings(str(PROJECT_ROOT / "pelicanconf.py"))
    plugin_paths = [Path(p).resolve() for p in settings["PLUGIN_PATHS"]]
    assert plugin_paths
    for package in (jekyll_tasks, jekyll_bench):
        folder = Path(package.__file__).resolve().parent
        assert not any(folder.is_relative_to(p) for p in plugin_paths), folder


def test_serve_restarts_its_build_server_when_the_tools_change() -> None:
    tools = Path(jekyll_tasks.__file__).resolve().parent
    assert any(tools.is_relative_to(path) for path in code_paths())

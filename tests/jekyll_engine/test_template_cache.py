"""A build's Jinja environments share compiled templates, in memory or on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jinja2 import DictLoader, Environment, pass_context

from jekyll_engine.template_cache import (
    BuildTemplates,
    CompiledTemplates,
    share_compiled_templates,
)

TEMPLATES = {
    "base.html": "<p>{{ title | shout }}</p>",
    "post.html": "{% extends 'base.html' %}",
}


def _environment(cache: Any, shout: Any = str.upper) -> Environment:
    environment = Environment(
        loader=DictLoader(TEMPLATES), bytecode_cache=cache, autoescape=True
    )
    environment.filters["shout"] = shout
    return environment


def test_a_template_is_compiled_once_for_every_environment_of_a_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = BuildTemplates()
    first = _environment(cache)
    assert first.get_template("post.html").render(title="a") == "<p>A</p>"
    assert len(cache.compiled) == 2  # the post and the base it extends

    def no_compiling(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("compiled again")

    second = _environment(cache)
    monkeypatch.setattr(second, "compile", no_compiling)
    assert second.get_template("post.html").render(title="b") == "<p>B</p>"


def test_a_filter_of_another_kind_gets_its_own_compiled_template() -> None:
    cache = BuildTemplates()
    _environment(cache).get_template("base.html").render(title="a")

    @pass_context
    def shout_in_context(context: Any, value: str) -> str:
        return f"{value.upper()} in {context.name}"

    other = _environment(cache, shout_in_context)
    assert other.get_template("base.html").render(title="a") == "<p>A in base.html</p>"
    assert len(cache.compiled) == 2


@pytest.mark.parametrize("cached", [True, False])
def test_the_build_gets_the_cache_its_settings_allow(
    tmp_path: Path, cached: bool
) -> None:
    settings = {
        "CACHE_PATH": str(tmp_path / "cache"),
        "JEKYLL_CACHE": cached,
        "JINJA_ENVIRONMENT": {"trim_blocks": True},
    }
    share_compiled_templates(settings)
    environment = settings["JINJA_ENVIRONMENT"]
    assert environment["trim_blocks"] is True
    kind = CompiledTemplates if cached else BuildTemplates
    assert type(environment["bytecode_cache"]) is kind
    assert (tmp_path / "cache" / "jinja").is_dir() is cached


def test_templates_are_not_checked_again_on_every_include_unless_asked() -> None:
    settings: dict[str, Any] = {"JEKYLL_CACHE": False, "JINJA_ENVIRONMENT": {}}
    share_compiled_templates(settings)
    assert settings["JINJA_ENVIRONMENT"]["auto_reload"] is False
    checks = 0

    def uptodate() -> bool:
        nonlocal checks
        checks += 1
        return True

    class Loader(DictLoader):
        def get_source(self, environment: Environment, name: str) -> Any:
            source, filename, _ = super().get_source(environment, name)
            return source, filename, uptodate

    options = dict(settings["JINJA_ENVIRONMENT"])
    environment = Environment(loader=Loader(TEMPLATES), autoescape=True, **options)
    environment.filters["shout"] = str.upper
    for _ in range(3):
        environment.get_template("post.html").render(title="a")
    assert checks == 0
    # A site's own choice stands.
    settings = {"JEKYLL_CACHE": False, "JINJA_ENVIRONMENT": {"auto_reload": True}}
    share_compiled_templates(settings)
    assert settings["JINJA_ENVIRONMENT"]["auto_reload"] is True

"""Library versions, as the caches' keys read them."""

from importlib.metadata import version

from jekyll_common.versions import library_versions


def test_each_library_s_own_version_is_its_installed_one() -> None:
    found = library_versions(("markdown", "pymdownx", "jinja2", "yaml"))
    assert found == (
        f"markdown={version('markdown')};pymdownx={version('pymdown-extensions')};"
        f"jinja2={version('jinja2')};yaml={version('pyyaml')};"
    )

"""jekyll-postfiles: a post's own images, in its folder, copied beside its page."""

from __future__ import annotations

from tests.conftest import SiteBuilder

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x03"
    b"\x08\x02\x00\x00\x00"
)
SITE = {
    "_posts/shell/2020-01-25-shell.md": (
        "---\ntitle: Shell\nimage: /shell/cover.png\n---\n"
        "![kernel](kernel.png) ![deep](figs/deep.png)\n"
    ),
    "_posts/shell/kernel.png": PNG,
    "_posts/shell/cover.png": PNG,
    "_posts/shell/figs/deep.png": PNG,
    "_posts/shell/.hidden.png": PNG,
    "_posts/2020-02-01-flat.md": "---\ntitle: Flat\n---\nNo folder.\n",
}


def test_a_post_s_files_are_copied_beside_its_page(build_site: SiteBuilder) -> None:
    config = "permalink: /:title/\nplugins:\n  - jekyll-postfiles\n"
    build_site({"_config.yml": config, **SITE})
    # Built again over its output, which the build clears of what it did
    # not write this time, its posts read from the cache: the copies stay.
    result, output = build_site({"_config.yml": config, **SITE})
    assert (result.errors, result.warnings) == (0, 0), result.messages
    for name in ("kernel.png", "cover.png", "figs/deep.png"):
        assert (output / "shell" / name).read_bytes() == PNG, name
    assert not (output / "shell/.hidden.png").exists()
    assert not (output / "_posts").exists()
    page = (output / "shell/index.html").read_text(encoding="utf-8")
    # Found beside the page, as a browser finds them: sized, not its alt text.
    assert 'src="kernel.png" loading="lazy" decoding="async" width="2"' in page
    assert 'src="figs/deep.png" loading="lazy" decoding="async" width="2"' in page
    assert '<img src="/shell/cover.png" alt="Shell" width="2"' in page  # header


def test_without_the_plugin_they_are_not_copied(build_site: SiteBuilder) -> None:
    result, output = build_site({"_config.yml": "permalink: /:title/\n", **SITE})
    assert not (output / "shell/kernel.png").exists()
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert any("'kernel.png'" in w and "not in the site" in w for w in warnings)

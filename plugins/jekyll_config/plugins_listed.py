"""The Jekyll plugins ``_config.yml`` lists that this build does not do.

A listed plugin this build does not do (jekyll-target-blank's links,
jekyll-toc's contents, jekyll-paginate-v2's pages) leaves its part
of the site missing. One note names them all, at the ``plugins:`` line, so
a missing image or an empty tag further down the log has its reason told
first. Plugins that only act on the command line or check the built site
leave the site as Jekyll writes it and are not named.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from jekyll_common.site import listed_plugins

# What this build does itself (see docs/jekyll.md for each).
DONE_HERE: Final = frozenset({
    "jekyll-feed", "jekyll-sitemap", "jekyll-seo-tag", "jekyll-paginate",
    "jekyll-archives", "jekyll-redirect-from", "jekyll-relative-links",
    "jekyll-scholar", "jemoji", "jekyll-mentions", "jekyll-imagemagick",
    "jekyll-polyglot", "jekyll-email-protect", "jekyll-include-cache",
    "jekyll-last-modified-at", "jekyll-readme-index", "jekyll-gist",
    "jekyll-avatar", "jekyll-optional-front-matter", "jekyll-sass-converter",
    "jekyll-titles-from-headings", "jekyll-default-layout", "jekyll-soopr-seo-tag",
    "jekyll-postfiles",
})  # fmt: skip
# Plugins that leave the written site as it would be without them, and the
# Markdown parsers and highlighters a site lists beside its converter: this
# build renders Markdown as kramdown does, with its own highlighter.
NO_CHANGE: Final = frozenset({
    "kramdown", "kramdown-parser-gfm", "kramdown-math-katex", "rouge",
    "jekyll-commonmark", "jekyll-commonmark-ghpages",
    "jekyll-compose", "jekyll-admin", "jekyll-livereload", "jekyll-watch",
    "html-proofer", "jekyll-minifier", "jekyll-remote-theme",
})  # fmt: skip


def plugins_not_run(config: Mapping[str, Any]) -> tuple[str | None, list[str]]:
    """Return the key that lists plugins and the ones listed this build does not do."""
    # Listed by gem or by the path Ruby requires (al-folio's ``jekyll/scholar``).
    gems = {name: name.replace("/", "-") for name in listed_plugins(config)}
    missing = [name for name, gem in gems.items() if gem not in DONE_HERE | NO_CHANGE]
    key = next(
        (k for k in ("plugins", "gems") if isinstance(config.get(k), list)), None
    )
    return key, missing


def not_run_message(missing: list[str]) -> str:
    """Return what to say of the listed plugins this build does not do."""
    named = ", ".join(missing)
    if len(missing) == 1:
        return (
            f"plugin {named} is not run by this build: what it adds to the site "
            "is missing (its tags and filters render nothing, named where used)"
        )
    return (
        f"plugins {named} are not run by this build: what they add to the site "
        "is missing (their tags and filters render nothing, named where used)"
    )

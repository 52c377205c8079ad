"""The site-wide settings, read by every plugin: usually from ``_config.yml``.

``jekyll_config`` fills them from the site's ``_config.yml`` (the first
table of ``docs/settings.md``); a value set in ``pelicanconf.py`` wins.
The publishing tasks' settings are here too: ``publishconf.py`` sets them,
and the plain ``pelican`` command builds with it as well.
"""

from __future__ import annotations

from typing import Final

from jekyll_common.setting_kinds import (
    BOOL,
    COLLECTIONS,
    COUNT,
    DEFAULTS_LIST,
    ENVIRONMENT,
    OPTIONAL_TEXT,
    SHARE,
    TEXT,
    TEXT_LIST,
    Setting,
    group,
)
from jekyll_common.settings import declare

SITE_ROWS: Final = declare(
    *group(
        "site",
        Setting("JEKYLL_PERMALINK", TEXT, "date", "post URL style or template"),
        Setting("JEKYLL_URL", TEXT, "", "the site's address in production builds"),
        Setting("JEKYLL_BASEURL", TEXT, "", "the site's sub-path"),
        Setting("JEKYLL_FUTURE", BOOL, False, "build posts dated in the future"),
        Setting("JEKYLL_DRAFTS", BOOL, False, "build `_drafts/`"),
        Setting(
            "JEKYLL_UNPUBLISHED", BOOL, False, "build `published: false` documents"
        ),
        Setting(
            "JEKYLL_EXCERPT_SEPARATOR",
            TEXT,
            "\n\n",
            "where a generated excerpt ends",
            shown="blank line",
        ),
        Setting(
            "JEKYLL_EXCLUDE", TEXT_LIST, (), "what is skipped (globs, path prefixes)"
        ),
        Setting(
            "JEKYLL_INCLUDE", TEXT_LIST, (), "what is read though hidden or excluded"
        ),
        Setting("JEKYLL_COLLECTIONS", COLLECTIONS, {}, "collections besides posts"),
        Setting(
            "JEKYLL_COLLECTIONS_DIR", TEXT, "", "the folder holding the collections"
        ),
        Setting("JEKYLL_DEFAULTS", DEFAULTS_LIST, (), "front-matter defaults by scope"),
        Setting(
            "JEKYLL_PAGINATE",
            COUNT,
            0,
            "posts on each page of the paginated `index.html` (`paginate`, a "
            "quoted number too; 0: off)",
        ),
        Setting(
            "JEKYLL_PAGINATE_PATH",
            TEXT,
            "/page:num",
            "where its pages 2, 3... go (`paginate_path`)",
        ),
    ),
    *group(
        "build",
        Setting(
            "JEKYLL_ENV",
            ENVIRONMENT,
            "development",
            "production builds use absolute URLs",
            shown="`development` (`production` in `publishconf.py`)",
        ),
    ),
    *group(
        "publishing",
        Setting(
            "PUBLISH_TARGET",
            TEXT,
            "",
            "`invoke publish`'s rsync target (the environment variable wins)",
        ),
        Setting(
            "PUBLISH_MAX_SHRINK",
            SHARE,
            0.5,
            "publishing is refused when the site lost this share of its pages",
        ),
        Setting("GITHUB_PAGES_BRANCH", TEXT, "gh-pages", "`invoke gh-pages`'s branch"),
        Setting(
            "GITHUB_PAGES_CNAME",
            OPTIONAL_TEXT,
            None,
            "the custom domain written to `CNAME` (`None`: the host of `url` unless "
            "it is `*.github.io`)",
        ),
    ),
)

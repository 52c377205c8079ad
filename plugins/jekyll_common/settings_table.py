"""The table of every setting: name, type, default, effect, docs page group.

Read through ``jekyll_common.settings``, which checks values against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from jekyll_common.setting_kinds import (
    ARCHIVE_KINDS,
    BOOL,
    COLLECTIONS,
    COUNT,
    DEFAULTS_LIST,
    ENVIRONMENT,
    OPTIONAL_TEXT,
    SHARE,
    TEXT,
    TEXT_LIST,
    TEXT_MAP,
    Setting,
    group,
)
from jekyll_common.settings_math import MATH_SETTINGS

SETTINGS: Final[tuple[Setting, ...]] = (
    # Site-wide: usually from _config.yml (see docs/settings.md's first table).
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
            "posts on each page of the paginated `index.html` (`paginate`; 0: off)",
        ),
        Setting(
            "JEKYLL_PAGINATE_PATH",
            TEXT,
            "/page:num",
            "where its pages 2, 3... go (`paginate_path`)",
        ),
    ),
    # The build.
    *group(
        "build",
        Setting(
            "JEKYLL_THEME_INCLUDES",
            BOOL,
            True,
            "the theme's Liquid includes (`base_path`, `archive-single.html`, `toc`, "
            "`figure`...) stand in for those a site names but does not have",
        ),
        Setting(
            "JEKYLL_ENV",
            ENVIRONMENT,
            "development",
            "production builds use absolute URLs",
            shown="`development` (`production` in `publishconf.py`)",
        ),
        Setting(
            "JEKYLL_LAYOUTS",
            TEXT_MAP,
            {
                # What the popular themes' layouts show, as this theme's
                # templates: one document...
                **dict.fromkeys(
                    ("post", "single", "article", "distill", "talk"), "article"
                ),
                **dict.fromkeys(
                    (
                        "page",
                        "default",
                        "home",
                        "splash",
                        "archive",
                        "about",
                        "cv",
                        "compress",
                        "none",
                        "center",
                        "error",
                        "base",
                        "404",
                    ),
                    "page",
                ),
                # ... or one with a list after its text.
                **dict.fromkeys(("posts", "archives", "blog", "index"), "page_posts"),
                "tags": "page_tags",
                "categories": "page_categories",
                "tag": "page_tag",
                "category": "page_category",
                "collection": "page_collection",
                "search": "page_search",
            },
            "front-matter `layout` → theme template (added to the defaults)",
            shown="`post`, `single`... → `article`; `page`, `default`, `home`... → "
            "`page`; `tags`, `categories`, `tag`, `category`, `collection`, `search`, "
            "`posts`, `archives` → `page_<role>` (the page, then its list)",
        ),
        Setting(
            "JEKYLL_PAGES_DIRS",
            TEXT_LIST,
            ("_pages",),
            "folders whose files are pages placed as if at the site root",
        ),
        Setting(
            "JEKYLL_PLAIN_MARKDOWN_PAGES",
            BOOL,
            True,
            "a Markdown file without front matter is a page "
            "(`False`: copied as-is, as Jekyll does)",
        ),
        Setting(
            "JEKYLL_IMAGE_DIRS",
            TEXT_LIST,
            ("", "assets/img", "assets/images", "images"),
            "where a relative `image` is looked for",
        ),
        Setting(
            "JEKYLL_CACHE",
            BOOL,
            True,
            "keep documents as read, rendered bodies, compiled templates and page "
            "fingerprints in `CACHE_PATH` (`cache/`) between builds",
        ),
        Setting(
            "JEKYLL_CACHE_MAX_MB",
            COUNT,
            512,
            "how much `CACHE_PATH` may hold: the files least recently used by any "
            "build go first",
        ),
        Setting(
            "JEKYLL_PARALLEL_READ_MIN",
            COUNT,
            64,
            "from this many new documents on, bodies are rendered by one "
            "process per core",
        ),
        Setting(
            "JEKYLL_PARALLEL_WRITE_MIN",
            COUNT,
            400,
            "from this many pages on, pages are written by one process per core",
        ),
    ),
    *MATH_SETTINGS,
    # Archives.
    *group(
        "archives",
        Setting(
            "JEKYLL_ARCHIVES_ENABLED",
            ARCHIVE_KINDS,
            ("tags", "categories", "authors"),
            "which archives (or `jekyll-archives: enabled`); "
            '`"all"` adds year, month, day',
        ),
        Setting("JEKYLL_ARCHIVE_TAG_URL", TEXT, "/tag/:name/", "tag archive URLs"),
        Setting(
            "JEKYLL_ARCHIVE_CATEGORY_URL", TEXT, "/category/:name/", "category archives"
        ),
        Setting("JEKYLL_ARCHIVE_AUTHOR_URL", TEXT, "/author/:name/", "author archives"),
        Setting("JEKYLL_ARCHIVE_YEAR_URL", TEXT, "/:year/", "year archives"),
        Setting("JEKYLL_ARCHIVE_MONTH_URL", TEXT, "/:year/:month/", "month archives"),
        Setting("JEKYLL_ARCHIVE_DAY_URL", TEXT, "/:year/:month/:day/", "day archives"),
        Setting(
            "JEKYLL_ARCHIVE_PAGE_URL",
            TEXT,
            "page/:num/",
            "appended to an archive's URL for page 2 on",
        ),
        Setting(
            "JEKYLL_ARCHIVE_PER_PAGE",
            COUNT,
            20,
            "posts per archive page (`0`: one page)",
        ),
        Setting("JEKYLL_TAGS_INDEX_URL", TEXT, "/tags/", "the page listing every tag"),
        Setting(
            "JEKYLL_CATEGORIES_INDEX_URL",
            TEXT,
            "/categories/",
            "the page listing every category",
        ),
        Setting("JEKYLL_RELATED_POSTS", COUNT, 3, "related posts per post"),
    ),
    # Feeds.
    *group(
        "feeds",
        Setting(
            "JEKYLL_FEED_PATH", TEXT, "/feed.xml", "the site feed (or `feed: path`)"
        ),
        Setting(
            "JEKYLL_FEED_LIMIT", COUNT, 10, "entries per feed (or `feed: posts_limit`)"
        ),
        Setting(
            "JEKYLL_FEED_TAG_PATH",
            TEXT,
            "/feed/by_tag/:name.xml",
            'per-tag feeds (`""`: off)',
        ),
        Setting(
            "JEKYLL_FEED_CATEGORY_PATH",
            TEXT,
            "/feed/:name.xml",
            'per-category feeds (`""`: off)',
        ),
    ),
    # Redirects.
    *group(
        "redirects",
        Setting(
            "JEKYLL_REDIRECT_TEMPLATE",
            TEXT,
            "redirect",
            "theme template of redirect pages",
        ),
        Setting(
            "JEKYLL_REDIRECTS_JSON",
            BOOL,
            True,
            "`redirects.json`, as jekyll-redirect-from",
        ),
        Setting("JEKYLL_REDIRECTS_NETLIFY", BOOL, False, "a Netlify `_redirects` file"),
        Setting("JEKYLL_REDIRECTS_HTACCESS", BOOL, False, "an Apache `.htaccess` file"),
        Setting(
            "JEKYLL_REDIRECTS_NGINX", BOOL, False, "an nginx `redirects.nginx.conf`"
        ),
        Setting(
            "JEKYLL_LEGACY_URLS",
            OPTIONAL_TEXT,
            None,
            "a file of old URLs (one a line, or a sitemap) each redirected to the "
            "document it names",
        ),
    ),
    # Publishing.
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

BY_NAME: Final[Mapping[str, Setting]] = {s.name: s for s in SETTINGS}

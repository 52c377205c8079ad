"""Settings for local builds (``invoke build``, ``invoke serve``, ``pelican``).

The site itself (title, url, permalink style, timezone, author...) is set in
``content/_config.yml``, as in any Jekyll site. A value set here wins over
``_config.yml``; see the README for every setting the plugins read.
"""

import logging
import sys
from pathlib import Path

# The plugins import each other's helpers (jekyll_common), so their folder
# must be importable, not only loadable by Pelican one plugin at a time.
_PLUGINS = str(Path(__file__).resolve().parent / "plugins")
if _PLUGINS not in sys.path:
    sys.path.insert(0, _PLUGINS)

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
# Relative to this file, as the three above (Pelican's default is relative
# to the working folder: a build run from content/ cached into it).
CACHE_PATH = "cache"

PLUGIN_PATHS = [_PLUGINS]
# Order matters: the config is read first, the reader is set up before the
# generators that use its metadata.
PLUGINS = [
    "jekyll_config",
    "jekyll_markdown",
    "jekyll_reader",
    "jekyll_engine",
    "jekyll_liquid",
    # After Liquid: links to Markdown files in what it wrote too.
    "jekyll_relative_links",
    "jekyll_archives",
    "jekyll_feed",
    "jekyll_sitemap",
    "jekyll_theme_pages",
    # Last: redirects keep off every page the others write.
    "jekyll_redirects",
]

# Host redirect maps (real 301s) besides redirects.json and redirect pages.
JEKYLL_REDIRECTS_NETLIFY = True
JEKYLL_REDIRECTS_HTACCESS = True
JEKYLL_REDIRECTS_NGINX = True

JEKYLL_ENV = "development"

# Pelican's own URL layout is replaced by Jekyll's permalinks; the post list
# lives at /blog/ so a document with `permalink: /` can be the home page.
INDEX_SAVE_AS = "blog/index.html"
INDEX_URL = "blog/"
PAGINATION_PATTERNS = [
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
]
DEFAULT_PAGINATION = 10
DIRECT_TEMPLATES = ["index"]
# Dates come from Jekyll's rules (front matter, then file name); Pelican's own
# parse of the file name would only repeat that work for every post.
FILENAME_METADATA = ""
# Jekyll renders no reStructuredText (a .rst file is copied, or a page of
# its own with front matter): Pelican's reader of it is never made, nor its
# complaint that docutils has no words for the site's `lang:` (zh-Hans).
READERS = {"rst": None}
# Jekyll has no translations; Pelican's grouping of documents by slug would
# also call two posts of different years that share a slug translations.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
ARCHIVES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

# Typography is applied once by the reader (kramdown's dashes, plain-text
# titles), so Pelican's own pass stays off.
TYPOGRIFY = False
MARKDOWN = {
    "extensions": [
        "markdown.extensions.extra",
        "markdown.extensions.codehilite",
    ],
    "extension_configs": {
        "markdown.extensions.codehilite": {
            "css_class": "highlight",
            "guess_lang": False,
        },
    },
    "output_format": "html5",
}

JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

# The output is updated in place: unchanged files keep their time (rsync
# stays fast) and files no longer produced are removed after each build.
DELETE_OUTPUT_DIRECTORY = False
OUTPUT_RETENTION = [".git"]
RELATIVE_URLS = False
DEFAULT_LANG = "en"

# The site timezone comes from `timezone` in _config.yml (UTC when absent).
LOG_FILTER = [
    (
        logging.WARNING,
        "No timezone information specified in the settings. Assuming your "
        "timezone is UTC for feed generation. Check "
        "https://docs.getpelican.com/en/latest/settings.html#TIMEZONE "
        "for more information",
    ),
    # Pelican's warning of each alt="": the reader names a document's images
    # without text once, at its line, and leaves alone the HTML alt="" that
    # marks an image as decoration.
    (logging.WARNING, "Empty alt attribute for image %s in %s"),
]

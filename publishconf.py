"""Settings for production builds (``invoke build --production``, publish).

Everything from ``pelicanconf.py``, with absolute URLs: SITEURL becomes the
``url`` and ``baseurl`` of ``_config.yml`` (set SITEURL here to override).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pelicanconf import *  # noqa: F403

JEKYLL_ENV = "production"
RELATIVE_URLS = False
# Drafts are never published, whatever _config.yml says.
JEKYLL_DRAFTS = False

# invoke publish: rsync target ("user@host:/var/www/site" or a folder); the
# PUBLISH_TARGET environment variable wins. Publishing is refused when the
# site has this fraction fewer pages than at the last publish.
PUBLISH_TARGET = ""
PUBLISH_MAX_SHRINK = 0.5

# invoke gh-pages: the branch GitHub Pages serves, and the custom domain
# written to CNAME (None: the host of `url` unless it is *.github.io).
GITHUB_PAGES_BRANCH = "gh-pages"
GITHUB_PAGES_CNAME = None

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

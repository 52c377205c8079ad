"""Settings of the redirects plugin, with their defaults (see docs/settings.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.setting_kinds import BOOL, OPTIONAL_TEXT, TEXT, Setting, group
from jekyll_common.settings import declare, load_options, setting_field

REDIRECT_ROWS: Final = declare(
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
    )
)

JSON_FILE: Final = "redirects.json"
NETLIFY_FILE: Final = "_redirects"
HTACCESS_FILE: Final = ".htaccess"
NGINX_FILE: Final = "redirects.nginx.conf"


@dataclass(frozen=True, slots=True)
class RedirectOptions:
    """The redirects plugin's settings, resolved."""

    template: str = setting_field("JEKYLL_REDIRECT_TEMPLATE")
    json: bool = setting_field("JEKYLL_REDIRECTS_JSON")
    netlify: bool = setting_field("JEKYLL_REDIRECTS_NETLIFY")
    htaccess: bool = setting_field("JEKYLL_REDIRECTS_HTACCESS")
    nginx: bool = setting_field("JEKYLL_REDIRECTS_NGINX")


def load(settings: Mapping[str, Any]) -> RedirectOptions:
    """Return the plugin's settings from Pelican's, defaults filled in."""
    return load_options(RedirectOptions, settings)

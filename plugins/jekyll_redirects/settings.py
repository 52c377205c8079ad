"""Settings of the redirects plugin, with their defaults (see the README)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

DEFAULTS: Final[Mapping[str, Any]] = {
    # Theme template for redirect pages (templates/redirect.html).
    "JEKYLL_REDIRECT_TEMPLATE": "redirect",
    # redirects.json at the output root, as jekyll-redirect-from writes it.
    "JEKYLL_REDIRECTS_JSON": True,
    # Host maps that answer with a real 301 (off unless asked for).
    "JEKYLL_REDIRECTS_NETLIFY": False,
    "JEKYLL_REDIRECTS_HTACCESS": False,
    "JEKYLL_REDIRECTS_NGINX": False,
}

JSON_FILE: Final = "redirects.json"
NETLIFY_FILE: Final = "_redirects"
HTACCESS_FILE: Final = ".htaccess"
NGINX_FILE: Final = "redirects.nginx.conf"


@dataclass(frozen=True, slots=True)
class RedirectOptions:
    """The redirects plugin's settings, resolved."""

    template: str
    json: bool
    netlify: bool
    htaccess: bool
    nginx: bool


def load(settings: Mapping[str, Any]) -> RedirectOptions:
    """Return the plugin's settings from Pelican's, defaults filled in."""

    def get(key: str) -> Any:
        return settings.get(key, DEFAULTS[key])

    return RedirectOptions(
        template=str(get("JEKYLL_REDIRECT_TEMPLATE")),
        json=bool(get("JEKYLL_REDIRECTS_JSON")),
        netlify=bool(get("JEKYLL_REDIRECTS_NETLIFY")),
        htaccess=bool(get("JEKYLL_REDIRECTS_HTACCESS")),
        nginx=bool(get("JEKYLL_REDIRECTS_NGINX")),
    )

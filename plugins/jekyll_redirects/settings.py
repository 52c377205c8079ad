"""Settings of the redirects plugin, with their defaults (see the README)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.settings import defaults

DEFAULTS: Final = defaults(
    (
        "JEKYLL_REDIRECT_TEMPLATE",
        "JEKYLL_REDIRECTS_JSON",
        "JEKYLL_REDIRECTS_NETLIFY",
        "JEKYLL_REDIRECTS_HTACCESS",
        "JEKYLL_REDIRECTS_NGINX",
    )
)

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

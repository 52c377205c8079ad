"""``comments:`` and ``analytics:`` in ``_config.yml``, as Minimal Mistakes reads them.

Both are off unless a ``provider`` is set, and the theme adds them to
production builds only. Each provider needs its own keys (``comments:
giscus: repo_id:``...); a provider this build does not know, or one whose
keys are missing, stops the build naming the key: a site is never put
online with comments or analytics other than the ones written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from jekyll_common.errors import ConfigError

# provider -> the keys of its own section it needs.
COMMENTS: Final[Mapping[str, tuple[str, ...]]] = {
    "giscus": ("repo", "repo_id", "category_id"),
    "utterances": ("repo",),
    "disqus": ("shortname",),
}
ANALYTICS: Final[Mapping[str, tuple[str, ...]]] = {
    "plausible": ("domain",),
    "goatcounter": ("code",),
    "google-gtag": ("tracking_id",),
}
# Minimal Mistakes' other names for Google Analytics 4.
_ALIASES: Final = {"google": "google-gtag", "google-universal": "google-gtag"}
_STOPPED: Final = "Nothing was built: fix the file and build again."


def _service(
    data: Mapping[str, Any], section: str, providers: Mapping[str, tuple[str, ...]]
) -> dict[str, Any] | None:
    value = data.get(section)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ConfigError(
            f"_config.yml: {section} is {value!r}; it takes keys (provider: ...). "
            f"{_STOPPED}"
        )
    provider = value.get("provider")
    if provider in (None, False, ""):
        return None
    name = _ALIASES.get(str(provider), str(provider))
    if name not in providers:
        raise ConfigError(
            f"_config.yml: {section}: provider {provider!r} is not one this build "
            f"knows ({', '.join(providers)}). {_STOPPED}"
        )
    # Minimal Mistakes keeps Google's keys under `google:`, the others under
    # their own name; `repository:` at the top is the utterances/giscus repo.
    own = value.get("google" if name == "google-gtag" else name) or {}
    if not isinstance(own, Mapping):
        raise ConfigError(
            f"_config.yml: {section}: {name} is {own!r}; it takes keys. {_STOPPED}"
        )
    found = {"repo": data.get("repository"), **own, "provider": name}
    missing = [key for key in providers[name] if not found.get(key)]
    if missing:
        raise ConfigError(
            f"_config.yml: {section}: {name} needs {', '.join(missing)} "
            f"(under {section}: {name if name != 'google-gtag' else 'google'}:). "
            f"{_STOPPED}"
        )
    return found


def service_settings(data: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``JEKYLL_COMMENTS`` and ``JEKYLL_ANALYTICS`` from the site's config.

    Raises ConfigError for a provider that is unknown or lacks its keys.
    """
    return {
        "JEKYLL_COMMENTS": _service(data, "comments", COMMENTS),
        "JEKYLL_ANALYTICS": _service(data, "analytics", ANALYTICS),
    }

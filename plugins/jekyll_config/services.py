"""``comments:`` and ``analytics:`` in ``_config.yml``, as Minimal Mistakes reads them.

Both are off unless a ``provider`` is set, and the theme adds them to
production builds only. Each provider needs its own keys (``comments:
giscus: repo_id:``...), each of the shape its service documents. These
sections never change where a document goes, so no value of theirs stops
the build: a theme's default (``provider: "false"``, an empty tracking id),
a provider this build cannot add (staticman, discourse...) or a value of
another shape is left out, with one note saying what was done. A value is
never passed on unchecked: it ends up in a script's address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

# A value's documented shape: what the service's own snippet accepts.
_REPO: Final = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
_ID: Final = re.compile(r"[A-Za-z0-9_=-]+")
_NAME: Final = re.compile(r"[A-Za-z0-9-]+")
_HOSTS: Final = re.compile(r"[A-Za-z0-9.-]+(,[A-Za-z0-9.-]+)*")
_GTAG: Final = re.compile(r"(G|GT|AW|DC)-[A-Za-z0-9-]+")
_HTTPS: Final = re.compile(r"https://[A-Za-z0-9.-]+(:\d+)?(/[\w./%-]*)?")

# provider -> {key it needs: its shape}; optional keys with a shape too.
COMMENTS: Final[Mapping[str, Mapping[str, re.Pattern[str]]]] = {
    "giscus": {"repo": _REPO, "repo_id": _ID, "category_id": _ID},
    "utterances": {"repo": _REPO},
    "disqus": {"shortname": _NAME},
}
ANALYTICS: Final[Mapping[str, Mapping[str, re.Pattern[str]]]] = {
    "plausible": {"domain": _HOSTS},
    "goatcounter": {"code": _NAME},
    "google-gtag": {"tracking_id": _GTAG},
}
OPTIONAL: Final[Mapping[str, re.Pattern[str]]] = {"script": _HTTPS}
# Minimal Mistakes' other names for Google Analytics.
_ALIASES: Final = {"google": "google-gtag", "google-universal": "google-gtag"}
# What themes write for "off".
_OFF: Final = (None, False, "", "false", "False", "none", "off")
_DONE: Final = {"comments": "without comments", "analytics": "without analytics"}
_DONE_ANALYTICS: Final = "the site is built without analytics"
# A Google Analytics id written alone: ``analytics: G-...`` (Online CV) or
# minima's ``google_analytics: G-...``.
_GOOGLE_ID: Final = re.compile(r"\s*(UA|G|GT)-")


@dataclass(frozen=True, slots=True)
class Unhonoured:
    """A setting this build could not honour: where it is and what was done."""

    keys: tuple[str, ...]
    message: str


def _service(
    data: Mapping[str, Any],
    section: str,
    providers: Mapping[str, Mapping[str, re.Pattern[str]]],
    notes: list[Unhonoured],
) -> dict[str, Any] | None:
    value = data.get(section)
    if value in _OFF:
        return None
    done = f"the site is built {_DONE[section]}"
    if section == "analytics" and isinstance(value, str) and _GOOGLE_ID.match(value):
        return _google_id(value, section, notes)
    if not isinstance(value, Mapping):
        notes.append(
            Unhonoured(
                (section,),
                f"{section}: {value!r} names no provider (set {section}: provider: "
                f"{', '.join(providers)}); {done}",
            )
        )
        return None
    provider = value.get("provider")
    if provider in _OFF:
        return None
    name = _ALIASES.get(str(provider), str(provider))
    if name not in providers:
        notes.append(
            Unhonoured(
                (section, "provider"),
                f"{section}: provider {provider!r} is not one this build can add "
                f"({', '.join(providers)}); {done}",
            )
        )
        return None
    # Minimal Mistakes keeps Google's keys under `google:`, the others under
    # their own name; `repository:` at the top is the utterances/giscus repo.
    own_key = "google" if name == "google-gtag" else name
    own = value.get(own_key)
    if own is not None and not isinstance(own, Mapping):
        notes.append(
            Unhonoured(
                (section, own_key),
                f"{section}: {own_key} is {own!r}; it takes keys; {done}",
            )
        )
        return None
    found = {"repo": data.get("repository"), **(own or {}), "provider": name}
    problem = _problem(found, providers[name])
    if problem is None:
        return found
    key, what = problem
    place = ("repository",) if key == "repo" and "repo" not in (own or {}) else None
    notes.append(
        Unhonoured(
            place or (section, own_key, key),
            f"{section}: {provider} {what}; {done}",
        )
    )
    return None


def _google_id(value: str, key: str, notes: list[Unhonoured]) -> dict[str, Any] | None:
    """Return Google Analytics for a bare id (``analytics: G-...``), if it can."""
    problem = _problem({"tracking_id": value.strip()}, ANALYTICS["google-gtag"])
    if problem is None:
        return {"provider": "google-gtag", "tracking_id": value.strip()}
    what = problem[1].removeprefix("tracking_id ")  # the id is the key's own value
    notes.append(Unhonoured((key,), f"{key}: {what}; {_DONE_ANALYTICS}"))
    return None


def _problem(
    found: Mapping[str, Any], needed: Mapping[str, re.Pattern[str]]
) -> tuple[str, str] | None:
    """Return the first key that is missing or not of its shape, and why."""
    for key, shape in {**needed, **OPTIONAL}.items():
        value = found.get(key)
        if value in (None, "") and key not in needed:
            continue
        if value in (None, ""):
            return key, f"needs {key}, which is empty or not given"
        text = str(value)
        if key == "tracking_id" and text.startswith("UA-"):
            return key, (
                f"tracking_id {text!r} is a Universal Analytics id, which Google "
                "stopped serving in 2023 (Google Analytics 4 ids start with G-)"
            )
        if not shape.fullmatch(text):
            return key, f"{key} {text!r} is not of the shape the service documents"
    return None


def service_settings(
    data: Mapping[str, Any],
) -> tuple[dict[str, Any], list[Unhonoured]]:
    """Return ``JEKYLL_COMMENTS`` and ``JEKYLL_ANALYTICS`` from the site's config.

    And what could not be honoured, each with the keys it stands at: the
    service is then left out, and the rest of the site built.
    """
    notes: list[Unhonoured] = []
    analytics = _service(data, "analytics", ANALYTICS, notes)
    legacy = data.get("google_analytics")
    if data.get("analytics") in _OFF and isinstance(legacy, str) and legacy.strip():
        analytics = _google_id(legacy, "google_analytics", notes)
    settings = {
        "JEKYLL_COMMENTS": _service(data, "comments", COMMENTS, notes),
        "JEKYLL_ANALYTICS": analytics,
    }
    return settings, notes

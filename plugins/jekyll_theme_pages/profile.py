"""The site author's profile: beside the home and about pages, and pages that ask.

From ``AUTHOR_PROFILE`` in ``pelicanconf.py``, else ``author:`` in
``_config.yml`` when it is a mapping with a ``name`` (academicpages' and
Minimal Mistakes' shape). Its photo (``photo`` or ``avatar``) is looked for
where those themes keep it (as written, then under ``images/``,
``assets/images/`` and ``assets/img/``); a photo the site does not have, or
an address that is not http(s), is left out, never shown broken.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jekyll_common.safe_urls import is_safe_url

_WEB_ADDRESS = re.compile(r"(?i)(?:https?:)?//[^/\s]")

PHOTO_FOLDERS = ("", "images/", "assets/images/", "assets/img/")
# The author's places, as academicpages, al-folio and Minimal Mistakes spell
# their keys: (keys, label, address of a bare user name, the icon's letters).
PLACES = (
    (("email",), "Email", "mailto:{}", ""),
    (("uri", "website", "homepage"), "Website", "", "www"),
    (("googlescholar", "google_scholar", "scholar"), "Google Scholar", "", "GS"),
    (("orcid",), "ORCID", "https://orcid.org/{}", "iD"),
    (("github",), "GitHub", "https://github.com/{}", "GH"),
    (("gitlab",), "GitLab", "https://gitlab.com/{}", "GL"),
    (("linkedin",), "LinkedIn", "https://www.linkedin.com/in/{}", "in"),
    (
        ("researchgate",),
        "ResearchGate",
        "https://www.researchgate.net/profile/{}",
        "RG",
    ),
    (("arxiv",), "arXiv", "", "aX"),
    (("twitter", "x"), "X", "https://x.com/{}", "X"),
    (("mastodon",), "Mastodon", "", "M"),
    (("bluesky",), "Bluesky", "https://bsky.app/profile/{}", "B"),
)  # fmt: skip


def author_profile(
    settings: Mapping[str, Any], source: Path
) -> tuple[dict[str, Any] | None, str | None]:
    """Return the profile (``photo_url`` set or None), and a note on a missing photo."""
    profile = settings.get("AUTHOR_PROFILE") or (settings.get("JEKYLL_SITE") or {}).get(
        "author"
    )
    if not isinstance(profile, Mapping) or not profile.get("name"):
        return None, None
    found = dict(profile)
    found["links"] = profile_links(profile)
    photo = str(profile.get("photo") or profile.get("avatar") or "").strip()
    found["photo_url"] = None
    if not photo:
        return found, None
    if "://" in photo or photo.startswith("//"):
        if _WEB_ADDRESS.match(photo) and is_safe_url(photo):
            found["photo_url"] = photo
            return found, None
        return found, (
            f"the author's photo {photo!r} is not an http(s) or site address; the "
            "profile is shown without it"
        )
    for folder in PHOTO_FOLDERS:
        relative = folder + photo.lstrip("/")
        if (source / relative).is_file():
            found["photo_url"] = relative
            return found, None
    return found, (
        f"the author's photo {photo!r} is not in the site (looked in ./, "
        f"{', '.join(f for f in PHOTO_FOLDERS if f)}); the profile is shown without it"
    )


def profile_links(profile: Mapping[str, Any]) -> list[dict[str, str]]:
    """Return the author's places: label, address and icon letters, in order.

    A bare user name becomes the service's address; an address that is not
    http(s) (or ``mailto:`` for email) is left out.
    """
    links = []
    for keys, label, template, letters in PLACES:
        value = next((profile[k] for k in keys if profile.get(k)), None)
        if not isinstance(value, str | int) or isinstance(value, bool):
            continue
        text = str(value).strip().lstrip("@")
        address = text if "://" in text or not template else template.format(text)
        if is_safe_url(address) and (address.startswith("mailto:") or "://" in address):
            links.append({"label": label, "url": address, "icon": letters})
    return links

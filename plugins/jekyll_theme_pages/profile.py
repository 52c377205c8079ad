"""The site author's profile: beside the home and about pages, and pages that ask.

From ``AUTHOR_PROFILE`` in ``pelicanconf.py``, else ``author:`` in
``_config.yml`` when it is a mapping with a ``name`` (academicpages' and
Minimal Mistakes' shape), else al-folio's: ``first_name``, ``middle_name``
and ``last_name``, its places from ``_config.yml`` or ``_data/socials.yml``
(``github_username``, ``scholar_userid``...), and the photo and address of
the about page's ``profile:``. Its photo (``photo`` or ``avatar``) is looked for
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
from jekyll_reader.html_text import plain_text

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


# al-folio's keys for the places above.
_AL_FOLIO_PLACES = {
    "email": "email",
    "github_username": "github",
    "gitlab_username": "gitlab",
    "linkedin_username": "linkedin",
    "orcid_id": "orcid",
    "twitter_username": "twitter",
    "x_username": "x",
    "researchgate_profile": "researchgate",
    "website": "website",
}


def author_profile(
    settings: Mapping[str, Any], source: Path, page_profile: Any = None
) -> tuple[dict[str, Any] | None, str | None]:
    """Return the profile (``photo_url`` set or None), and a note on a missing photo.

    ``page_profile``: al-folio's about page's ``profile:`` mapping, if any.
    """
    config = settings.get("JEKYLL_SITE") or {}
    profile = settings.get("AUTHOR_PROFILE") or config.get("author")
    if not isinstance(profile, Mapping) or not profile.get("name"):
        profile = _al_folio_profile(
            config, settings.get("JEKYLL_DATA") or {}, page_profile
        )
    if profile is None:
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


def _al_folio_profile(
    config: Mapping[str, Any], data: Mapping[str, Any], page_profile: Any
) -> dict[str, Any] | None:
    """Return al-folio's profile, from its name keys, its places and the page's."""
    names = (config.get(k) for k in ("first_name", "middle_name", "last_name"))
    name = " ".join(str(n).strip() for n in names if isinstance(n, str | int) and n)
    if not name.strip() and isinstance(page_profile, Mapping):
        # Older al-folio names its author ``name``, as the site.
        name = str(config.get("name") or "").strip()
    if not name.strip():
        return None
    socials = data.get("socials")
    given = {**config, **(socials if isinstance(socials, Mapping) else {})}
    found: dict[str, Any] = {"name": name}
    for key, place in _AL_FOLIO_PLACES.items():
        if given.get(key):
            found[place] = given[key]
    scholar = given.get("scholar_userid") or given.get("scholar_authorid")
    if scholar:
        user = str(scholar).strip()
        found["googlescholar"] = f"https://scholar.google.com/citations?user={user}"
    if isinstance(page_profile, Mapping):
        found["photo"] = page_profile.get("image") or ""
        address = page_profile.get("address") or page_profile.get("more_info")
        if isinstance(address, str) and address.strip():
            found["location"] = plain_text(address)
    return found

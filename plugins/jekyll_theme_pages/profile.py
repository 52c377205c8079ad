"""The site author's profile the theme shows beside ``author_profile: true`` pages.

From ``AUTHOR_PROFILE`` in ``pelicanconf.py``, else ``author:`` in
``_config.yml`` when it is a mapping with a ``name`` (academicpages' and
Minimal Mistakes' shape). Its photo (``photo`` or ``avatar``) is looked for
where those themes keep it (as written, then under ``images/``,
``assets/images/`` and ``assets/img/``); a photo the site does not have is
left out, never shown broken.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

PHOTO_FOLDERS = ("", "images/", "assets/images/", "assets/img/")


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
    photo = str(profile.get("photo") or profile.get("avatar") or "").strip()
    found["photo_url"] = None
    if not photo:
        return found, None
    if "://" in photo:
        found["photo_url"] = photo
        return found, None
    for folder in PHOTO_FOLDERS:
        relative = folder + photo.lstrip("/")
        if (source / relative).is_file():
            found["photo_url"] = relative
            return found, None
    return found, (
        f"the author's photo {photo!r} is not in the site (looked in ./, "
        f"{', '.join(f for f in PHOTO_FOLDERS if f)}); the profile is shown without it"
    )

"""``site.github``, as jekyll-github-metadata gives a GitHub Pages site.

GitHub Pages runs the plugin on every site: themes and pages print
``site.github.repository_url``, ``url``, ``owner_name``... It asks GitHub's
API; this build asks nothing of the network, so what can be known from the
site itself is given, from its ``repository: owner/name``: the addresses
and names. What only the API knows (contributors, public repositories, the
build's revision) is empty. A ``github:`` the site sets itself wins, merged
over these when it is a mapping, as the plugin does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# GitHub's owner and repository names.
_REPOSITORY = re.compile(r"([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9_.-]{1,100})")


def github_namespace(settings: Mapping[str, Any]) -> Any:
    """Return ``site.github`` for a site's settings (None when nothing is known)."""
    own = settings.get("github")
    if own is not None and not isinstance(own, Mapping):
        return own  # a value of the site's own (a user name)
    known = _from_repository(settings)
    if known is None:
        return own
    return {**known, **(own or {})}


def _from_repository(settings: Mapping[str, Any]) -> dict[str, Any] | None:
    repository = settings.get("repository")
    found = (
        _REPOSITORY.fullmatch(repository.strip())
        if isinstance(repository, str)
        else None
    )
    if found is None:
        return None
    owner, name = found.groups()
    repository_url = f"https://github.com/{owner}/{name}"
    user_page = name.lower() in (
        f"{owner.lower()}.github.io",
        f"{owner.lower()}.github.com",
    )
    pages_url = f"https://{owner.lower()}.github.io" + ("" if user_page else f"/{name}")
    site_url = str(settings.get("url") or "").rstrip("/")
    baseurl = str(settings.get("baseurl") or "")
    return {
        "hostname": "github.com",
        "pages_hostname": "github.io",
        "api_url": "https://api.github.com",
        "help_url": "https://help.github.com",
        "repository_nwo": f"{owner}/{name}",
        "repository_name": name,
        "owner_name": owner,
        "owner_url": f"https://github.com/{owner}",
        "repository_url": repository_url,
        "clone_url": f"{repository_url}.git",
        "issues_url": f"{repository_url}/issues",
        "releases_url": f"{repository_url}/releases",
        "zip_url": f"{repository_url}/zipball/HEAD",
        "tar_url": f"{repository_url}/tarball/HEAD",
        "is_user_page": user_page,
        "is_project_page": not user_page,
        "project_title": name,
        "project_tagline": settings.get("description"),
        "url": site_url + baseurl if site_url else pages_url,
        "baseurl": baseurl,
        "public_repositories": [],
        "contributors": [],
        "releases": [],
        "build_revision": None,
    }

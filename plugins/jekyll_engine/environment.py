"""What every page depends on beyond its own variables, digested once a build.

The settings (filters read them), every file of the plugins' code and the
theme, and the versions of the libraries that render: a change to any of
them changes every page's fingerprint, so every page is rendered again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from jekyll_common.versions import library_versions
from jekyll_engine.fingerprints import Fingerprints


def environment_digest(
    settings: Mapping[str, Any],
    folders: Iterable[Path],
    versions: Iterable[str],
    ignored: Iterable[str] = (),
) -> str:
    """Digest what every page depends on beyond its context variables.

    The settings but ``ignored`` (filters read them), every file under
    ``folders`` (the theme and the plugins' code) and library versions.
    Raises Unfingerprintable when a setting cannot be digested.
    """
    digest = hashlib.blake2b(digest_size=20)
    values = Fingerprints("")
    for key in sorted(set(settings) - set(ignored)):
        digest.update(key.encode() + b"=" + values.value(settings[key]) + b"\n")
    for folder in folders:
        for path in _files(Path(folder)):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(hashlib.blake2b(path.read_bytes()).digest())
    for version in versions:
        digest.update(version.encode())
    return digest.hexdigest()


def _files(folder: Path) -> Iterator[Path]:
    """Yield a folder's files, in a fixed order, past Python's caches.

    ``os.walk`` that leaves ``__pycache__`` unread: a glob of everything
    read the caches too, and took most of the time of a small build's digest.
    """
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = Path(root, name)
            if path.is_file():
                yield path


def build_environment(
    settings: Mapping[str, Any], ignored: Iterable[str], *, theme: bool = True
) -> str:
    """Digest a build's settings, plugins' code, theme and library versions.

    Raises Unfingerprintable when a setting cannot be digested.
    """
    folders = [*map(Path, settings.get("PLUGIN_PATHS", []))]
    if theme:
        folders.append(Path(settings["THEME"]))
    return environment_digest(
        settings,
        [f for f in folders if f.is_dir()],
        [library_versions(("pelican", "jinja2", "markdown", "yaml"))],
        ignored,
    )

"""The versions of the libraries a build's output depends on, read cheaply.

Part of the caches' keys: a cached result never outlives the library
version that made it. Each library's own ``__version__`` is read, not the
installed packages' metadata, whose first look-up scans every folder of
``sys.path`` (50 to 110 ms a build, more than building a small site).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module


def library_versions(modules: Iterable[str]) -> str:
    """Return ``name=version;`` for each module named, as one string."""
    return "".join(f"{name}={import_module(name).__version__};" for name in modules)

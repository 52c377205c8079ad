"""jekyll-polyglot's languages: a document in another language at ``/<lang>/``.

Listed, with ``languages: [en, ja]`` and ``default_lang: en``, jekyll-polyglot
builds the site once a language: a document whose ``lang`` is not the
default one is served under ``/<lang>/`` (``/ja/about/``), while the default
language's document of the same permalink keeps ``/about/``. A document's
language is its ``lang``; without one, with ``lang_from_path: true``, the
first folder of its path that names a language (``_pages/ja/about.md``);
else the default. Here each document is placed once, by its language: a
page no other language has is not copied into each language's site, and
its links are not rewritten to stay in its language (one warning says so).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from jekyll_common.site import listed_plugins
from jekyll_reader.document import DocumentFields

logger = logging.getLogger(__name__)

PLUGIN = "jekyll-polyglot"


@dataclass(frozen=True, slots=True)
class Languages:
    """The site's languages: the default one, the others, where they are read."""

    default: str
    others: frozenset[str]
    from_path: bool

    def placed(
        self, fields: DocumentFields, data: Mapping[str, Any], relpath: str
    ) -> DocumentFields:
        """Return a document's fields, under ``/<lang>/`` when not the default's."""
        language = self.language_of(data, relpath)
        if language not in self.others:
            return fields
        return replace(
            fields,
            url=f"/{language}{fields.url}",
            save_as=f"{language}/{fields.save_as}",
        )

    def language_of(self, data: Mapping[str, Any], relpath: str) -> str:
        """Return a document's language: its ``lang``, its folder's, or the default."""
        written = data.get("lang")
        if isinstance(written, str) and written:
            return written
        if self.from_path:
            for folder in relpath.split("/")[:-1]:
                if folder in self.others or folder == self.default:
                    return folder
        return self.default


def languages_of(config: Mapping[str, Any]) -> Languages | None:
    """Return the site's languages, when it lists jekyll-polyglot (else None)."""
    languages = config.get("languages")
    default = config.get("default_lang")
    if PLUGIN not in listed_plugins(config) or not isinstance(languages, list):
        return None
    if not isinstance(default, str) or not default:
        return None
    others = frozenset(str(lang) for lang in languages if str(lang) != default)
    if not others:
        return None
    logger.warning(
        "_config.yml: jekyll-polyglot: each document in %s is served under its "
        "language's folder (/%s/...), as polyglot serves it; a page no other "
        "language has is not copied into each language's folder, and links are "
        "not made to stay in their language. Translate the pages a language "
        "needs, or link to its folder.",
        ", ".join(sorted(others)),
        sorted(others)[0],
    )
    return Languages(default, others, config.get("lang_from_path") is True)

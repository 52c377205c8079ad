"""Two documents on one URL: the one Jekyll writes last is kept, every file named.

Jekyll writes every one, in its order (pages sorted by file name, then the
documents of collections, posts among them, by path), so the file holds
the last; it warns of the conflict. Here only that last one is written.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import PurePosixPath
from typing import Any

from jekyll_common.logs import display_path
from jekyll_common.output import DOCUMENT_LISTS
from jekyll_common.output import documents as all_documents

logger = logging.getLogger(__name__)


def resolve_clashes(
    context: dict[str, Any], build_folders: tuple[str, ...] = ()
) -> list[list[str]]:
    """Keep the document Jekyll writes last of each output file; drop the rest.

    A document placed in one of ``build_folders`` (the theme's files, the
    search index: the build writes them itself) is dropped too, with an
    error. Returns the groups of source paths that clashed, the kept one
    last.
    """
    by_output: dict[str, list[Any]] = defaultdict(list)
    for document in list(all_documents(context)):
        folder = document.save_as.split("/", 1)[0]
        if folder in build_folders:
            logger.error(
                "%s: its URL %s is in %s/, which the build writes itself; the "
                "document is not written. Give it another permalink.",
                display_path(document.source_path),
                document.save_as,
                folder,
            )
            _drop(context, document)
            continue
        by_output[document.save_as].append(document)
    clashes = []
    for output, documents in sorted(by_output.items()):
        # A README shown as its folder's index only where nothing else is.
        fallbacks = [d for d in documents if d.metadata.get("readme_index")]
        if fallbacks and len(fallbacks) < len(documents):
            for dropped in fallbacks:
                _drop(context, dropped)
                documents.remove(dropped)
        if len(documents) < 2:
            continue
        documents.sort(key=_jekyll_write_order)
        names = [display_path(d.source_path) for d in documents]
        logger.warning(
            "%s all have the URL of %s; %s is written, as Jekyll writes it last. "
            "Give the others another permalink.",
            ", ".join(names),
            output,
            names[-1],
        )
        for dropped in documents[:-1]:
            _drop(context, dropped)
        clashes.append(names)
    return clashes


def _jekyll_write_order(document: Any) -> tuple[int, str, str]:
    """Return where Jekyll writes a document: pages by name, then documents."""
    path = str(document.source_path)
    if getattr(document, "source_kind", "page") == "page":
        return (0, PurePosixPath(path).name, path)
    return (1, path, path)


def _drop(context: dict[str, Any], document: Any) -> None:
    for key in DOCUMENT_LISTS:
        items = context.get(key)
        if items is not None and document in items:
            items.remove(document)

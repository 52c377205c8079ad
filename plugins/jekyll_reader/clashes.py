"""Two documents on one URL: keep one, name every file, write nothing twice."""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from jekyll_common.logs import display_path
from jekyll_common.output import DOCUMENT_LISTS
from jekyll_common.output import documents as all_documents

logger = logging.getLogger(__name__)


def resolve_clashes(
    context: dict[str, Any], build_folders: tuple[str, ...] = ()
) -> list[list[str]]:
    """Keep the first document (by source path) of each output file; drop the rest.

    A document placed in one of ``build_folders`` (the theme's files, the
    search index: the build writes them itself) is dropped too, with an
    error. Returns the groups of source paths that clashed, first the kept
    one.
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
        if len(documents) < 2:
            continue
        documents.sort(key=lambda d: d.source_path)
        names = [display_path(d.source_path) for d in documents]
        logger.error(
            "%s all have the URL of %s; only %s is written. Give the others "
            "another permalink.",
            ", ".join(names),
            output,
            names[0],
        )
        for dropped in documents[1:]:
            _drop(context, dropped)
        clashes.append(names)
    return clashes


def _drop(context: dict[str, Any], document: Any) -> None:
    for key in DOCUMENT_LISTS:
        items = context.get(key)
        if items is not None and document in items:
            items.remove(document)

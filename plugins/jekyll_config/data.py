"""Read a site's ``_data/`` folder: ``site.data`` for Liquid and the theme.

Jekyll reads every YAML, JSON, CSV and TSV file of ``_data/`` before it
builds, and a file it cannot parse stops the build; so does this one, with
the file, line and column. A CSV or TSV file is a list of rows, each a
mapping of the first row's names to its text, as Ruby's CSV reads it with
headers: an empty cell (or a missing one) is nil, a blank line a row of nils.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Final

from jekyll_common.errors import ConfigError, ContentError
from jekyll_common.logs import display_path
from jekyll_common.yamlsafe import load_yaml

DATA_DIR: Final = "_data"
_SUFFIXES: Final = (".yml", ".yaml", ".json", ".csv", ".tsv")
_SEPARATORS: Final = {".csv": ",", ".tsv": "\t"}


def load_site_data(source: Path) -> dict[str, Any]:
    """Return ``site.data``: every YAML or JSON file of ``_data/``, by name.

    Raises ConfigError for a file that is not valid YAML or JSON.
    """
    data: dict[str, Any] = {}
    folder = source / DATA_DIR
    if not folder.is_dir():
        return data
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in _SUFFIXES or not path.is_file():
            continue
        node = data
        for part in path.relative_to(folder).with_suffix("").parts[:-1]:
            node = node.setdefault(part, {})
        node[path.stem] = _read(path)
    return data


def _read(path: Path) -> Any:
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        suffix = path.suffix.lower()
        if suffix == ".json":
            return json.loads(text)
        if suffix in _SEPARATORS:
            return _rows(text, _SEPARATORS[suffix], shown)
        return load_yaml(text).data
    except ContentError as error:
        where, message = error.where(shown), error.message
    except json.JSONDecodeError as error:
        where, message = f"{shown}:{error.lineno}:{error.colno}", error.msg
    except (OSError, UnicodeDecodeError) as error:
        where, message = shown, f"cannot be read ({error})"
    raise ConfigError(
        f"{where}: {message}. Nothing was built: fix the data file and build again."
    )


def _rows(text: str, separator: str, shown: str) -> list[dict[str, str | None]]:
    """Return a CSV or TSV file's rows, named by its first row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        names = next(reader, [])
        return [
            {
                name: (cell or None)
                for name, cell in zip(names, [*row, *[""] * len(names)], strict=False)
            }
            for row in reader
        ]
    except csv.Error as error:
        raise ConfigError(
            f"{shown}:{reader.line_num}: {error}. Nothing was built: fix the data "
            "file and build again."
        ) from None

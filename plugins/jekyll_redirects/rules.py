"""What a redirect is, and which ones are safe to write.

Mirrors jekyll-redirect-from: ``redirect_from`` is a string or a list of old
paths, each written as a page (``/foo`` -> ``foo.html``, ``/foo/`` ->
``foo/index.html``) pointing at the document; ``redirect_to`` turns the
document's own URL into a redirect. Beyond it, every old path and target is
checked: no escape from the output folder, no empty path or ``/``, no query
or fragment, no ``javascript:`` or ``//host`` target, no path claimed twice,
none over a real page, and no loop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from jekyll_common.errors import JekyllError, UnsafePathError
from jekyll_common.paths import check_url_path, escape_url_path, url_to_output_path


class RedirectError(JekyllError):
    """A redirect that cannot be written as given; the message says why."""


@dataclass(frozen=True, slots=True)
class Redirect:
    """One redirect: an old path (or a document's URL) and where it leads.

    ``output`` is the file written for ``from_path``; ``target`` is the URL
    readers land on; ``target_output`` is the file behind an internal target
    (None for another site), used to find loops.
    """

    source: str
    kind: str  # "redirect_from", "redirect_to" or "legacy" (JEKYLL_LEGACY_URLS)
    from_path: str
    output: str
    target: str
    target_output: str | None


def as_list(value: Any) -> list[str]:
    """Return ``redirect_from`` values as a list (a string, a list, or none)."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item is not None]
    return [str(value)]


def first_target(value: Any) -> str | None:
    """Return the ``redirect_to`` value: a string, or the first of a list."""
    for item in as_list(value):
        if item.strip():
            return item.strip()
    return None


def old_path(value: str) -> str:
    """Return a checked old path (leading ``/``); raises RedirectError."""
    if not value.strip() or value.strip() == "/":
        raise RedirectError("is empty or the site root")
    if "?" in value or "#" in value:
        raise RedirectError("has a query or fragment, which cannot be a file")
    try:
        return escape_url_path(check_url_path(value))
    except UnsafePathError as error:
        raise RedirectError(str(error)) from None


def output_of(path: str) -> str:
    """Return the file jekyll-redirect-from writes for an old path."""
    return url_to_output_path(path, ".html")


def target_of(value: str, site_url: str) -> tuple[str, str | None]:
    """Return (URL readers land on, output file behind it or None).

    ``http(s)://`` targets are kept as they are; a site path is made absolute
    with ``site_url`` (empty for a site-rooted link). Anything else, such as
    ``javascript:``, ``data:`` or ``//host``, raises RedirectError.
    """
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        return value, None
    if parts.scheme or parts.netloc or value.startswith("//"):
        raise RedirectError(
            f"target {value!r} is neither a path on this site nor an http(s) URL"
        )
    try:
        path = check_url_path(parts.path or "/")
    except UnsafePathError as error:
        raise RedirectError(f"target {value!r} {error}") from None
    suffix = (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else ""
    )
    return site_url + escape_url_path(path) + suffix, output_of(path)


@dataclass(frozen=True, slots=True)
class Refusal:
    """A redirect that was not written, the files involved and why."""

    sources: tuple[str, ...]
    subject: str
    reason: str
    # Jekyll writes both and the file holds the last: said, not an error.
    as_jekyll: bool = False


def plan(
    redirects: Iterable[Redirect], pages: Mapping[str, str]
) -> tuple[list[Redirect], list[Refusal]]:
    """Return the redirects to write and the ones refused.

    ``pages`` maps each real output file to its source. A redirect over a
    real page is refused (the page wins); of several redirects on one file the
    last (by source path) is kept, as the file Jekyll writes last holds it;
    redirects that lead back to themselves are all refused.
    """
    accepted: dict[str, Redirect] = {}
    refused: list[Refusal] = []
    for redirect in sorted(redirects, key=lambda r: (r.source, r.from_path)):
        if redirect.kind != "redirect_to" and redirect.output in pages:
            refused.append(
                Refusal(
                    (redirect.source, pages[redirect.output]),
                    redirect.from_path,
                    f"is the URL of a page ({pages[redirect.output]}); "
                    "the page is kept",
                )
            )
        elif redirect.output in accepted:
            earlier = accepted[redirect.output]
            accepted[redirect.output] = redirect
            refused.append(
                Refusal(
                    (earlier.source, redirect.source),
                    earlier.from_path,
                    f"is also redirected by {redirect.source}, which Jekyll writes "
                    "last; that one is kept",
                    as_jekyll=True,
                )
            )
        else:
            accepted[redirect.output] = redirect
    for cycle in _cycles(accepted):
        sources = tuple(sorted({accepted[o].source for o in cycle}))
        for output in cycle:
            refused.append(
                Refusal(
                    sources, accepted[output].from_path, "is part of a redirect loop"
                )
            )
            del accepted[output]
    return list(accepted.values()), refused


def _cycles(redirects: Mapping[str, Redirect]) -> list[list[str]]:
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(redirects):
        path: list[str] = []
        current: str | None = start
        while current in redirects and current not in done and current not in path:
            path.append(current)
            current = redirects[current].target_output
        if current in path:
            cycles.append(path[path.index(current) :])
        done.update(path)
    return cycles


_DATE_PREFIX = re.compile(r"^\d{2,4}-\d{1,2}-\d{1,2}-")


def undated(stem: str) -> str:
    """Return a file name stem without Jekyll's ``YYYY-MM-DD-`` prefix."""
    return _DATE_PREFIX.sub("", stem)


def legacy_key(path: str) -> str:
    """Return what an old URL is matched on: its last segment, no extension."""
    segment = next((s for s in reversed(path.split("/")) if s), "")
    stem = segment.rsplit(".", 1)[0] if "." in segment else segment
    return stem.lower()


def served_outputs(path: str) -> tuple[str, ...]:
    """Return the files that would answer ``path`` (GitHub Pages' rules)."""
    if path.endswith("/"):
        return (output_of(path),)
    return (output_of(path), output_of(path + "/"), path.lstrip("/"))


def legacy_redirects(
    paths: Iterable[str],
    candidates: Mapping[str, list[tuple[str, str, str]]],
    served: set[str],
    source: str,
) -> tuple[list[Redirect], list[str]]:
    """Return redirects for old paths the site no longer serves, and the rest.

    ``candidates`` maps a key (a document's slug or file name) to the
    (source, target URL, target output) of the documents it names; an old
    path whose key names exactly one document is redirected to it.
    """
    redirects: list[Redirect] = []
    unmatched: list[str] = []
    for value in paths:
        try:
            path = old_path(value)
        except RedirectError:
            unmatched.append(value)
            continue
        if any(output in served for output in served_outputs(path)):
            continue
        matches = {c[1]: c for c in candidates.get(legacy_key(path), [])}
        if len(matches) != 1:
            unmatched.append(path)
            continue
        _, target, target_output = next(iter(matches.values()))
        redirects.append(
            Redirect(source, "legacy", path, output_of(path), target, target_output)
        )
    return redirects, unmatched

"""The migration report: what the build did with each key and file it met."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from jekyll_config.config import MAPPED_KEYS, READ_KEYS
from jekyll_engine.state import BuildState
from jekyll_reader.reading import reading_of

# Front-matter keys the plugins read, and what for.
FRONT_MATTER_USES: Final[Mapping[str, str]] = {
    "title": "used: title",
    "date": "used: date and URL",
    "last_modified_at": "used: modified",
    "modified": "used: modified",
    "permalink": "used: URL",
    "slug": "used: URL",
    "layout": "mapped: template (JEKYLL_LAYOUTS)",
    "published": "used: publishing",
    "tags": "used: tags, archives, feeds",
    "tag": "used: tags, archives, feeds",
    "categories": "used: categories, URL, archives",
    "category": "used: categories, URL, archives",
    "author": "used: post author",
    "image": "used: header image",
    "excerpt": "used: excerpt",
    "excerpt_separator": "used: excerpt",
    "redirect_from": "used: redirects",
    "redirect_to": "used: redirects",
    "sitemap": "used: sitemap",
    "nav_order": "theme: navigation",
    "sidebar_sort_order": "theme: navigation",
    "author_profile": "theme: author profile",
}
# _config.yml sections other plugins read.
CONFIG_SECTIONS: Final = frozenset({"jekyll-archives", "feed", "description"})
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")


def front_matter_use(key: str) -> str:
    """Return what the build does with a front-matter key."""
    if key in FRONT_MATTER_USES:
        return FRONT_MATTER_USES[key]
    if _IDENTIFIER.match(key.lower()):
        return "passed to templates as page." + key.lower()
    return "kept in page.front_matter only"


def config_use(key: str) -> str:
    """Return what the build does with a ``_config.yml`` key."""
    if key in MAPPED_KEYS:
        return f"mapped: {MAPPED_KEYS[key][0]}"
    if key in READ_KEYS or key in CONFIG_SECTIONS:
        return "used"
    return "passed to templates as JEKYLL_SITE." + key


def render_report(build: BuildState, site: Mapping[str, Any]) -> str:
    """Return the report of one build as text for people."""
    report = build.report
    state = reading_of(build)
    lines = ["Front matter (key, files, what the build does with it), by kind:"]
    kinds = sorted({kind for kind, _ in report.front_matter_keys})
    for kind in kinds:
        lines.append(f"  {kind}s:")
        counts = [
            (k, n) for (of, k), n in report.front_matter_keys.items() if of == kind
        ]
        for key, count in sorted(counts, key=lambda item: (-item[1], item[0])):
            lines.append(f"    {key:<22} {count:>5}  {front_matter_use(key)}")
    if not kinds:
        lines.append("  none")
    lines.append("_config.yml (key, what the build does with it):")
    lines += [f"  {key:<24}        {config_use(key)}" for key in sorted(site)]
    lines.append("Layouts with no template (mapped to the default):")
    lines += [f"  {layout}" for layout in sorted(state.warned_layouts)] or ["  none"]
    lines.append("Includes not found (they render nothing):")
    includes = sorted(report.missing_includes.items())
    lines += [f"  {name} ({len(files)} files)" for name, files in includes] or [
        "  none"
    ]
    lines.append(
        "Files Jekyll copies as they are but this build also renders as pages:"
    )
    lines += [f"  {path}" for path in state.discovery.plain_pages] or ["  none"]
    lines.append("Pages from other kinds of file (Liquid only, written as they are):")
    lines += [f"  {path}" for path in state.discovery.other_pages] or ["  none"]
    return "\n".join(lines)


def report_of_site(source: str | None) -> str:
    """Build ``source`` into a temporary folder; return the report of that build."""
    import tempfile  # noqa: PLC0415

    from jekyll_tasks.commands import build_site  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        # Every file read anew (no cache), so each one's keys are counted.
        result = build_site(source, str(Path(folder) / "output"), cache=False)
    return render_report(result.state, result.settings.get("JEKYLL_SITE") or {})

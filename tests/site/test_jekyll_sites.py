"""URL parity with real Jekyll on three public sites (tests/site/jekyll-sites/).

Each site's `expected/` lists every file Jekyll 4.3.1 wrote for it. These
tests build the same content here and require the same paths for the kinds
this build already produces, printing recall and extra files for all kinds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jekyll_common.site import normalise_baseurl
from jekyll_common.urllist import read_url_list
from jekyll_tasks.report import render_report
from jekyll_tasks.runner import BuildResult
from jekyll_tasks.urlcheck import unserved
from tests.conftest import SharedSite
from tests.site.parity import (
    NAMES,
    SITES,
    classified,
    parity,
    redirect_rows,
    redirect_target,
    target_path,
)
from tests.site.parity import extras as extra_files

# Kinds this build writes at Jekyll's paths: each must be complete.
REQUIRED_KINDS = (
    "post",
    "document",
    "redirect_from",
    "redirects_json",
    "tag_archive",
    "category_archive",
    "feed",
    "sitemap",
    "robots",
)


@pytest.fixture(scope="module", params=NAMES)
def built(
    request: pytest.FixtureRequest, shared_site: SharedSite
) -> tuple[str, BuildResult, Path]:
    site = request.param
    result, output = shared_site(site)
    return site, result, output


def test_required_kinds_have_full_recall(built: tuple[str, BuildResult, Path]) -> None:
    site, result, output = built
    report = parity(site, output)
    for kind, entry in sorted(report.items()):
        print(f"{site}: {kind}: recall {entry.recall:.0%} of {len(entry.expected)}")
    print(f"{site}: extra files: {extra_files(site, output)}")
    assert result.errors == 0
    for kind in REQUIRED_KINDS:
        if kind in report:
            assert report[kind].missing == [], f"{site}: {kind} missing"


def test_every_page_whose_source_is_here_is_written(
    built: tuple[str, BuildResult, Path],
) -> None:
    site, _, output = built
    sources = {row[0]: row[3] for row in classified(site)}
    missing = parity(site, output)["page"].missing
    # The corpus keeps Markdown and HTML sources only (see its README): a
    # page Jekyll rendered from another kind of file has no source here.
    assert [p for p in missing if (SITES / site / "site" / sources[p]).exists()] == []


def test_redirects_point_where_jekyll_pointed(
    built: tuple[str, BuildResult, Path],
) -> None:
    site, _, output = built
    for path, to_url, *_ in redirect_rows(site):
        page = output / path
        assert page.is_file(), f"{site}: {path} not written"
        target = redirect_target(page)
        assert target is not None
        assert target_path(target) == target_path(to_url), path


def listed_posts(output: Path, first_page: Path, base_path: str = "") -> int:
    """Count the posts an archive lists, following its pages."""
    count, page = 0, first_page
    while page is not None:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        count += len(soup.select("ol.post-list > li"))
        following = soup.find("a", rel="next")
        href = following["href"].removeprefix(base_path) if following else ""
        page = output / href.lstrip("/") / "index.html" if following else None
    return count


def test_archives_list_what_jekyll_archives_listed(
    built: tuple[str, BuildResult, Path],
) -> None:
    site, result, output = built
    base_path = normalise_baseurl(result.settings.get("JEKYLL_BASEURL"))
    text = (SITES / site / "expected" / "archives.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        kind, name, path, entries, _ = line.split("\t")
        assert (output / path).is_file(), f"{site}: {kind} {name!r} not at {path}"
        assert listed_posts(output, output / path, base_path) == int(entries), path


def test_old_urls_are_all_served(
    built: tuple[str, BuildResult, Path], tmp_path: Path
) -> None:
    """The URL gate passes on Jekyll's own URL list (files whose source is here)."""
    site, _, output = built
    kinds = {*REQUIRED_KINDS, "page"}
    rows = [
        row
        for row in classified(site)
        if (row[1] in kinds or row[3].endswith(".md"))
        and (SITES / site / "site" / row[3]).exists()
    ]
    url_list = tmp_path / "old-urls.txt"
    url_list.write_text("\n".join(row[2] for row in rows), encoding="utf-8")
    base_path = normalise_baseurl(built[1].settings.get("JEKYLL_BASEURL"))
    assert unserved(output, read_url_list(url_list), base_path) == []


def test_migration_report_runs(built: tuple[str, BuildResult, Path]) -> None:
    _, result, _ = built
    text = render_report(result.state, result.settings.get("JEKYLL_SITE") or {})
    assert "Front matter (key, files" in text
    assert "title" in text
    assert "permalink                       mapped: JEKYLL_PERMALINK" in text or (
        "permalink" not in (result.settings.get("JEKYLL_SITE") or {})
    )


# Text that is never page content: Pelican's link placeholders, kramdown's
# IALs and TOC markers, math delimiters left unparsed.
LEFTOVERS = re.compile(r"\{(?:filename|static|attach)\}|\{:toc\}|\{: ?[.#][\w-]+\}")
# Code shows such text on purpose.
CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.DOTALL)


def test_no_placeholder_or_markup_is_left_in_any_page(
    built: tuple[str, BuildResult, Path],
) -> None:
    site, _, output = built
    found = {
        page.relative_to(output).as_posix(): LEFTOVERS.findall(
            CODE.sub("", page.read_text())
        )
        for page in output.rglob("*.html")
    }
    assert {page: hits for page, hits in found.items() if hits} == {}, site


def test_every_file_jekyll_wrote_is_written(
    built: tuple[str, BuildResult, Path],
) -> None:
    """Every path of classified.tsv, whatever its kind (pages, Sass, copies).

    But a copy of a file the corpus does not hold (its snapshot lacked it).
    """
    site, result, output = built
    missing = [
        path
        for path, kind, _, source, *_ in classified(site)
        if not (output / path).is_file()
        and (kind != "static" or (SITES / site / "site" / source).exists())
    ]
    assert missing == [], site
    assert all("Traceback" not in message for _, message in result.messages)


# Liquid delimiters, wherever they are not code a page shows on purpose.
LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
SHOWN_CODE = re.compile(
    r"<(pre|code|script|textarea)\b.*?</\1>|<!--.*?-->", re.DOTALL | re.IGNORECASE
)


def test_no_liquid_reaches_a_page(built: tuple[str, BuildResult, Path]) -> None:
    site, _, output = built
    sources = {row[0]: row[3] for row in classified(site)}
    found = {}
    for page in output.rglob("*.html"):
        relative = page.relative_to(output).as_posix()
        source = SITES / site / "site" / sources.get(relative, "-")
        if source.is_file() and "{% raw %}" in source.read_text(errors="replace"):
            continue  # the site shows Liquid as text on purpose
        hits = LIQUID.findall(SHOWN_CODE.sub("", page.read_text(errors="replace")))
        if hits:
            found[relative] = hits[:3]
    assert found == {}, site

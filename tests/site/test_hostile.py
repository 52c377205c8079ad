"""Hostile and broken content (fixtures/hostile/, one file per case).

Every case is either built correctly or skipped with one message naming the
file (and line); the build never crashes, runs code, writes outside its
output folder, lets content text become markup, publishes what is
unpublished, or touches the content folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from jekyll_common.safe_urls import is_safe_url
from jekyll_tasks.runner import BuildResult, missing_source, run_build
from tests.conftest import SiteBuilder
from tests.helpers import FIXTURES, PROJECT_ROOT

SECRET = "hostile-env-secret-value"  # noqa: S105 (a marker, not a password)
FIVE_MB_POST = "_posts/2020-01-13-five-megabytes.md"


def prepare(root: Path) -> Path:
    """Copy the fixture and add what git cannot hold: a link out, a 5 MB post."""
    source = root / "source"
    shutil.copytree(FIXTURES / "hostile", source)
    outside = root / "outside-secret.md"
    outside.write_text("---\ntitle: Outside\n---\nOUTSIDE-SECRET\n", encoding="utf-8")
    (source / "linked-outside.md").symlink_to(outside)
    # Links that go round: to the folder that holds them, and to each other.
    (source / "loop").symlink_to(".")
    (source / "a-link").symlink_to("b-link")
    (source / "b-link").symlink_to("a-link")
    paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20
    body = "\n\n".join(f"## Part {n}\n\n{paragraph}" for n in range(4400))
    (source / FIVE_MB_POST).write_text(
        f"---\ntitle: Big\n---\n{body}\n", encoding="utf-8"
    )
    return source


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    source = prepare(root)
    before = tree_hash(source)
    os.environ["HOSTILE_SECRET"] = SECRET
    try:
        result = run_build(source=source, output=root / "output")
    finally:
        del os.environ["HOSTILE_SECRET"]
    assert tree_hash(source) == before, "the build changed the content folder"
    return result, source, root / "output"


def messages(result: BuildResult, level: str) -> list[str]:
    return [message for lvl, message in result.messages if lvl == level]


BUILT = {
    "_posts/2020-01-01-empty-values.md": "2020/01/01/empty-values/index.html",
    "_posts/2020-01-02-yaml11-booleans-in-lists.md": "2020/01/02/yaml11-booleans-in-lists/index.html",
    "_posts/2020-01-03-tags-numbers-nulls-html.md": "2/2020/01/03/tags-numbers-nulls-html/index.html",
    "_posts/2020-01-04-script-in-title-excerpt-tags.md": "2020/01/04/script-in-title-excerpt-tags/index.html",
    "_posts/2020-01-05-template-code-in-title.md": "2020/01/05/template-code-in-title/index.html",
    "_posts/2020-01-06-python-internals-in-body.md": "2020/01/06/python-internals-in-body/index.html",
    "_posts/2020-01-07-environment-in-body.md": "2020/01/07/environment-in-body/index.html",
    "_posts/2020-01-09-naive-date.md": "2020/01/09/naive-date/index.html",
    "_posts/2020-01-10-aware-date.md": "2020/01/10/aware-date/index.html",
    "_posts/2020-01-12-ünïcødé-名前.md": "2020/01/12/ünïcødé-名前/index.html",
    "static-link-outside.md": "static-link-outside/index.html",
    "_posts/2020-02-05-tag-300-characters.md": (
        "2020/02/05/tag-300-characters/index.html"
    ),
    "_posts/2020-01-13-javascript-link-in-excerpt.md": (
        "2020/01/13/javascript-link-in-excerpt/index.html"
    ),
    FIVE_MB_POST: "2020/01/13/five-megabytes/index.html",
    "empty-file.md": "empty-file/index.html",
    "front-matter-only.md": "front-matter-only/index.html",
    "bom.md": "bom/index.html",
    "crlf-line-endings.md": "crlf-line-endings/index.html",
    "lone-cr-line-endings.md": "lone-cr-line-endings/index.html",
    "latin1-bytes.md": "latin1-bytes/index.html",
    "utf16.md": "utf16/index.html",
    "duplicate-keys.md": "duplicate-keys/index.html",
    "permalink-absolute-fs-path.md": "etc/passwd.html",
    "redirect-from-hostile.md": "redirect-from-hostile/index.html",
    "redirect-to-javascript.md": "redirect-to-javascript/index.html",
    "redirect-to-data.md": "redirect-to-data/index.html",
    "clash-one.md": "same-url/index.html",
    "redirect-onto-real-page.md": "redirect-onto-real-page/index.html",
    "slug-tags.md": "tags/index.html",
    "slug-feed.xml": "feed.xml",
}

# File -> (line, words of the one error that skips it).
SKIPPED = {
    "_posts/2020-01-08-unparseable-date.md": (3, "is not a date"),
    "front-matter-is-a-list.md": (2, "is a YAML list"),
    "front-matter-is-a-scalar.md": (2, "is a YAML str"),
    "python-object-tag.md": (3, "tags that build objects are not allowed"),
    "permalink-dotdot.md": (3, "climbs out of the site"),
    "permalink-encoded-dotdot.md": (3, "climbs out of the site"),
    "permalink-backslash.md": (3, "backslash"),
    "permalink-nul.md": (3, "control character"),
    "permalink-other-host.md": (3, "is not a path on this site"),
    "yaml-alias-bomb.md": (8, "expands to more than 100,000 values"),
    "front-matter-nested-deep.md": (3, "nests deeper than 100 levels"),
    "_posts/2020-02-01-date-year-zero.md": (
        3,
        "'0000-01-01' is not a date that exists",
    ),
    "_posts/2020-02-02-date-february-30.md": (
        3,
        "'2021-02-30' is not a date that exists",
    ),
    "_posts/2020-02-03-date-offset-25-hours.md": (3, "is not a date that exists"),
    "_posts/2020-02-04-date-9999-west-of-utc.md": (
        3,
        "past the last day a date can have",
    ),
    "permalink-300-characters.md": (3, "file systems take names of at most 255 bytes"),
}


@pytest.mark.parametrize(("source", "output"), sorted(BUILT.items()))
def test_built_cases(
    built: tuple[BuildResult, Path, Path], source: str, output: str
) -> None:
    _, _, out = built
    assert (out / output).is_file(), f"{source} was not built at {output}"


@pytest.mark.parametrize(("source", "expected"), sorted(SKIPPED.items()))
def test_skipped_cases_name_file_and_line(
    built: tuple[BuildResult, Path, Path], source: str, expected: tuple[int, str]
) -> None:
    result, root, _ = built
    line, words = expected
    found = [m for m in messages(result, "ERROR") if f"{root / source}:{line}:" in m]
    assert len(found) == 1, found
    assert words in found[0]
    assert "skipped" in found[0]


# File -> (line, words of its one warning, text its page shows). Jekyll reads
# past such a header, so the page is built, from its text.
READ_PAST = {
    "yaml-syntax-error.md": (3, "YAML error", "Built from its text alone."),
    "unclosed-header.md": (1, "never closed", "title: Never closed"),
}


@pytest.mark.parametrize(("source", "expected"), sorted(READ_PAST.items()))
def test_a_header_jekyll_reads_past_is_named_and_its_page_built(
    built: tuple[BuildResult, Path, Path], source: str, expected: tuple[int, str, str]
) -> None:
    result, root, out = built
    line, words, shown = expected
    found = [m for m in messages(result, "WARNING") if f"{root / source}:{line}:" in m]
    assert len(found) == 1, found
    assert words in found[0]
    assert any(said in found[0] for said in ("none of its settings", "alone"))
    page = (out / source.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    assert shown in page


def test_no_traceback_and_every_problem_named(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, _ = built
    assert all("Traceback" not in m for _, m in result.messages)
    # Read, then not written: clash-two and the two placed in the build's
    # own folders (each named by an error).
    assert result.summary.startswith(
        f"{len(BUILT) + len(READ_PAST) + 3} documents built"
    )
    assert f"{len(SKIPPED)} skipped" in result.summary


def test_clash_names_every_file(built: tuple[BuildResult, Path, Path]) -> None:
    result, root, out = built
    (clash,) = [m for m in messages(result, "WARNING") if "all have the URL" in m]
    assert str(root / "clash-one.md") in clash and str(root / "clash-two.md") in clash
    # Jekyll writes both; the last by name is what its file holds.
    assert "CLASH-TWO" in (out / "same-url/index.html").read_text(encoding="utf-8")
    (onto,) = [
        m for m in messages(result, "ERROR") if "'/same-url/' is the URL of a page" in m
    ]
    assert "redirect-onto-real-page.md" in onto


def test_hostile_redirects_refused_and_the_good_one_written(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, out = built
    refused = [m for m in messages(result, "ERROR") if "redirect-from-hostile.md" in m]
    assert len(refused) == 5
    assert (out / "ok-old/index.html").is_file()
    for name in ("redirect-to-javascript", "redirect-to-data"):
        page = (out / name / "index.html").read_text(encoding="utf-8")
        assert "Built as written" in page
        assert "javascript:alert" not in page and "data:text/html" not in page


def test_nothing_outside_the_output_folder(
    built: tuple[BuildResult, Path, Path],
) -> None:
    _, _, out = built
    parent = out.parent
    assert sorted(p.name for p in parent.iterdir()) == [
        "output",
        "outside-secret.md",
        "source",
    ]
    assert not (PROJECT_ROOT / "hostile-python-ran").exists()
    assert not Path("hostile-python-ran").exists()
    assert not (parent / "escape").exists()
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve())


def test_nothing_unpublished_or_outside_is_published(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, out = built
    text = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in out.rglob("*")
        if p.is_file()
    )
    for secret in (
        "UNPUBLISHED-SECRET",
        "FUTURE-SECRET",
        "DRAFT-SECRET",
        "OUTSIDE-SECRET",
        SECRET,
    ):
        assert secret not in text, secret
    assert any("linked-outside.md" in m for m in messages(result, "WARNING"))


# The theme's own inline scripts: scheme, JSON-LD, redirect.
ALLOWED_SCRIPTS = re.compile(
    r'^(try\{var t=localStorage|\{"@context"|location\.replace\(")'
)


def test_no_markup_from_content_text(built: tuple[BuildResult, Path, Path]) -> None:
    _, _, out = built
    for page in out.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script"):
            if script.get("src"):
                assert script["src"].startswith(("/theme/", "/pagefind/")), page
            else:
                assert ALLOWED_SCRIPTS.match(script.string or ""), (page, script.string)
        for tag in soup.find_all(True):
            for attribute in tag.attrs:
                assert not attribute.lower().startswith("on"), (page, tag)
            if tag.get("href"):
                assert is_safe_url(tag["href"]), (page, tag)
    # A front-matter excerpt's Markdown links: never live on the lists and
    # in the feed, whatever the scheme's spelling; the text stays.
    for listing in ("index.html", "blog/index.html", "feed.xml"):
        shown = (out / listing).read_text(encoding="utf-8")
        assert "javascript:" not in shown.lower(), listing
    listed = (out / "blog/index.html").read_text(encoding="utf-8")
    assert "Read the notes" in listed and "and more." in listed
    post = BeautifulSoup(
        (out / "2020/01/04/script-in-title-excerpt-tags/index.html").read_text(),
        "html.parser",
    )
    assert (
        post.h1.get_text()
        == "<script>alert(\u2018title\u2019)</script> & \u201cquotes\u201d"
    )
    assert (
        "{{ 7 * 7 }}"
        in (out / "2020/01/05/template-code-in-title/index.html").read_text()
    )


def test_internals_and_environment_are_not_reachable(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, out = built
    environment = (out / "2020/01/07/environment-in-body/index.html").read_text()
    assert "[][][]" in environment
    internals = (out / "2020/01/06/python-internals-in-body/index.html").read_text()
    # Never evaluated; as Liquid that cannot be read, it renders nothing.
    assert "subclasses" not in internals and "__class__" not in internals
    assert "<class" not in internals
    assert any("python-internals-in-body.md" in m for m in messages(result, "WARNING"))


def test_command_line_exit_codes(tmp_path: Path) -> None:
    """`invoke build` finishes with 0 on hostile input; `--strict` fails."""
    source = prepare(tmp_path)
    command = [sys.executable, "-m", "invoke", "build", "--source", str(source)]
    command += ["--output", str(tmp_path / "out")]
    env = dict(os.environ, COLUMNS="250")
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stdout + done.stderr
    strict = subprocess.run(
        [*command, "--strict"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert strict.returncode == 1
    assert "strict:" in strict.stdout + strict.stderr


def test_a_missing_source_folder_is_named_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-site"
    command = [sys.executable, "-m", "invoke", "build", "--source", str(missing)]
    command += ["--output", str(tmp_path / "out")]
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    said = done.stdout + done.stderr
    assert done.returncode == 2
    assert "Traceback" not in said
    assert f"source folder {missing} does not exist" in said
    assert not (tmp_path / "out").exists()


def test_the_settings_files_content_folder_is_checked_too(tmp_path: Path) -> None:
    settings = tmp_path / "siteconf.py"
    settings.write_text('PATH = "gone"\n', encoding="utf-8")
    assert missing_source(settings, None) == tmp_path / "gone"
    (tmp_path / "gone").mkdir()
    assert missing_source(settings, None) is None
    assert missing_source(settings, tmp_path / "elsewhere") == tmp_path / "elsewhere"


def test_pelican_links_are_shown_as_written_and_copy_nothing(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, out = built
    about = [m for m in result.messages if "static-link-outside" in m[1]]
    assert about == []  # Jekyll has no such links: nothing to refuse
    assert not [
        p for p in out.rglob("*") if p.name in ("hostname", "outside-secret.md")
    ]
    assert not (out.parent / "etc").exists()
    page = (out / "static-link-outside/index.html").read_text(encoding="utf-8")
    assert "Links out of the content folder" in page
    assert 'href="{static}../outside-secret.md"' in page  # as Jekyll shows it
    assert 'href="{attach}../../../../../../../../../../etc/hostname"' in page


def test_characters_xml_forbids_are_left_out_of_the_feed(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site(
        {
            "_posts/2020-01-14-control-characters.md": (
                '---\ntitle: "Control \\x01 characters"\n---\n'
                "A body with a NUL \x00 byte, a vertical tab \x0b and an escape "
                "\x1b here.\n"
            )
        }
    )
    feed = (output / "feed.xml").read_text(encoding="utf-8")
    entry = ElementTree.fromstring(feed.encode()).find(
        "{http://www.w3.org/2005/Atom}entry"
    )
    assert entry is not None
    assert "Control  characters" in feed
    # Named once, at the post that holds them, however many feeds list it.
    (said,) = [m for m in messages(result, "WARNING") if "XML forbids" in m]
    assert re.search(
        r"_posts/2020-01-14-control-characters.md: 4 characters XML forbids "
        r"\(NUL, control characters\) left out of the feeds listing this post",
        said,
    )


def test_a_tag_too_long_for_a_file_name_gets_no_archive_and_is_named(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, out = built
    # The post is built: only the archive page, this build's own, is missing.
    (said,) = [m for m in messages(result, "WARNING") if "gets no archive page" in m]
    assert "2020-02-05-tag-300-characters.md: the tag 'bbbb" in said
    assert "its posts show it without a link" in said
    assert (out / "tag/fine/index.html").is_file()
    post = out / "2020/02/05/tag-300-characters/index.html"
    tags = BeautifulSoup(post.read_text(encoding="utf-8"), "html.parser")
    assert [(t.name, t.get_text()[:4]) for t in tags.select(".tag")] == [
        ("span", "bbbb"),
        ("a", "fine"),
    ]


def test_links_that_loop_are_named_and_not_followed(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, _, out = built
    looping = [m for m in messages(result, "WARNING") if "leads round in a loop" in m]
    assert sorted(m.split(":")[0] for m in looping) == ["a-link", "b-link", "loop"]
    assert not (out / "loop").exists()


def test_a_document_placed_where_the_build_writes_its_own_files_is_refused(
    built: tuple[BuildResult, Path, Path],
) -> None:
    result, root, out = built
    refused = [m for m in messages(result, "ERROR") if "which the build writes" in m]
    assert sorted(m.split(":")[0] for m in refused) == [
        str(root / "permalink-onto-search-index.md"),
        str(root / "permalink-onto-theme-css.md"),
    ]
    css = (out / "theme/css/site.css").read_text(encoding="utf-8")
    assert css.startswith("/* Research theme")
    assert not (out / "theme/css/site.css.html").exists()
    assert not (out / "pagefind/index.html").exists()


def test_hostile_liquid_stops_at_the_tag_and_the_page_builds(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site(
        {
            "_includes/self.html": "me{% include self.html %}",
            "hostile.md": (
                "---\ntitle: Hostile\n---\nBefore.\n\n"
                "{% for i in (1..100000000) %}{{ i }}{% endfor %}\n\n"
                '{% assign s = "xx" %}{% for i in (1..60) %}'
                "{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}\n\n"
                "{% include self.html %}\n\n"
                "{% include ../../etc/passwd %}\n\n"
                "After: {{ page.title }}.\n"
            ),
        }
    )
    assert result.errors == 0
    warnings = [m for level, m in result.messages if level == "WARNING"]
    lines = sorted(int(re.search(r"hostile\.md:(\d+):", w)[1]) for w in warnings)
    assert lines == [6, 8, 10, 12]
    reasons = " ".join(warnings)
    for reason in ("loop iteration limit", "namespace limit", "context depth"):
        assert reason in reasons
    assert "leaves its folder" in reasons
    page = (output / "hostile.html").read_text(encoding="utf-8")
    assert "After:&nbsp;Hostile." in page and "root:x:" not in page
    assert len(page) < 200_000

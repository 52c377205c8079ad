"""Property tests: for any input, a value or the project's own error, and
every output path inside the output folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jekyll_common.errors import JekyllError
from jekyll_common.paths import safe_join, url_to_output_path
from jekyll_common.slugs import SLUG_MODES, slugify
from jekyll_reader.permalinks import document_placeholders, expand
from jekyll_reader.source import decode, split_source
from jekyll_redirects.rules import RedirectError, old_path, output_of, target_of

OUTPUT = Path("/srv/site-output")
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
PATHISH = st.text(alphabet="/.%2eE\\:?#@ab\x00é ", max_size=40)


def inside_output(relative: str) -> None:
    target = safe_join(OUTPUT, relative)
    assert target == OUTPUT or target.is_relative_to(OUTPUT)


@given(st.binary(max_size=300))
def test_reader_returns_a_document_or_a_content_error(raw: bytes) -> None:
    text, _ = decode(raw)
    try:
        document = split_source(text)
    except JekyllError:
        return
    assert document.front_matter is None or isinstance(document.front_matter, dict)
    assert isinstance(document.body, str)


@given(TEXT.map(lambda t: "---\n" + t + "\n---\nbody"))
def test_front_matter_of_any_yaml(text: str) -> None:
    try:
        document = split_source(text)
    except JekyllError:
        return
    assert isinstance(document.front_matter, dict)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.one_of(
        PATHISH, st.sampled_from(["/:title/", "/:categories/:year/:title:output_ext"])
    ),
    title=TEXT,
    categories=st.lists(TEXT, max_size=3),
)
def test_permalinks_stay_inside_the_output(
    template: str, title: str, categories: list[str]
) -> None:
    placeholders = document_placeholders(
        basename=title or "x",
        slug=title,
        date=dt.datetime(2020, 1, 2, tzinfo=dt.UTC),
        categories=categories,
    )
    try:
        path = url_to_output_path(expand(template, placeholders))
    except JekyllError:
        return
    inside_output(path)


@given(PATHISH)
def test_redirect_old_paths_stay_inside_the_output(value: str) -> None:
    try:
        path = old_path(value)
    except RedirectError:
        return
    inside_output(output_of(path))


@given(TEXT)
def test_redirect_targets_are_paths_or_http(value: str) -> None:
    try:
        target, _ = target_of(value, "https://site.example")
    except RedirectError:
        return
    assert target.startswith(("https://site.example/", "http://", "https://"))


@given(TEXT, st.sampled_from([*SLUG_MODES, "other"]), st.booleans())
def test_slugs_are_safe_path_segments(text: str, mode: str, cased: bool) -> None:
    slug = slugify(text, mode, cased=cased)
    assert isinstance(slug, str)
    if mode in ("default", "pretty", "ascii", "latin"):
        assert "/" not in slug and "\\" not in slug and "\x00" not in slug
        if slug not in ("", ".", ".."):
            inside_output(slug + "/index.html")

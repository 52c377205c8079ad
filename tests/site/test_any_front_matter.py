"""Front matter of any shape never crashes a build.

Every key this build reads, and those the popular themes use (al-folio's
``authors:`` and ``redirect:``, Minimal Mistakes' ``header:``, ``toc:`` as
a mapping...), takes arbitrary YAML values here: a list of mappings, a
bool, a number, null, a date. The site must build (no exception), and no
document may fail for a reason nobody foresaw ("could not be built
(TypeError..."): a value the build cannot use is a warning naming the file.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jekyll_tasks.runner import run_build

KEYS = (
    # read by this build
    "title", "date", "slug", "tags", "tag", "categories", "category", "author",
    "layout", "published", "permalink", "modified", "last_modified_at", "excerpt",
    "excerpt_separator", "redirect_from", "redirect_to", "image", "toc",
    "toc_label", "comments", "author_profile", "nav_order", "sidebar_sort_order",
    "nav_exclude", "sidebar_link", "description", "lang", "sitemap", "footer",
    "render_with_liquid", "collection", "taxonomy",
    # the popular themes' own
    "authors", "redirect", "header", "excerpt_separator", "toc_sticky", "classes",
    "share", "related", "read_time", "giscus_comments", "related_posts", "math",
    "mathjax", "featured", "hidden", "pin", "venue", "paperurl", "citation",
    "type", "location", "order", "og_image", "seo", "sidebar", "bibliography",
    "nav", "status", "template", "url", "save_as", "content", "summary",
)  # fmt: skip

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _TEXT
    | st.sampled_from(
        ["/x/", "https://a.example/b", "../../etc", "", ":title", "false"]
    )
    | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
)
VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["name", "url", "path", "image", "x"]), inner, max_size=3
        )
    ),
    max_leaves=6,
)
FRONT_MATTER = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8)


def _document(front_matter: dict) -> str:
    return (
        "---\n"
        + yaml.safe_dump(front_matter, allow_unicode=True)
        + "---\nText {{ page.title }}.\n"
    )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(post=FRONT_MATTER, page=FRONT_MATTER, item=FRONT_MATTER)
def test_any_front_matter_builds(
    tmp_path: Path, post: dict, page: dict, item: dict
) -> None:
    source, output = tmp_path / "site", tmp_path / "output"
    shutil.rmtree(source, ignore_errors=True)
    files = {
        "_config.yml": "title: T\ncollections:\n  talks:\n    output: true\n",
        "_posts/2024-01-02-post.md": _document(post),
        "about.md": _document(page),
        "_talks/talk.md": _document(item),
        "_posts/2024-01-01-plain.md": "---\ntitle: Plain\n---\nStill here.\n",
    }
    for name, text in files.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    result = run_build(source=source, output=output)
    unforeseen = [text for _, text in result.messages if "could not be built (" in text]
    assert unforeseen == []
    assert (output / "2024/01/01/plain.html").is_file()

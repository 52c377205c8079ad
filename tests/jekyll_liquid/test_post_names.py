"""Posts by the name ``{% post_url %}`` gives them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from jekyll_liquid.post_names import PostNames


def _entry(relpath: str, url: str) -> Any:
    fields = SimpleNamespace(url=url)
    return SimpleNamespace(relpath=relpath, placed=SimpleNamespace(fields=fields))


def test_a_name_finds_its_post_and_a_folder_chooses_among_namesakes() -> None:
    names = PostNames(
        [
            _entry("_posts/2020-01-02-old.md", "/2020/old/"),
            _entry("blog/_posts/2020-01-02-old.md", "/blog/2020/old/"),
            _entry("_posts/drafts/2021-01-01-new.markdown", "/2021/new/"),
        ]
    )
    assert names.url("2020-01-02-old") == "/2020/old/"  # the first, as listed
    assert names.url("blog/2020-01-02-old") == "/blog/2020/old/"
    assert names.url("/drafts/2021-01-01-new") == "/2021/new/"
    assert names.url("2020-01-02-gone") is None
    assert names.url("news/2020-01-02-old") is None


def test_every_post_naming_every_other_is_read_in_one_pass() -> None:
    # Each name was once looked for among all posts: at this size that
    # never ends; indexed, it is instant.
    count = 30_000
    stems = [f"2020-01-01-post-{n}" for n in range(count)]
    names = PostNames([_entry(f"_posts/{s}.md", f"/{s}/") for s in stems])
    assert [names.url(s) for s in stems] == [f"/{s}/" for s in stems]

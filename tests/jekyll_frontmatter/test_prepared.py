from contextlib import contextmanager
from pathlib import Path

import pytest

from jekyll_frontmatter.prepared import (
    RenderCache,
    cache_key,
    excerpt_text_of,
    render_ahead,
    render_body,
)
from jekyll_frontmatter.prune import OutputListing, prune_output
from jekyll_frontmatter.render import make_markdown
from tests.helpers import write_files


def test_render_body() -> None:
    markdown = make_markdown({"extensions": ["extra", "jekyll_kramdown.extension"]})
    body = "# Title 'quoted'\n\nFirst *para* -- with ![x](/img/a.png).\n\nSecond."
    rendered = render_body(markdown, body, excerpt_text_of({}, body, "\n\n"))
    assert rendered.heading == "Title 'quoted'"
    assert rendered.references == ("/img/a.png",)
    assert "&#8216;quoted&#8217;" in rendered.html
    assert rendered.word_count == 8
    assert rendered.excerpt.startswith('<h1 id="title-quoted">')
    front = render_body(
        markdown, body, excerpt_text_of({"excerpt": "<b>x</b>"}, body, "")
    )
    assert front.excerpt_text == "<b>x</b>"


def test_cache_round_trip_and_invalidation(tmp_path: Path) -> None:
    path = tmp_path / "cache.pickle"
    cache = RenderCache(path, "settings-1")
    key = cache_key("body", "excerpt", True)
    assert key != cache_key("body", "excerpt", False)
    rendered = render_body(None, "<p>x</p>", "<p>x</p>")
    cache.put(key, rendered)
    cache.save()
    assert RenderCache(path, "settings-1").get(key) == rendered
    assert RenderCache(path, "settings-2").get(key) is None
    path.write_bytes(b"not a pickle")
    assert RenderCache(path, "settings-1").get(key) is None


def test_without_a_cache_file_a_rendering_read_ahead_is_given_once() -> None:
    cache = RenderCache(None, "settings-1")
    rendered = render_body(None, "<p>x</p>", "<p>x</p>")
    cache.put("by-the-reader", rendered)
    assert cache.get("by-the-reader") is None  # nothing to keep it for
    cache.put("ahead", rendered, ahead=True)
    assert cache.get("ahead") == rendered
    assert cache.get("ahead") is None
    assert cache.entries == {}


@pytest.mark.parametrize("listed", [False, True])
def test_prune_output(tmp_path: Path, listed: bool) -> None:
    write_files(
        tmp_path,
        {
            "keep.html": "k",
            "old/deeper/gone.html": "g",
            "theme/css/a.css": "c",
            "a/b/keep.txt": "t",
            "a/retained/x.txt": "r",
            "c/gone.html": "g",
        },
    )
    kept = ["theme", "a/retained"]
    # Listed while the build runs, kept folders not entered: the same result.
    listing = OutputListing(tmp_path, kept) if listed else None
    removed = prune_output(
        tmp_path, [tmp_path / "keep.html", tmp_path / "a/b/keep.txt"], kept, listing
    )
    assert removed == 2
    assert not (tmp_path / "old").exists()
    assert not (tmp_path / "c").exists()
    assert (tmp_path / "theme/css/a.css").exists()
    assert (tmp_path / "a/b/keep.txt").exists()
    assert (tmp_path / "a/retained/x.txt").exists()


def test_prune_output_through_a_linked_output_folder(tmp_path: Path) -> None:
    # The kept paths name the real folder, the build was given a link to it.
    real = tmp_path / "real"
    write_files(real, {"keep.html": "k", "gone.html": "g", "a/keep.html": "k"})
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    removed = prune_output(link, [real / "keep.html", link / "a/keep.html"], [])
    assert removed == 1
    assert sorted(p.name for p in real.rglob("*.html")) == ["keep.html", "keep.html"]


def _coming(keys: list[str], seen: list[str], fail_at: str | None = None):
    for key in keys:
        if key == fail_at:
            raise OSError("worker gone")
        seen.append(key)
        yield key, render_body(None, f"<p>{key}</p>", f"<p>{key}</p>")


def test_renderings_on_their_way_are_taken_in_order_as_asked() -> None:
    cache = RenderCache(None, "settings-1")
    seen: list[str] = []
    closed: list[bool] = []
    cache.expect(
        _coming(["a", "b", "c"], seen), {"a", "b", "c"}, lambda: closed.append(True)
    )
    assert cache.get("a").html == "<p>a</p>"
    assert seen == ["a"]  # nothing received before it is needed
    assert cache.get("not-sent") is None
    assert cache.get("c").html == "<p>c</p>"
    assert seen == ["a", "b", "c"] and closed == [True]  # all in: the pool closes
    assert cache.get("b").html == "<p>b</p>"  # kept until asked for
    cache.finish()
    assert closed == [True]


def test_finishing_takes_what_is_left_and_closes_once(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path / "cache.pickle", "settings-1")
    closed: list[bool] = []
    cache.expect(_coming(["a", "b"], []), {"a", "b"}, lambda: closed.append(True))
    cache.save()  # finishes first: both renderings are saved
    assert closed == [True]
    assert RenderCache(tmp_path / "cache.pickle", "settings-1").get("b") is not None


def test_a_pool_that_fails_leaves_the_rest_to_the_reader(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache = RenderCache(None, "settings-1")
    closed: list[bool] = []
    coming = _coming(["a", "b", "c"], [], fail_at="b")
    cache.expect(coming, {"a", "b", "c"}, lambda: closed.append(True))
    assert cache.get("c") is None  # the reader renders it
    assert closed == [True]
    assert cache.get("a") is not None
    assert "Rendering on every core stopped (worker gone)" in caplog.text


def test_stopping_drops_the_renderings_still_due() -> None:
    cache = RenderCache(None, "settings-1")
    seen: list[str] = []
    closed: list[bool] = []
    cache.expect(_coming(["a", "b"], seen), {"a", "b"}, lambda: closed.append(True))
    cache.stop()  # as a failed build does
    assert closed == [True] and seen == []
    assert cache.get("a") is None
    cache.stop()
    assert closed == [True]


def test_progress_counts_the_renderings_due(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path / "cache.pickle", "settings-1")
    cache.put("cached", render_body(None, "<p>c</p>", "<p>c</p>"))
    items = [(key, f"<p>{key}</p>", f"<p>{key}</p>", False) for key in "abca"]
    items.append(("cached", "<p>c</p>", "<p>c</p>", False))
    totals: list[int] = []
    advanced: list[bool] = []

    @contextmanager
    def progress(total: int):
        totals.append(total)
        yield lambda: advanced.append(True)

    render_ahead(iter(items), lambda: None, cache, 2, progress)
    assert cache.get("b").html == "<p>b</p>"
    cache.finish()
    assert totals == [3]  # "a" once, "b", "c"; "cached" is not due
    assert len(advanced) == 3

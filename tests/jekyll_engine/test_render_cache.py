"""The render cache: renderings kept between builds, and made ahead."""

from contextlib import contextmanager
from pathlib import Path

import pytest

from jekyll_engine.render_cache import RenderCache, render_ahead
from jekyll_markdown.body_renderer import BodyRenderer, cache_key, render_body


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
    items = [(key, (f"<p>{key}</p>", f"<p>{key}</p>", False)) for key in "abca"]
    items.append(("cached", ("<p>c</p>", "<p>c</p>", False)))
    totals: list[int] = []
    advanced: list[bool] = []

    @contextmanager
    def progress(total: int):
        totals.append(total)
        yield lambda: advanced.append(True)

    render_ahead(iter(items), BodyRenderer(lambda: None).render, cache, 2, progress)
    assert cache.get("b").html == "<p>b</p>"
    cache.finish()
    assert totals == [3]  # "a" once, "b", "c"; "cached" is not due
    assert len(advanced) == 3

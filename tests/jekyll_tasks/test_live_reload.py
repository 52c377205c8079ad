"""Open pages reload as soon as their own file changed, and only then."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from jekyll_tasks.live_reload import RELOAD_PATH, Reloads
from tests.helpers import HANG, write_files


def _site(root: Path) -> Reloads:
    write_files(root, {"index.html": "home", "post/index.html": "post"})
    return Reloads(root, "/sub")


def _touch(path: Path, stamp: int) -> None:
    os.utime(path, ns=(stamp, stamp))


def _question(page: str, since: str) -> str:
    return f"{RELOAD_PATH}?page={page}&since={since}"


def test_a_pages_state_is_its_own_file_and_the_site_changes(tmp_path: Path) -> None:
    reloads = _site(tmp_path)
    post, home = reloads.state("/sub/post/"), reloads.state("/sub/")
    _touch(tmp_path / "post" / "index.html", 10**18)
    assert reloads.state("/sub/post/") != post
    assert reloads.state("/sub/") == home
    reloads.site_changed()
    assert reloads.state("/sub/") != home
    # A missing page, or one outside the site, has a state too (no error).
    assert reloads.state("/sub/missing/") == reloads.state("/sub/../../etc/passwd")
    assert f"'{reloads.state('/sub/post/')}'".encode() in reloads.script("/sub/post/")


def test_a_question_is_answered_at_once_when_the_page_changed(tmp_path: Path) -> None:
    reloads = _site(tmp_path)
    assert reloads.answer(_question("/sub/post/", "old"), hold=HANG) == (
        reloads.state("/sub/post/")
    )


def test_a_question_is_held_until_the_page_is_written(tmp_path: Path) -> None:
    reloads = _site(tmp_path)
    since = reloads.state("/sub/post/")
    # Nothing changes: the answer after the hold is the page's state as it was.
    assert reloads.answer(_question("/sub/post/", since), hold=0.05) == since
    answers: list[str] = []
    asking = threading.Thread(
        target=lambda: answers.append(
            reloads.answer(_question("/sub/post/", since), hold=HANG)
        )
    )
    asking.start()
    # Another page written wakes the question, which goes on waiting.
    _touch(tmp_path / "index.html", 10**18)
    reloads.pages_written()
    asking.join(0.2)
    assert asking.is_alive() and answers == []
    _touch(tmp_path / "post" / "index.html", 10**18)
    reloads.pages_written()
    asking.join(HANG)
    assert answers == [reloads.state("/sub/post/")] and answers[0] != since

"""The one way what is logged is captured, and logged again."""

from __future__ import annotations

import io
import logging

from jekyll_common.logs import TerminalHandler, collecting, replay


def test_collecting_keeps_warnings_and_worse_while_the_block_runs() -> None:
    logger = logging.getLogger("tests.collecting")
    with collecting() as collected:
        logger.info("not kept")
        logger.warning("kept %s", "warning")
        logger.error("kept error")
    logger.warning("after the block")
    assert collected.records == [
        ("tests.collecting", logging.WARNING, "kept warning"),
        ("tests.collecting", logging.ERROR, "kept error"),
    ]
    assert collected not in logging.getLogger().handlers


def test_replayed_records_reach_the_terminal_as_first_logged() -> None:
    stream = io.StringIO()
    terminal = TerminalHandler(stream)
    logging.getLogger().addHandler(terminal)
    try:
        replay([("tests.replay", logging.WARNING, "a.md:3: look here")])
    finally:
        logging.getLogger().removeHandler(terminal)
    assert stream.getvalue() == "warning: a.md:3: look here\n"

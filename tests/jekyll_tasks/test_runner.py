import logging
from pathlib import Path

import pytest

from jekyll_tasks import runner


def test_a_search_indexer_that_hangs_is_stopped_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "index.html").write_text(
        "<html><body data-pagefind-body><p>x</p></body></html>", encoding="utf-8"
    )
    monkeypatch.setattr(runner, "SEARCH_INDEX_SECONDS", 0.001)
    with caplog.at_level(logging.ERROR):
        runner.index_for_search(tmp_path)
    (record,) = caplog.records
    assert "search index not built" in record.getMessage()
    assert "no answer in 0.001 s; it was stopped" in record.getMessage()

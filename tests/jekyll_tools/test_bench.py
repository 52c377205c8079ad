import gc
from pathlib import Path

from jekyll_tools.bench import Measure, table
from jekyll_tools.corpus import write_corpus
from jekyll_tools.runner import skip_last_collection
from tests.helpers import tree


def test_corpus_is_deterministic_and_realistic(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 5)
    second = write_corpus(tmp_path / "b", 5)
    assert tree(first) == tree(second)
    posts = sorted((first / "_posts").iterdir())
    assert len(posts) == 5
    text = posts[0].read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: ")
    assert "tags: [" in text and "categories: [" in text
    assert "```python" in text and "## Method" in text and "](https://" in text
    assert 500 <= len(text.split()) <= 800


def test_table_gives_ratios_to_bare_pelican_of_the_same_size() -> None:
    rows = table(
        [
            Measure("bare Pelican", 10, 2.0, 2.0, 50),
            Measure("this project, cold", 10, 1.0, 1.5, 60),
            Measure("bare Pelican", 100, 20.0, 20.0, 80),
            Measure("this project, cold", 100, 15.0, 20.0, 90),
        ]
    ).splitlines()
    assert rows[3] == "| 10 | this project, cold | 1.0 | 1.5 | 60 | 0.50 |"
    assert rows[5] == "| 100 | this project, cold | 15.0 | 20.0 | 90 | 0.75 |"


def test_the_last_collection_is_skipped_for_what_exists_then() -> None:
    before = gc.get_freeze_count()
    skip_last_collection()
    try:
        # Every object alive now is out of the collector's reach.
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()

"""``_data/``: YAML, JSON, CSV and TSV files, as Jekyll reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_common.errors import ConfigError
from jekyll_config.data import load_site_data
from tests.conftest import SiteBuilder


def test_csv_and_tsv_files_are_rows_named_by_their_first(tmp_path: Path) -> None:
    # What Ruby's CSV (headers: true) gives Jekyll for the same files: an
    # empty or missing cell is nil, a blank line a row of nils, a quoted
    # cell may hold the separator and a line break.
    data = tmp_path / "_data"
    (data / "course").mkdir(parents=True)
    (data / "schedule.csv").write_text(
        'week,topic,due\n1,"Lists, maps",\n\n2,"Two\nlines"\n', encoding="utf-8"
    )
    (data / "course" / "staff.tsv").write_text(
        "name\trole\nAda\tTA\n", encoding="utf-8"
    )
    site = load_site_data(tmp_path)
    assert site["schedule"] == [
        {"week": "1", "topic": "Lists, maps", "due": None},
        {"week": None, "topic": None, "due": None},
        {"week": "2", "topic": "Two\nlines", "due": None},
    ]
    assert site["course"]["staff"] == [{"name": "Ada", "role": "TA"}]


def test_a_csv_file_jekyll_cannot_read_stops_the_build_at_its_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "bad.csv").write_text('a,b\n1,2\n"open,3\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.csv:3: .*Nothing was built"):
        load_site_data(tmp_path)


def test_a_page_lists_a_csv_file_s_rows(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: Course\n",
            "_data/schedule.csv": "week,topic\n1,Lists\n2,Trees\n",
            "schedule.md": "---\ntitle: Schedule\n---\n"
            "{% for row in site.data.schedule %}<p class=row>{{ row.week }}: "
            "{{ row.topic }}</p>\n{% endfor %}",
        }
    )
    assert result.errors == 0
    page = (output / "schedule.html").read_text(encoding="utf-8")
    assert "<p class=row>1: Lists</p>\n<p class=row>2: Trees</p>" in page

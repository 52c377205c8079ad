"""Settings Jekyll accepts in shapes of their own: the site builds as in Jekyll."""

from __future__ import annotations

from tests.conftest import SiteBuilder

POST = {
    "_posts/2024-01-02-late.md": "---\ntitle: Late\ndate: 2024-01-02 23:30\n---\nHi.\n"
}


def test_an_unknown_timezone_reads_dates_in_utc_with_a_warning(
    build_site: SiteBuilder,
) -> None:
    # Jekyll sets TZ, and Ruby reads a zone it does not know as UTC.
    result, output = build_site(
        {"_config.yml": "title: T\ntimezone: Mars/Olympus\n", **POST}
    )
    assert result.errors == 0
    (warning,) = [m for level, m in result.messages if "timezone" in m]
    assert "_config.yml:2: timezone 'Mars/Olympus'" in warning and "UTC" in warning
    assert (output / "2024/01/02/late.html").is_file()


def test_a_language_docutils_does_not_know_is_no_concern_of_the_build(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site({"_config.yml": "title: T\nlang: zh-Hans\n", **POST})
    assert (result.errors, result.warnings) == (0, 0), result.messages
    assert '<html lang="zh-hans"' in (output / "2024/01/02/late.html").read_text()

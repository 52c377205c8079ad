import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jekyll_common.errors import ContentError
from jekyll_reader.permalinks import (
    document_placeholders,
    expand,
    page_template,
    style_template,
)

DATE = dt.datetime(2009, 4, 29, 8, 5, 9, tzinfo=ZoneInfo("UTC"))


def post(categories: tuple[str, ...] = ("Edge Case", "jekyll")) -> dict[str, str]:
    return document_placeholders(
        basename="Slap-Chop", slug="Slap-Chop", date=DATE, categories=categories
    )


# Jekyll's documented built-in styles (docs: Permalinks).
STYLES = [
    ("date", "/edge%20case/jekyll/2009/04/29/Slap-Chop.html"),
    ("pretty", "/edge%20case/jekyll/2009/04/29/Slap-Chop/"),
    ("ordinal", "/edge%20case/jekyll/2009/119/Slap-Chop.html"),
    ("weekdate", "/edge%20case/jekyll/2009/W18/Wed/Slap-Chop.html"),
    ("none", "/edge%20case/jekyll/Slap-Chop.html"),
]


@pytest.mark.parametrize(("style", "url"), STYLES)
def test_builtin_styles(style: str, url: str) -> None:
    assert expand(style_template(style), post()) == url


TEMPLATES = [
    ("/:year/:month/:day/:title/", "/2009/04/29/Slap-Chop/"),
    ("/:slug/", "/slap-chop/"),
    ("/:name:output_ext", "/slap-chop.html"),
    ("/:short_year/:i_month/:i_day/:title", "/09/4/29/Slap-Chop"),
    ("/:y_day/:long_month/:short_month/", "/119/April/Apr/"),
    ("/:hour/:minute/:second/", "/08/05/09/"),
    ("/:w_year/:week/:w_day/:long_day/", "/2009/18/3/Wednesday/"),
    ("/blog/:title_:year/", "/blog/Slap-Chop_2009/"),
    (":categories//:title/", "/edge%20case/jekyll/Slap-Chop/"),
]


@pytest.mark.parametrize(("template", "url"), TEMPLATES)
def test_placeholders(template: str, url: str) -> None:
    assert expand(template, post()) == url


def test_categories_lowercased_and_deduplicated_not_slugified() -> None:
    assert expand("/:categories/", post(("Post Formats", "post formats"))) == (
        "/post%20formats/"
    )


def test_no_categories_squeezes_slashes() -> None:
    assert expand(style_template("date"), post(())) == "/2009/04/29/Slap-Chop.html"


def test_unknown_placeholder_is_an_error() -> None:
    with pytest.raises(ContentError, match=":nope"):
        expand("/:nope/", post())


PAGES = [
    ("pretty", False, True, "/:path/:basename/"),
    ("date", False, True, "/:path/:basename:output_ext"),
    ("none", False, True, "/:path/:basename:output_ext"),
    ("pretty", True, True, "/:path/"),
    ("pretty", False, False, "/:path/:basename:output_ext"),
    ("/:year/:title/", False, True, "/:path/:basename/"),
    ("/:year/:title:output_ext", False, True, "/:path/:basename:output_ext"),
    ("/:year/:title", False, True, "/:path/:basename"),
]


@pytest.mark.parametrize(("style", "index", "html", "template"), PAGES)
def test_page_template(style: str, index: bool, html: bool, template: str) -> None:
    assert page_template(style, is_index=index, is_html=html) == template

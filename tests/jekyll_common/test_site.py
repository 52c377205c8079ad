"""The site's address: ``url`` and ``baseurl`` made into one, one way."""

from __future__ import annotations

from jekyll_common.output import absolute_base
from jekyll_common.site import site_address


def test_the_site_address_is_url_and_baseurl_made_one_way() -> None:
    assert site_address(
        {"JEKYLL_URL": " https://lab.org/ ", "JEKYLL_BASEURL": "/x/"}
    ) == ("https://lab.org/x")
    assert site_address({"JEKYLL_URL": "https://lab.org", "JEKYLL_BASEURL": ""}) == (
        "https://lab.org"
    )
    local = {"JEKYLL_URL": "", "JEKYLL_BASEURL": "x", "SITEURL": "/x/"}
    assert absolute_base(local) == "/x"
    assert absolute_base({**local, "JEKYLL_URL": "https://lab.org"}) == (
        "https://lab.org/x"
    )

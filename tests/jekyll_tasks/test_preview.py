"""The live site's address, made the local server's in a production preview."""

from __future__ import annotations

from jekyll_tasks.preview import as_local, site_origin


def test_the_live_origin_comes_from_url_alone() -> None:
    assert site_origin("https://lab.example.org/") == "https://lab.example.org"
    assert site_origin("http://a.org:8080/x") == "http://a.org:8080"
    assert site_origin("") == site_origin(None) == site_origin("lab.org") == ""
    assert site_origin("javascript:alert(1)") == ""


def test_absolute_and_scheme_relative_urls_are_made_local() -> None:
    page = (
        b'<link href="https://lab.org/sub/site.css"><img src="//lab.org/a.png">'
        b"<p>https://lab.org.evil/ stays</p>"
    )
    local = as_local(page, "https://lab.org", "http://127.0.0.1:8000")
    assert b'href="http://127.0.0.1:8000/sub/site.css"' in local
    assert b'src="//127.0.0.1:8000/a.png"' in local
    assert b"https://lab.org.evil/ stays" in local  # another host is left alone

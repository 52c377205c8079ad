import json

from jekyll_redirects.maps import htaccess, netlify, nginx, redirects_json
from jekyll_redirects.rules import Redirect

REDIRECTS = [
    Redirect(
        "r.md",
        "redirect_from",
        "/nmp/",
        "nmp/index.html",
        "https://s.example/research/",
        None,
    ),
    Redirect(
        "r.md",
        "redirect_from",
        "/old%20page.html",
        "old page.html",
        "https://s.example/a$b/",
        None,
    ),
]


def test_redirects_json_as_jekyll_redirect_from() -> None:
    assert json.loads(redirects_json(REDIRECTS)) == {
        "/nmp/": "https://s.example/research/",
        "/old%20page.html": "https://s.example/a$b/",
    }
    assert redirects_json([]) == "{}"


def test_netlify_lines_with_base_path() -> None:
    assert netlify(REDIRECTS, "/blog").splitlines() == [
        "/blog/nmp/ https://s.example/research/ 301",
        "/blog/old%20page.html https://s.example/a$b/ 301",
    ]


def test_htaccess_quotes_decoded_paths() -> None:
    lines = htaccess(REDIRECTS, "").splitlines()
    assert lines[1] == 'Redirect 301 "/nmp/" "https://s.example/research/"'
    assert lines[2] == 'Redirect 301 "/old page.html" "https://s.example/a$b/"'


def test_nginx_map_never_interpolates_content() -> None:
    text = nginx(REDIRECTS, "")
    assert text.count("map $uri $jekyll_redirect {") == 1
    assert '    "/nmp/" "https://s.example/research/";' in text
    assert '    "/old page.html" "https://s.example/a%24b/";' in text
    assert text.rstrip().endswith("}")

"""Text from front matter, _data, .bib and _config.yml stays text everywhere.

Attack strings go into every field a site's text reaches a page, feed or
script through (titles, excerpts with attribute lists, tags, venues, links,
navigation, the BibTeX fields al-folio links, the author's profile); every
file the build writes is then searched for an event handler, a script the
theme did not write, or a link of a scheme that runs code.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jekyll_tasks.runner import run_build

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "javascript:alert(1)//://",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    '{: onclick=alert(1) style="position:fixed;top:0;left:0;width:100%;height:100%"}',
    "x {: onmouseover=alert(1)}",
    'Click\n{: onclick="alert(1)" style="position:fixed;width:100%;height:100%"}',
    "'; alert(1); '",
    "</script><script>alert(1)</script>",
]
TEXT = st.sampled_from(ATTACKS)


def _site(values: list[str]) -> dict[str, str]:
    t, url, venue, tag, excerpt, label, bibtext = values
    post = {
        "title": t, "excerpt": excerpt, "tags": [tag], "categories": [tag],
        "description": t, "image": url, "link": url,
        "feature_row": [{"title": t, "url": url, "image_path": url,
                         "excerpt": excerpt, "btn_label": label}],
        "gallery": [{"url": url, "image_path": url, "title": t, "alt": t}],
    }  # fmt: skip
    publication = {
        "title": t, "venue": venue, "paperurl": url, "citation": t, "link": url,
        "excerpt": excerpt, "date": "2020-01-01",
    }  # fmt: skip

    def front(data: dict) -> str:
        return "---\n" + yaml.safe_dump(data) + "---\n"

    bib_value = bibtext.replace("{", "(").replace("}", ")")
    return {
        "_config.yml": yaml.safe_dump(
            {
                "title": t,
                "description": excerpt,
                "url": "https://lab.example",
                "author": {
                    "name": t,
                    "bio": excerpt,
                    "email": url,
                    "github": label,
                    "googlescholar": url,
                    "avatar": url,
                },
                "collections": {"publications": {"output": True}},
                "og_image": url,
            }
        ),
        "_data/navigation.yml": yaml.safe_dump(
            {"main": [{"title": label, "url": url}]}
        ),
        "_posts/2024-01-02-post.md": front(post)
        + "Body.\n\n{% include feature_row %}\n\n{% include gallery %}\n",
        "_publications/paper.md": front(publication) + "Abstract.\n",
        "publications.md": front({"title": "Papers", "permalink": "/papers/"})
        + "{% for post in site.publications %}{% include archive-single.html %}{% endfor %}\n",
        "_bibliography/papers.bib": (
            f"@article{{k1, title={{{bib_value}}}, journal={{{bib_value}}}, year={{2020}},\n"
            f"  website={{{bib_value}}}, code={{{bib_value}}}, html={{{bib_value}}},\n"
            f"  video={{{bib_value}}}, url={{{bib_value}}}, abstract={{{bib_value}}}}}\n"
        ),
    }


URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "poster", "data"})
UNSAFE = re.compile(r"^\s*(?:javascript|vbscript|data):", re.IGNORECASE)


class _Elements(HTMLParser):
    """Collects what a browser would run: handlers, scripts, unsafe links."""

    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where, self.found = where, []
        self.script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{self.where}: <{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value and UNSAFE.match(value):
                self.found.append(f"{self.where}: <{tag} {name}={value!r}>")
        if tag == "script":
            self.script = (dict(attrs), [])

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            attrs, parts = self.script
            body, self.script = "".join(parts), None
            if "alert(" in body and not _json_data(attrs, body):
                self.found.append(f"{self.where}: <script>{body[:40]!r}")


def _json_data(attrs: dict, body: str) -> bool:
    """Return whether a script element is JSON data, whole (JSON-LD)."""
    if attrs.get("type") != "application/ld+json":
        return False
    try:
        json.loads(body)
    except ValueError:
        return False
    return True


def _leaks(output: Path) -> list[str]:
    found = []
    for path in output.rglob("*"):
        if not path.is_file() or path.suffix not in (".html", ".xml"):
            continue
        if "pagefind" in path.parts or "mathjax" in path.parts:
            continue
        parser = _Elements(path.relative_to(output).as_posix())
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        parser.close()
        found += parser.found
    return found


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=st.lists(TEXT, min_size=7, max_size=7))
def test_no_text_becomes_markup_or_script(tmp_path: Path, values: list[str]) -> None:
    source, output = tmp_path / "site", tmp_path / "output"
    for name, text in _site(values).items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    for production in (False, True):
        run_build(source=source, output=output, production=production)
        assert _leaks(output) == []

"""A document shown whole is its output: its content in its own layouts, as in Jekyll.

The site below is checked against Jekyll 4.3.1: ``{{ staffer }}`` of a
collection that is not written shows the staffer in the ``staffer`` layout,
``.content`` the content alone, and ``page.name`` the front matter's name.
"""

from __future__ import annotations

from pathlib import Path

from jekyll_tasks.runner import run_build
from tests.helpers import write_files

_SITE = {
    "_config.yml": (
        "title: Course\ncollections:\n  staffers:\ndefaults:\n"
        "  - scope: {path: '', type: staffers}\n    values: {layout: staffer}\n"
    ),
    "_layouts/staffer.html": '<div class="staffer"><h3>{{ page.name }}</h3>{{ content }}</div>\n',
    "_staffers/kevin.md": "---\nname: Ada Byron\nrole: Instructor\n---\nSome **bold** text.\n",
    "staff.md": (
        "---\ntitle: Staff\n---\n"
        "{% assign instructors = site.staffers | where: 'role', 'Instructor' %}\n"
        "{% for staffer in instructors %}\n{{ staffer }}\n{% endfor %}\n\n"
        "Content: {{ site.staffers[0].content | strip_html }}\n\n"
        "Output: {{ site.staffers[0].output | size }}\n"
    ),
}


def _page(tmp_path: Path, files: dict[str, str]) -> str:
    source, output = tmp_path / "site", tmp_path / "out"
    write_files(source, files)
    result = run_build(source=source, output=output)
    assert result.errors == 0
    return (output / "staff.html").read_text(encoding="utf-8")


def test_a_document_shown_whole_is_its_content_in_its_layout(tmp_path: Path) -> None:
    page = _page(tmp_path, _SITE)
    card = page.split('<div class="staffer">')[1].split("</div>")[0]
    # Its own name, not its file's; an HTML block, kept as written (as kramdown
    # keeps it: no typography).
    assert card.startswith("<h3>Ada Byron</h3>")
    assert "<strong>bold</strong>" in card
    content = page.split("Content:")[1].split("</p>")[0]
    assert "Some" in content and "staffer" not in content  # without the layout
    assert page.count('class="staffer"') == 1  # once: the output's size is a number
    output = page.split("Output:")[1].split("</p>")[0].replace("&nbsp;", "")
    assert int(output) > len("Some <strong>bold</strong> text.")


def test_the_layouts_stop_at_the_site_s_frame(tmp_path: Path) -> None:
    framed = {
        **_SITE,
        "_layouts/staffer.html": "---\nlayout: default\n---\n"
        '<div class="staffer">{{ content }}</div>\n',
        "_layouts/default.html": "<!DOCTYPE html><html><body>{{ content }}</body></html>",
    }
    page = _page(tmp_path, framed)
    assert page.count('class="staffer"') == 1
    assert page.lower().count("<!doctype") == 1  # the theme's page, no second frame


def test_a_layout_that_shows_its_own_documents_ends(tmp_path: Path) -> None:
    looping = {
        **_SITE,
        "_layouts/staffer.html": '<div class="staffer">{{ content }}'
        "{% for s in site.staffers %}[{{ s }}]{% endfor %}</div>\n",
    }
    page = _page(tmp_path, looping)
    # Within its own layout, a document shows its content.
    assert "[<p>Some <strong>bold</strong>" in page


def test_a_post_s_content_counts_its_words_as_jekyll_s(tmp_path: Path) -> None:
    # typogrify's widont joins a block's last two words with a no-break
    # space; kramdown does not, and a list that cuts a post's text at a
    # count of words (BAIR's, offconvex's) cuts it where Jekyll does.
    page = _page(
        tmp_path,
        {
            "_config.yml": "title: Blog\n",
            "_posts/2024-01-01-p.md": "---\ntitle: P\n---\nOne two three four five six.\n",
            "staff.md": "---\ntitle: Staff\n---\n"
            "{% for post in site.posts %}<p class=cut>"
            "{{ post.content | strip_html | truncatewords: 5 }}</p>{% endfor %}\n",
        },
    )
    assert "<p class=cut>One two three four five...</p>" in page

"""Pages that are their site's frame: no text of their own, all of it in the layouts.

Jekyll shows there what the frame shows (a résumé from ``_config.yml``, a
landing page of includes), where the theme would show an empty page.
"""

from __future__ import annotations

from tests.conftest import SiteBuilder


def test_a_page_with_no_text_whose_frame_shows_the_site_s_data_is_that_frame(
    build_site: SiteBuilder,
) -> None:
    # A résumé theme's home: `layout: default` and nothing else; its frame
    # shows every section from _config.yml. The theme would show an empty
    # page; Jekyll shows the résumé. A page with text of its own, and a
    # frame that lists the posts (which the theme lists too), stay themed.
    frame = (
        "<!DOCTYPE html>\n<html><body><h1>{{ site.name }}</h1>"
        "{% for section in site.sections %}<section><h2>{{ section.title }}</h2>"
        "<p>{{ section.text }}</p></section>{% endfor %}{{ content }}"
        "</body></html>\n"
    )
    result, output = build_site(
        {
            "_config.yml": (
                "title: Ada\nname: Ada Example\nsections:\n"
                "  - {title: Work, text: Engines}\n  - {title: Study, text: Maths}\n"
            ),
            "_layouts/default.html": frame,
            "_layouts/blog.html": frame.replace("site.sections", "site.posts"),
            "index.md": "---\nlayout: default\n---\n\n<!-- all in the layout -->\n",
            "about.md": "---\nlayout: default\ntitle: About\n---\nHello.\n",
            "blog.md": "---\nlayout: blog\ntitle: Blog\n---\n",
            "_posts/2024-01-02-first.md": "---\ntitle: First\n---\nHi.\n",
        }
    )
    assert result.errors == 0, result.messages
    home = (output / "index.html").read_text(encoding="utf-8")
    assert home.startswith("<!DOCTYPE html>\n<html><body><h1>Ada Example</h1>")
    assert "<h2>Work</h2><p>Engines</p>" in home and "<h2>Study</h2>" in home
    assert "site.css" not in home
    for themed in ("about.html", "blog.html"):
        page = (output / themed).read_text(encoding="utf-8")
        assert 'class="site-header"' in page, themed
    assert "Hello." in (output / "about.html").read_text(encoding="utf-8")


def test_a_page_with_no_text_whose_layouts_never_show_it_is_that_layout(
    build_site: SiteBuilder,
) -> None:
    # A landing theme: `index.html` is `layout: front` and nothing else, and
    # the frame, made of includes, never prints `content`.
    result, output = build_site(
        {
            "_config.yml": "title: Studio\n",
            "_layouts/front.html": (
                "<!DOCTYPE html>\n<html><body>{% include hero.html %}"
                "{% include services.html %}</body></html>\n"
            ),
            "_includes/hero.html": "<header class=hero>We build things</header>",
            "_includes/services.html": "<section>Design, code, care.</section>",
            "index.html": "---\nlayout: front\n---\n",
            "contact.html": "---\nlayout: front\ntitle: Contact\n---\n<p>Write.</p>\n",
        }
    )
    assert result.errors == 0, result.messages
    home = (output / "index.html").read_text(encoding="utf-8")
    assert home == (
        "<!DOCTYPE html>\n<html><body><header class=hero>We build things</header>"
        "<section>Design, code, care.</section></body></html>\n"
    )
    # A page with text of its own shows it, in the theme.
    contact = (output / "contact.html").read_text(encoding="utf-8")
    assert "Write." in contact and 'class="site-header"' in contact

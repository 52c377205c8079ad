"""Jekyll's own rules where they differ from what a build might guess.

Each case is a small site written here, of the shapes real sites have.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from jekyll_common.errors import ConfigError
from jekyll_tasks.runner import run_build
from tests.conftest import SiteBuilder

POSTS = {
    f"_posts/2024-01-{day:02d}-post-{day}.md": f"---\ntitle: Post {day}\n---\nText {day}.\n"
    for day in range(1, 8)
}


def test_index_html_is_paginated_whenever_paginate_is_set(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    # Hydeout: the post list is in the theme's layout; the page has no Liquid.
    files = {
        "_config.yml": "title: T\npaginate: 3\n",
        "index.html": "---\nlayout: index\ntitle: Home\n---\n",
        **POSTS,
    }
    result, output = build_site(files)
    assert result.errors == 0
    assert (output / "page2/index.html").is_file()
    assert (output / "page3/index.html").is_file()
    assert not (output / "page4").exists()
    # A warm build (the read cache kept) writes them again.
    again = run_build(source=tmp_path / "site", output=output)
    assert again.errors == 0
    assert (output / "page3/index.html").is_file()


def test_the_paginated_page_is_the_deepest_index_up_from_paginate_path(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    # jekyll-paginate's template page, checked against Jekyll: the index.html
    # of paginate_path's folder or of one above it, the deepest there is.
    listing = "{% for p in paginator.posts %}[{{ p.title }}]{% endfor %}"
    files = {
        "_config.yml": "title: T\npaginate: 3\npaginate_path: /posts/page/:num/\n",
        "index.html": "---\n---\n<p class=at>ROOT " + listing + "</p>\n",
        **POSTS,
    }
    result, output = build_site(files)
    assert result.errors == 0

    def shown(page: str) -> str:
        html = (output / page).read_text(encoding="utf-8")
        return " ".join(
            BeautifulSoup(html, "html.parser").select_one("p.at").get_text().split()
        )

    assert shown("index.html") == "ROOT [Post 7][Post 6][Post 5]"
    assert shown("posts/page/3/index.html") == "ROOT [Post 1]"
    # A deeper candidate takes over: the home page has no paginator then.
    (tmp_path / "site" / "posts").mkdir()
    (tmp_path / "site" / "posts" / "index.html").write_text(
        "---\n---\n<p class=at>POSTS " + listing + "</p>\n", encoding="utf-8"
    )
    result = run_build(source=tmp_path / "site", output=output)
    assert result.errors == 0
    assert shown("index.html") == "ROOT"
    assert shown("posts/index.html") == "POSTS [Post 7][Post 6][Post 5]"
    assert shown("posts/page/2/index.html") == "POSTS [Post 4][Post 3][Post 2]"


def test_site_pages_lists_the_plugins_pages_as_jekyll_does(
    build_site: SiteBuilder,
) -> None:
    files = {
        "_config.yml": "title: T\n",
        "about.md": "---\ntitle: About\nredirect_from: /old/\n---\nA.\n",
        "all.md": (
            "---\ntitle: All\n---\n{% for p in site.pages %}[{{ p.url }}]{% endfor %}\n"
        ),
        "_posts/2024-01-01-a.md": "---\ntitle: A\ntags: [Python]\n---\nA.\n",
    }
    result, output = build_site(files)
    assert result.errors == 0
    page = BeautifulSoup(
        (output / "all.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert page.select_one("div.content").get_text().strip() == (
        "[/about.html][/all.html][/old/][/redirects.json][/tag/python/]"
        "[/feed.xml][/sitemap.xml][/robots.txt]"
    )


def test_pages_of_an_included_underscore_folder_keep_it_in_their_url(
    build_site: SiteBuilder,
) -> None:
    # academicpages: `include: [_pages]`; a page there without a permalink.
    files = {
        "_config.yml": "title: T\npermalink: pretty\ninclude: [_pages]\n",
        "_pages/dropdown.md": "---\ntitle: Dropdown\n---\nD.\n",
        "_pages/about.md": "---\ntitle: About\npermalink: /about/\n---\nA.\n",
    }
    result, output = build_site(files)
    assert result.errors == 0
    assert (output / "_pages/dropdown/index.html").is_file()
    assert (output / "about/index.html").is_file()
    assert not (output / "dropdown").exists()


def test_any_file_with_front_matter_in_a_collection_is_a_document(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    files = {
        "_config.yml": "title: T\ncollections:\n  recipes:\n    output: true\n",
        "_recipes/bread": "---\ntitle: Bread\n---\nFlour {{ page.title }}.\n",
        "_recipes/soup.txt": "---\ntitle: Soup\n---\nWater.\n",
        "_recipes/notes.csv": "no,front,matter\n",
    }
    for attempt in ("cold", "warm"):
        result, output = build_site(files)
        assert result.errors == 0, attempt
        assert (output / "recipes/bread").read_text().strip() == "Flour Bread.", attempt
        assert (output / "recipes/soup.txt").is_file(), attempt
        # Its other files are copied under the collection's URL, as Jekyll does.
        assert (output / "recipes/notes.csv").read_text() == "no,front,matter\n"
        assert not (output / "_recipes").exists(), attempt


def test_an_included_collection_folder_s_files_are_copied_twice_as_jekyll_does(
    build_site: SiteBuilder,
) -> None:
    # A lab site: `include: [_projects]` "to include the images", which its
    # pages name at /_projects/<name>/; checked against Jekyll 4.3.1.
    files = {
        "_config.yml": "title: T\ncollections:\n  projects:\n    output: true\n"
        "    permalink: /projects/:name/\ninclude: [_projects]\n",
        "_projects/shown/p.md": "---\ntitle: P\n---\n![x](/_projects/shown/i.png)\n",
        "_projects/shown/i.png": "png",
        # Inside the included folder, a dot-folder is left out, as Jekyll does.
        "_projects/.hidden/private.txt": "not for the site",
    }
    for attempt in ("cold", "warm"):
        result, output = build_site(files)
        assert result.errors == 0 and result.warnings == 0, attempt
        assert (output / "_projects/shown/i.png").read_text() == "png", attempt
        assert (output / "projects/i.png").read_text() == "png", attempt
        assert (output / "projects/p/index.html").is_file(), attempt
        assert not (output / "_projects/.hidden").exists(), attempt


def test_a_picture_shows_its_image_where_the_site_lacks_its_copies(
    build_site: SiteBuilder,
) -> None:
    picture = (
        '<picture><source srcset="{{ "/img/x-480.webp" | relative_url }} 480w">'
        '<source srcset="/img/y.webp"><img src="/img/x.png" alt="X"></picture>'
    )
    files = {
        "_config.yml": "title: T\nbaseurl: /lab\n",
        "page.html": f"---\n---\n{picture}\n",
        "img/x.png": "png",
        "img/y.webp": "webp",
    }
    result, output = build_site(files)
    assert result.errors == 0
    page = (output / "page.html").read_text(encoding="utf-8")
    assert "x-480.webp" not in page  # a copy no one made: its image shows
    assert 'srcset="/img/y.webp"' in page and 'src="/img/x.png"' in page


def test_jekyll_imagemagick_s_webp_copies_are_made_where_a_page_names_them(
    build_site: SiteBuilder,
) -> None:
    # al-folio's figures, with the plugin listed and enabled.
    png = io.BytesIO()
    Image.linear_gradient("L").resize((1000, 500)).save(png, "PNG")
    files = {
        "_config.yml": "title: T\nplugins: [jekyll-imagemagick]\nimagemagick:\n"
        "  enabled: true\n  widths: [480, 800]\n  input_directories: [assets/img]\n"
        "  input_formats: ['.png']\n",
        "page.html": '---\n---\n<picture><source srcset="/assets/img/x-480.webp '
        '480w, /assets/img/x-800.webp 800w"><img src="/assets/img/x.png"></picture>\n',
        "assets/img/x.png": png.getvalue(),
    }
    result, output = build_site(files)
    assert result.errors == 0 and result.warnings == 0
    assert "x-480.webp 480w" in (output / "page.html").read_text(encoding="utf-8")
    for width in (480, 800):
        with Image.open(output / f"assets/img/x-{width}.webp") as copy:
            assert (copy.format, copy.size) == ("WEBP", (width, width // 2))


def test_links_to_markdown_files_lead_to_their_pages_as_on_github_pages(
    build_site: SiteBuilder,
) -> None:
    files = {
        "_config.yml": "title: T\nbaseurl: /course\ncollections:\n  notes:\n"
        "    output: true\n",
        "index.md": "---\n---\n[Setup](docs/setup.md#run), [a note](_notes/n.md)\n",
        "docs/setup.md": "---\ntitle: Setup\n---\n## Run\n",
        "_notes/n.md": "---\ntitle: N\n---\nN.\n",
    }
    for attempt in ("cold", "warm"):
        result, output = build_site(files)
        assert result.errors == 0, attempt
        home = (output / "index.html").read_text(encoding="utf-8")
        assert 'href="/course/docs/setup.html#run"' in home, attempt
        # A collection's document only when the site asks (the plugin's rule).
        assert 'href="_notes/n.md"' in home, attempt
    # The page moves: a warm build writes the link anew.
    files["docs/setup.md"] = "---\ntitle: Setup\npermalink: /setup/\n---\n## Run\n"
    _, output = build_site(files)
    assert 'href="/course/setup/#run"' in (output / "index.html").read_text()
    files["_config.yml"] += "relative_links:\n  enabled: false\n"
    _, output = build_site(files)
    assert 'href="docs/setup.md#run"' in (output / "index.html").read_text()


def test_a_page_in_another_language_is_served_under_its_folder(
    build_site: SiteBuilder,
) -> None:
    # A multi-language al-folio: one permalink, a page in each language.
    files = {
        "_config.yml": "title: T\nplugins: [jekyll-polyglot]\n"
        "languages: [en, ja]\ndefault_lang: en\nlang_from_path: true\n",
        "_pages/en/about.md": "---\ntitle: About\npermalink: /about/\n---\nHello.\n",
        "_pages/ja/about.md": "---\ntitle: About\npermalink: /about/\n---\nKonnichiwa.\n",
        "_posts/2024-01-01-news.md": "---\ntitle: News\nlang: ja\n---\nNews.\n",
    }
    result, output = build_site(files)
    assert result.errors == 0
    assert "Hello." in (output / "about/index.html").read_text(encoding="utf-8")
    japanese = (output / "ja/about/index.html").read_text(encoding="utf-8")
    assert "Konnichiwa." in japanese
    assert (output / "ja/2024/01/01/news.html").is_file()
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert not any("all have the URL" in w for w in warnings)
    assert sum("jekyll-polyglot" in w for w in warnings) == 1


def test_the_site_s_own_blog_index_wins_over_the_theme_s_list(
    build_site: SiteBuilder,
) -> None:
    files = {
        "_config.yml": "title: T\npaginate: 2\npaginate_path: /blog/page:num/\n",
        "blog/index.html": (
            "---\ntitle: Blog\n---\n"
            "{% for post in paginator.posts %}<h2>{{ post.title }}</h2>{% endfor %}\n"
        ),
        **dict(list(POSTS.items())[:3]),
    }
    result, output = build_site(files)
    assert result.errors == 0
    first = BeautifulSoup((output / "blog/index.html").read_text(), "html.parser")
    assert [h.get_text().replace("\xa0", " ") for h in first.select(".content h2")] == [
        "Post 3",
        "Post 2",
    ]
    later = BeautifulSoup((output / "blog/page2/index.html").read_text(), "html.parser")
    assert [h.get_text().replace("\xa0", " ") for h in later.select(".content h2")] == [
        "Post 1"
    ]


def test_an_unknown_placeholder_in_the_site_s_permalink_stops_the_build_once(
    build_site: SiteBuilder,
) -> None:
    files = {"_config.yml": "title: T\npermalink: /:yaer/:title/\n", **POSTS}
    with pytest.raises(ConfigError, match=r"_config.yml:2: permalink .* uses :yaer"):
        build_site(files)


def test_an_author_of_any_letters_builds_without_complaint(
    build_site: SiteBuilder,
) -> None:
    # A theme's placeholder as the site's author, and a name in Chinese.
    result, output = build_site(
        {
            "_config.yml": "title: T\nauthor:\n  name: <firstname> <lastname>\n",
            "_posts/2024-01-01-a.md": "---\ntitle: A\nauthor: 黄玄\n---\nA.\n",
            "_posts/2024-01-02-b.md": "---\ntitle: B\n---\nB.\n",
            "static.txt": "a file Pelican gives the site's author too\n",
        }
    )
    assert (result.errors, result.warnings) == (0, 0), result.messages
    post = (output / "2024/01/01/a.html").read_text(encoding="utf-8")
    assert "黄玄" in post
    site_author = (output / "2024/01/02/b.html").read_text(encoding="utf-8")
    assert "&lt;firstname&gt; &lt;lastname&gt;" in site_author


@pytest.mark.parametrize("listed", [True, False])
def test_jemoji_shortcodes_are_emoji_where_the_site_lists_it(
    build_site: SiteBuilder, listed: bool
) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: T\n" + ("plugins: [jemoji]\n" if listed else ""),
            "_posts/2024-01-01-a.md": (
                '---\ntitle: "Launch :rocket:"\n---\nShipped :tada: `:tada:`\n'
            ),
            # jemoji's filter, where code is left alone otherwise.
            "wave.html": "---\n---\n<pre>{{ ':wave:' | emojify }}</pre>\n",
        }
    )
    assert result.errors == 0
    wave = (output / "wave.html").read_text(encoding="utf-8")
    assert ("<pre>👋</pre>" if listed else "<pre>:wave:</pre>") in wave
    post = BeautifulSoup(
        (output / "2024/01/01/a.html").read_text(encoding="utf-8"), "html.parser"
    )
    text = " ".join(post.select_one(".content").get_text().split())  # no widow
    if listed:
        assert post.h1.get_text() == "Launch 🚀"
        assert "Shipped 🎉" in text and ":tada:" in post.code.get_text()
    else:
        assert post.h1.get_text() == "Launch :rocket:"
        assert "Shipped :tada:" in text


def test_a_folder_s_readme_is_its_index_where_it_has_none(
    build_site: SiteBuilder,
) -> None:
    # GitHub Pages' jekyll-readme-index: a repository published as it is.
    result, output = build_site(
        {
            "README.md": "# My Project\n\nHello from the readme.\n",
            "docs/README.md": "# Docs\n\nThe manual.\n",
            "notes/README.md": "Notes' readme.\n",
            "notes/index.md": "---\ntitle: Notes\n---\nThe notes' own index.\n",
            "_private/README.md": "Not published.\n",
        }
    )
    assert (result.errors, result.warnings) == (0, 0), result.messages
    home = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    text = " ".join(home.select_one(".content").get_text().split())  # no widow
    assert "Hello from the readme." in text
    assert "manual." in (output / "docs/index.html").read_text("utf-8")
    assert "own index" in (output / "notes/index.html").read_text("utf-8")
    assert (output / "README.md").is_file()  # its copy stays at its address
    assert not (output / "README.html").exists()


def test_a_readme_gives_way_to_a_page_at_its_folder_s_address(
    build_site: SiteBuilder,
) -> None:
    result, output = build_site(
        {
            # Not read as a page at all: what it embeds is not the site's.
            "README.md": "# Repo\n\nHow to build this site.\n![shot](shot.png)\n",
            "_pages/about.md": "---\ntitle: About\npermalink: /\n---\nThe real home.\n",
        }
    )
    assert (result.errors, result.warnings) == (0, 0), result.messages
    assert (output / "README.md").is_file()
    home = (output / "index.html").read_text("utf-8")
    assert "The real home." in home and "How to build" not in home


def test_a_document_at_a_folder_s_address_is_its_index_html(
    build_site: SiteBuilder,
) -> None:
    # choosealicense.com's licenses: `.txt` documents of a collection at
    # /licenses/:path/, in their layout. Checked against Jekyll: a document
    # is written as index.html whatever it is, a page as index with its own
    # extension; the blank lines after the front matter go with it.
    result, output = build_site(
        {
            "_config.yml": (
                "collections:\n  things:\n    output: true\n"
                "    permalink: /things/:path/\n"
            ),
            "_layouts/l.html": "L[{{ content }}]\n",
            "_things/t.txt": "---\nlayout: l\n---\n\n  \ndoc text <b>\n",
            "p.txt": "---\npermalink: /page-txt/\nlayout: l\n---\npage text <b>\n",
        }
    )
    assert result.errors == 0
    assert (output / "things/t/index.html").read_text() == "L[doc text <b>\n]\n"
    assert (output / "page-txt/index.txt").read_text() == "L[page text <b>\n]\n"
    assert not (output / "things/t/index.txt").exists()


def test_a_post_named_without_its_date_is_built_and_named(
    build_site: SiteBuilder, tmp_path: Path
) -> None:
    # offconvex's stale copy of a post: `_posts/connectivity-6.md`, dated in
    # its front matter. Jekyll reads no such file as a post; this build does
    # (as the bundled blog's own post needs) and says so, warm or cold.
    files = {
        "_config.yml": "title: T\n",
        "_posts/copy-6.md": "---\ntitle: Copy\ndate: 2019-06-16 19:00:00\n---\nA.\n",
        "_posts/2019-06-16-original.md": "---\ntitle: Original\n---\nA.\n",
        "_drafts/idea.md": "---\ntitle: Idea\n---\nB.\n",
    }
    drafts = {"JEKYLL_DRAFTS": True}
    result, output = build_site(files, **drafts)
    again = run_build(source=tmp_path / "site", output=output, overrides=drafts)
    for build in (result, again):
        named = [m for _, m in build.messages if "named without a date" in m]
        assert len(named) == 1, build.messages
        assert "_posts/copy-6.md (2019-06-16, from front matter)" in named[0]
        assert "2019-06-16-original" not in named[0] and "idea" not in named[0]
    assert (output / "2019/06/16/copy-6.html").is_file()


def test_a_document_knows_its_collection(build_site: SiteBuilder) -> None:
    # choosealicense.com's footer loads its scripts where
    # `page.collection == "licenses"`. Checked against Jekyll: a post's is
    # "posts", a page has none.
    shown = "<p class=c>[{{ page.collection }}]</p>\n"
    result, output = build_site(
        {
            "_config.yml": "collections:\n  things:\n    output: true\n",
            "_things/u.md": "---\ntitle: U\n---\n" + shown,
            "_posts/2020-01-01-p.md": "---\ntitle: P\n---\n" + shown,
            "g.md": "---\ntitle: G\n---\n" + shown,
        }
    )
    assert result.errors == 0
    for page, collection in (
        ("things/u.html", "[things]"),
        ("2020/01/01/p.html", "[posts]"),
        ("g.html", "[]"),
    ):
        text = BeautifulSoup((output / page).read_text(), "html.parser")
        assert text.select_one("p.c").get_text() == collection, page

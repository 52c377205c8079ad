"""Theme features on small inline sites: author profile, navigation, home list."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.conftest import SiteBuilder

CONFIG = """
title: Lab notes
author:
  name: Ada Lovelace
  bio: Engines & numbers
  github: ada
  googlescholar: https://scholar.example/ada
  orcid: https://orcid.org/0000-0000-0000-0001
  email: ada@example.org
"""


def soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_author_profile_and_navigation_order(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": CONFIG,
            "about.md": "---\ntitle: About\nnav_order: 2\nauthor_profile: true\n---\nHi.\n",
            "cv.md": "---\ntitle: CV\nsidebar_sort_order: 1\n---\nCV.\n",
            "misc.md": "---\ntitle: Misc\n---\nTitled: in the main menu, after.\n",
            "aside.md": "---\ntitle: Aside\nnav_exclude: true\n---\nOpts out.\n",
            "side.md": "---\ntitle: Side\nsidebar_link: false\n---\nOpts out.\n",
            "untitled.md": "No front matter, no title of its own.\n",
            "_posts/2020-01-01-a.md": "---\ntitle: A\n---\nPost.\n",
        }
    )
    assert result.errors == 0
    about = soup(output / "about.html")
    profile = about.select_one(".author-profile")
    assert profile.select_one(".author-name").get_text() == "Ada Lovelace"
    assert profile.select_one(".author-bio").get_text() == "Engines & numbers"
    links = {a.select_one("span").get_text(): a["href"] for a in profile.select("a")}
    assert links == {
        "Email": "mailto:ada@example.org",
        "GitHub": "https://github.com/ada",
        "Google Scholar": "https://scholar.example/ada",
        "ORCID": "https://orcid.org/0000-0000-0000-0001",
    }
    nav = [a.get_text() for a in about.select(".site-nav a")]
    # Ordered pages first, then the other titled pages; no tags, no Tags
    # link; Search is a link on a phone only (the form stands for it).
    assert nav == ["CV", "About", "Misc", "Blog", "Feed", "Search"]
    assert about.select_one('.site-nav a[aria-current="page"]').get_text() == "About"
    # The footer lists what the site asks for (none here), never every page;
    # the author and their places are on every page.
    assert about.select(".site-footer nav a") == []
    footer_author = about.select_one(".site-footer .footer-author")
    assert footer_author.select_one(".footer-author__name").get_text() == "Ada Lovelace"
    assert len(footer_author.select("a svg.place-icon")) == 4
    cv = soup(output / "cv.html")
    assert cv.select_one(".author-profile") is None


def test_home_is_the_post_list_without_a_home_document(build_site: SiteBuilder) -> None:
    _, output = build_site(
        {
            "_config.yml": "title: Lab notes\n",
            "_posts/2020-01-01-first.md": "---\ntitle: First\n---\nOne.\n",
            "_posts/2020-02-01-second.md": "---\ntitle: Second\n---\nTwo.\n",
        }
    )
    home = soup(output / "index.html")
    assert [a.get_text() for a in home.select(".post-list h2 a")] == ["Second", "First"]


def test_a_site_404_page_wins_over_the_theme(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {"404.md": "---\ntitle: Lost\npermalink: /404.html\n---\nCustom.\n"}
    )
    assert result.errors == 0
    assert "Custom." in (output / "404.html").read_text(encoding="utf-8")


def test_a_404_page_at_any_of_its_addresses_is_not_in_the_navigation(
    build_site: SiteBuilder,
) -> None:
    files = {
        "404.md": "---\ntitle: 404 - Page not found\npermalink: /404\n---\nLost.\n",
        "about.md": "---\ntitle: About\n---\nHi.\n",
    }
    _, output = build_site(files)
    nav = soup(output / "about.html").select(".site-nav a")
    assert "About" in [a.get_text() for a in nav]
    assert not [a for a in nav if "404" in a.get_text() or "404" in a["href"]]


def test_a_theme_s_nav_list_leads_where_the_site_serves_its_pages(
    build_site: SiteBuilder,
) -> None:
    _, output = build_site(
        {
            "_config.yml": (
                "baseurl: /lab\nnav:\n"
                "  - name: About\n    link: /lab/\n"
                "  - name: Contact\n    link: contact\n"
            ),
            "index.md": "---\ntitle: About\n---\nHi.\n",
            "contact.md": "---\ntitle: Contact\n---\nMail.\n",
            "_posts/2024-01-01-news.md": "---\ntitle: News\n---\nNew.\n",
        }
    )
    nav = soup(output / "contact.html").select(".site-nav > ul > li")
    links = [
        (li.get_text(strip=True), a["href"] if (a := li.a) else None) for li in nav
    ]
    assert links[:2] == [("About", "/lab/"), ("Contact", "/lab/contact.html")]
    assert ("Blog", "/lab/blog/") in links and ("Feed", "/lab/feed.xml") in links
    about = soup(output / "index.html").select(".site-nav a")
    assert ("Contact", "/lab/contact.html") in [
        (a.get_text(), a["href"]) for a in about
    ]


def test_navigation_yml_is_the_main_navigation(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": CONFIG,
            "_data/navigation.yml": (
                "main:\n"
                "  - title: Publications\n    url: /publications/\n"
                "  - title: Group\n    children:\n"
                "      - title: People\n        url: /people/\n"
                "      - title: Code\n        url: https://code.example/lab\n"
                "  - url: /no-title/\n"
            ),
            "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\nP.\n",
            "people.md": "---\ntitle: People\npermalink: /people/\nnav_order: 1\n---\nP.\n",
        }
    )
    assert result.errors == 0
    page = soup(output / "publications" / "index.html")
    top = [
        li.find(["a", "span"]).get_text() for li in page.select(".site-nav > ul > li")
    ]
    # No posts: no blog list nor feed to link to, from any page.
    assert top == ["Publications", "Group", "Search"]
    assert not (output / "blog").exists()
    for theme_page in ("404.html", "search/index.html"):
        assert "/blog/" not in (output / theme_page).read_text(), theme_page
    # An entry with children only is a label that opens its menu, not a link.
    assert page.select_one(".site-nav__label").get_text() == "Group"
    children = page.select(".site-nav__children a")
    assert [(a.get_text(), a["href"]) for a in children] == [
        ("People", "/people/"),
        ("Code", "https://code.example/lab"),
    ]
    assert (
        page.select_one('.site-nav a[aria-current="page"]').get_text() == "Publications"
    )
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert any(
        "navigation.yml: main entry 3 needs a title and a url" in w for w in warnings
    )


def test_no_profile_no_side_column_and_no_broken_photo(build_site: SiteBuilder) -> None:
    page = "---\ntitle: About\nauthor_profile: true\n---\nHi.\n"
    result, output = build_site({"_config.yml": "author: Ada\n", "about.md": page})
    about = soup(output / "about.html")
    assert about.select_one(".layout.with-aside") is None
    assert about.select_one(".author-profile") is None
    result, output = build_site(
        {
            "_config.yml": "author:\n  name: Ada\n  avatar: ada.png\n",
            "about.md": page,
            "images/other.png": b"\x89PNG",
        }
    )
    about = soup(output / "about.html")
    assert about.select_one(".layout.with-aside .author-profile") is not None
    assert about.select_one(".author-photo") is None
    assert any("photo 'ada.png' is not in the site" in m for _, m in result.messages)
    (output.parent / "site" / "images" / "ada.png").write_bytes(b"\x89PNG")
    result, output = build_site({"about.md": page})
    photo = soup(output / "about.html").select_one(".author-photo")
    assert photo["src"] == "/images/ada.png"  # where academicpages keeps it


def test_the_header_names_each_destination_once(build_site: SiteBuilder) -> None:
    # Hydeout's shape: its own tags page, a paginated home and a Blog page.
    result, output = build_site(
        {
            "_config.yml": "title: Lab\npaginate: 1\n",
            "index.html": "---\nlayout: default\ntitle: Home\n---\n"
            "{% for p in paginator.posts %}{{ p.title }}{% endfor %}\n",
            "tags.md": "---\ntitle: Tags\nlayout: tags\n---\n",
            "blog.md": "---\ntitle: Blog\n---\nAll posts.\n",
            "_posts/2020-01-01-a.md": "---\ntitle: A\ntags: [x]\n---\nA.\n",
            "_posts/2020-01-02-b.md": "---\ntitle: B\ntags: [x]\n---\nB.\n",
            "_posts/2020-01-03-c.md": "---\ntitle: C\n---\nC.\n",
        }
    )
    assert result.errors == 0
    assert (output / "page2" / "index.html").is_file()
    nav = [a.get_text() for a in soup(output / "index.html").select(".site-nav a")]
    assert nav.count("Tags") == 1 and nav.count("Blog") == 1
    assert "Home" not in nav  # page 2, 3... of the home list are no menu entries


def test_a_list_s_excerpt_never_repeats_the_title(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: Lab\n",
            "_posts/2020-01-01-a.md": "---\ntitle: Energy\n---\n# Energy\n\nFirst words.\n",
            "_posts/2020-01-02-b.md": "---\ntitle: Other\n---\n## Setup\n\nSecond.\n",
        }
    )
    assert result.errors == 0
    home = soup(output / "index.html")
    excerpts = [e.decode_contents().strip() for e in home.select(".post-list .excerpt")]
    assert not any("Energy" in e for e in excerpts)
    assert any("Setup" in e for e in excerpts)  # a heading that is not the title stays


def test_the_footer_lists_only_what_the_site_asks_for(build_site: SiteBuilder) -> None:
    files = {
        "_config.yml": "title: Lab\n",
        "privacy.md": "---\ntitle: Privacy\nfooter: true\n---\nP.\n",
        "README.md": "---\ntitle: README\n---\nRead me.\n",
        "misc.md": "---\ntitle: Misc\nnav_exclude: true\n---\nM.\n",
    }
    _, output = build_site(files)
    footer = [
        a.get_text() for a in soup(output / "privacy.html").select(".site-footer nav a")
    ]
    assert footer == ["Privacy"]
    files["_data/navigation.yml"] = (
        "footer:\n  - title: Code\n    url: https://git.example/lab\n"
    )
    _, output = build_site(files)
    links = soup(output / "privacy.html").select(".site-footer nav a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Code", "https://git.example/lab")
    ]


def test_the_tags_page_lists_each_tag_with_its_count_and_posts(
    build_site: SiteBuilder,
) -> None:
    _, output = build_site(
        {
            "_posts/2020-01-01-a.md": "---\ntitle: A\ntags: [optics, lasers]\n---\nA.\n",
            "_posts/2020-01-02-b.md": "---\ntitle: B\ntags: [optics]\n---\nB.\n",
        }
    )
    tags = BeautifulSoup((output / "tags/index.html").read_text(), "html.parser")
    index = [li.get_text(" ", strip=True) for li in tags.select("ul.taxonomy li")]
    assert index == ["lasers (1)", "optics (2)"]
    sections = {
        section.h2.a.get_text(): (
            section.h2.a["href"],
            [li.a.get_text() for li in section.select("ul.post-titles li")],
        )
        for section in tags.select("section.listing")
    }
    assert sections == {
        "lasers": ("/tag/lasers/", ["A"]),
        "optics": ("/tag/optics/", ["B", "A"]),
    }
    assert tags.select_one("ul.post-titles time")["datetime"].startswith("2020-01-0")


def test_an_excerpt_shows_no_broken_image_and_names_its_frame(
    build_site: SiteBuilder,
) -> None:
    # The frame on a line of its own: inside a line of text kramdown shows
    # an <iframe> tag as text. The excerpt runs to the separator.
    post = (
        "---\ntitle: Clip\nexcerpt_separator: <!--more-->\n---\n"
        "![the clip's first frame](/gone.png)\n\n"
        '<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n'
        "<!--more-->\n\nMore.\n"
    )
    _, output = build_site({"_posts/2020-01-01-clip.md": post})
    excerpt = soup(output / "index.html").select_one(".post-list .excerpt")
    assert excerpt.select("img") == []
    assert excerpt.select_one(".image-missing").get_text() == "the clip's first frame"
    assert excerpt.select_one("iframe")["title"] == "YouTube video"


def test_a_page_s_relative_image_is_found_where_its_address_puts_it(
    build_site: SiteBuilder,
) -> None:
    # The source is in pages/, the page at the root: images/ is the root's.
    page = (
        "---\ntitle: Guide\npermalink: /guide.html\n---\n"
        "![a diagram](images/diagram.gif)\n\n![gone](images/gone.gif)\n"
    )
    gif = (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9"
        b"\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00"
        b"\x02\x02D\x01\x00;"
    )
    result, output = build_site(
        {
            "pages/guide.md": page,
            "images/diagram.gif": gif,
            "pages/images/gone.gif": gif,
        }
    )
    guide = soup(output / "guide.html")
    image = guide.select_one("img")
    assert (image["src"], image["alt"], image["width"]) == (
        "images/diagram.gif",
        "a diagram",
        "1",
    )
    # Beside the source file only: the browser would not find it there.
    assert guide.select_one(".image-missing").get_text() == "gone"
    warnings = [m for level, m in result.messages if level == "WARNING"]
    assert any(
        "embeds 'images/gone.gif' (from the page's address /guide.html: "
        "/images/gone.gif), which is not in the site" in w
        for w in warnings
    )


def test_a_page_opening_with_its_title_shows_it_once(build_site: SiteBuilder) -> None:
    _, output = build_site(
        {
            "research.md": "---\ntitle: Research\n---\n# Research\n\nWhat we do.\n",
            "team.md": "---\ntitle: Team\n---\n## Team\n\nWho we are.\n",
            # Titled by its opening h2 (Researcher's home): shown once.
            "me.md": "---\nlayout: default\n---\n## About Me\n\nHi.\n",
        }
    )
    me = soup(output / "me.html")
    assert me.get_text().count("About Me") == 2  # the <title> and one heading
    assert me.select_one("h1.document-title").get_text() == "About Me"
    research = soup(output / "research.html")
    assert [h.get_text(strip=True) for h in research.select("h1")] == ["Research"]
    assert research.select_one(".content h1") is not None  # the text as written
    team = soup(output / "team.html")
    assert team.select_one("h1.document-title").get_text() == "Team"


def test_a_post_opening_with_its_title_shows_it_once(build_site: SiteBuilder) -> None:
    # A notebook exported as an HTML post opens with its title in a cell.
    post = (
        "---\ntitle: Beta priors\n---\n<div class=cell><div class=prompt></div>"
        "<div class=inner><h1 id=beta>Beta priors</h1><p>Counts.</p></div></div>\n"
    )
    _, output = build_site({"_posts/2024-05-17-beta.html": post})
    page = soup(output / "2024/05/17/beta.html")
    # The text as Jekyll rendered it, its heading the post's only one.
    assert [h.get_text(strip=True) for h in page.select("h1")] == ["Beta priors"]
    assert page.select_one(".content h1#beta") is not None
    assert page.select_one(".content div.inner p").get_text() == "Counts."


POSTS = {
    f"_posts/2020-01-0{day}-p{day}.md": f"---\ntitle: Post {day}\n---\nText {day}.\n"
    for day in range(1, 6)
}


def test_a_home_that_leaves_its_list_to_a_layout_lists_each_page_s_posts(
    build_site: SiteBuilder,
) -> None:
    # Tale's shape: `home` (a layout the theme replaces) loops the paginator.
    result, output = build_site(
        {
            "_config.yml": "title: Tales\npaginate: 2\n",
            "_layouts/home.html": "{% for post in paginator.posts %}{{ post.title }}"
            "{% endfor %}",
            "index.html": "---\nlayout: home\ntitle: Home\n---\n",
            **POSTS,
        }
    )
    assert result.errors == 0
    pages = ["index.html", "page2/index.html", "page3/index.html"]
    shown = [soup(output / page) for page in pages]
    titles = [
        [" ".join(a.get_text().split()) for a in page.select(".post-list h2 a")]
        for page in shown
    ]
    assert titles == [["Post 5", "Post 4"], ["Post 3", "Post 2"], ["Post 1"]]
    links = [
        {a["rel"][0]: a["href"] for a in page.select(".pagination a")} for page in shown
    ]
    assert links == [
        {"next": "/page2/"},
        {"prev": "/", "next": "/page3/"},
        {"prev": "/page2/"},
    ]
    assert shown[1].select_one("h1").get_text() == "Tales"  # the home page's heading


def test_a_home_that_lists_its_posts_itself_gets_no_second_list(
    build_site: SiteBuilder,
) -> None:
    # Lanyon's shape: the page's own text loops the paginator.
    result, output = build_site(
        {
            "_config.yml": "title: Lab\npaginate: 2\n",
            "index.html": "---\nlayout: default\ntitle: Home\n---\n"
            "{% for post in paginator.posts %}<p class=own>{{ post.title }}</p>"
            "{% endfor %}",
            **POSTS,
        }
    )
    assert result.errors == 0
    for page, titles in (
        ("index.html", ["Post 5", "Post 4"]),
        ("page2/index.html", ["Post 3", "Post 2"]),
    ):
        shown = soup(output / page)
        assert [" ".join(p.get_text().split()) for p in shown.select("p.own")] == titles
        assert shown.select(".post-list") == []


def test_a_site_layout_that_lists_the_paginator_lists_each_page_s_posts(
    build_site: SiteBuilder,
) -> None:
    # A layout the theme does not know, rendered around the page: it sees
    # the paginator of the page it is rendered for, as in Jekyll.
    result, output = build_site(
        {
            "_config.yml": "title: Lab\npaginate: 2\n",
            "_layouts/stream.html": "---\nlayout: default\n---\n{{ content }}"
            "{% for post in paginator.posts %}<p class=own>{{ post.title }}</p>"
            "{% endfor %}<p class=at>{{ paginator.page }}</p>",
            "index.html": "---\nlayout: stream\ntitle: Home\n---\n<p>Hello.</p>\n",
            **POSTS,
        }
    )
    assert result.errors == 0
    for page, titles, at in (
        ("index.html", ["Post 5", "Post 4"], "1"),
        ("page3/index.html", ["Post 1"], "3"),
    ):
        shown = soup(output / page)
        assert [" ".join(p.get_text().split()) for p in shown.select("p.own")] == titles
        assert shown.select_one("p.at").get_text() == at
        assert "Hello." in shown.get_text()
        assert shown.select(".post-list") == []


def test_a_subtitle_is_shown_under_the_title_as_text(build_site: SiteBuilder) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: Lab\n",
            "_posts/2020-01-01-a.md": "---\ntitle: A\nsubtitle: 'Why <script>x</script>"
            "engines &amp; numbers'\n---\nText.\n",
            "grid.md": "---\ntitle: Grid\nteaser: Grids in <em>colour</em>\n---\nText.\n",
        }
    )
    assert result.errors == 0
    post = soup(output / "2020/01/01/a.html").select_one(".document .subtitle")
    assert post is not None and post.get_text() == "Why xengines & numbers"
    page = soup(output / "grid.html").select_one(".document .subtitle")
    assert page is not None and page.decode_contents() == "Grids in colour"


def test_the_home_page_loads_math_when_a_post_it_lists_shows_some(
    build_site: SiteBuilder,
) -> None:
    # The home page's own text has no math; the excerpt of a post it lists
    # below it does. An about page at "/" lists the posts too.
    files = {
        "_config.yml": "title: Lab\n",
        "about.md": "---\ntitle: About\npermalink: /\n---\nHello.\n",
        "_posts/2020-01-01-m.md": "---\ntitle: M\n---\n$$E = mc^2$$\n",
    }
    result, output = build_site(files)
    assert result.errors == 0
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "tex-chtml-full.js" in home and "E = mc^2" in home
    files["_posts/2020-01-01-m.md"] = "---\ntitle: M\n---\nNo formula.\n"
    _, output = build_site(files)
    assert "tex-chtml-full.js" not in (output / "index.html").read_text(
        encoding="utf-8"
    )

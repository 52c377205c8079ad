from jekyll_theme_pages.navigation import (
    NavItem,
    NavPage,
    declared,
    from_header_pages,
    from_pages,
    leads_to_posts,
    opts_out,
    served_as,
)


def test_navigation_yml_main_with_children_and_bad_entries() -> None:
    items, problems = declared(
        {
            "navigation": {
                "main": [
                    {"title": "Papers", "url": "/papers/"},
                    {"title": "Out", "url": "https://elsewhere.example/"},
                    {
                        "title": "More",
                        "children": [{"title": "CV", "url": "/cv/"}, "x"],
                    },
                    {"title": "Bad", "url": "/../etc/"},
                    {"url": "/untitled/"},
                ]
            }
        },
        {},
    )
    assert items == [
        NavItem("Papers", "papers/"),
        NavItem("Out", "https://elsewhere.example/", external=True),
        NavItem("More", None, children=(NavItem("CV", "cv/"),)),
    ]
    assert len(problems) == 3
    assert problems[0].startswith("_data/navigation.yml: main 3 children entry 2 ")


def test_no_list_means_the_pages_decide() -> None:
    assert declared({}, {}) == (None, [])
    assert declared({"navigation": {"footer": []}}, {"menu": "x"}) == (None, [])
    # A list of which no entry can be a link is no navigation.
    items, problems = declared({"navigation": {"main": [{"url": "/a/"}]}}, {})
    assert items is None and len(problems) == 1


PAPERS = {"title": "Papers", "url": "/papers/"}


def test_each_theme_s_own_list_is_the_navigation() -> None:
    expected = [NavItem("Papers", "papers/")]
    # So Simple: the data file is the list.
    assert declared({"navigation": [PAPERS]}, {}) == (expected, [])
    # Alembic, Hydejack: in _config.yml; the data file's main list wins.
    assert declared({}, {"navigation_header": [PAPERS]}) == (expected, [])
    assert declared({}, {"menu": [PAPERS]}) == (expected, [])
    other = {"navigation": {"main": [{"title": "Talks", "url": "/talks/"}]}}
    assert declared(other, {"menu": [PAPERS]})[0] == [NavItem("Talks", "talks/")]
    # TeXt: titles by language, the site's first.
    entry = {"titles": {"en": "Archive", "fr": "Archives"}, "url": "/archive.html"}
    header = {"navigation": {"header": [entry]}}
    assert declared(header, {"lang": "fr-CA"})[0] == [
        NavItem("Archives", "archive.html")
    ]
    assert declared(header, {})[0] == [NavItem("Archive", "archive.html")]


def test_beautiful_jekyll_s_names_to_addresses() -> None:
    links = {
        "About Me": "aboutme",
        "Resources": {"Jekyll": "https://jekyllrb.com", "Notes": "/notes/"},
    }
    items, problems = declared({}, {"navbar-links": links})
    assert items == [
        NavItem("About Me", "aboutme"),
        NavItem(
            "Resources",
            None,
            children=(
                NavItem("Jekyll", "https://jekyllrb.com", external=True),
                NavItem("Notes", "notes/"),
            ),
        ),
    ]
    assert problems == []


def test_al_folio_s_chosen_pages_alone() -> None:
    pages = [
        NavPage("CV", "cv/", 2.0, False, chosen=True),
        NavPage("Drafts", "drafts/", None, False),
        NavPage("Papers", "papers/", 1.0, False, chosen=True),
    ]
    assert from_pages(pages) == [NavItem("Papers", "papers/"), NavItem("CV", "cv/")]


def test_pages_ordered_then_titled_then_none_that_opt_out() -> None:
    pages = [
        NavPage("Zeta", "zeta/", None, False),
        NavPage("Second", "second/", 2, False),
        NavPage("alpha", "alpha/", None, False),
        NavPage("First", "first/", 1, False),
        NavPage(None, "untitled/", None, False),
        NavPage("Hidden", "hidden/", None, True),
    ]
    assert [i.title for i in from_pages(pages)] == ["First", "Second", "alpha", "Zeta"]


def test_past_a_few_pages_the_shallowest_stay_and_the_rest_are_under_more() -> None:
    pages = [
        NavPage(f"Deep {n}", f"notes/deep-{n}/", None, False) for n in range(4)
    ] + [NavPage(f"Top {n}", f"top-{n}/", None, False) for n in range(4)]
    pages.append(NavPage("Placed", "placed/", 1, False))
    items = from_pages(pages)
    assert [i.title for i in items] == [
        "Placed",
        "Deep 0",
        "Top 0",
        "Top 1",
        "Top 2",
        "Top 3",
        "More",
    ]  # fmt: skip (kept: the shallowest; shown: in the pages' order)
    assert [c.title for c in items[-1].children] == ["Deep 1", "Deep 2", "Deep 3"]
    assert items[-1].url is None


def test_a_title_shows_once_in_the_header() -> None:
    pages = [NavPage("Assignment 1", f"a{n}/", None, False) for n in range(5)]
    pages += [NavPage(f"Notes {n}", f"n{n}/", None, False) for n in range(5)]
    items = from_pages(pages)
    assert [i.title for i in items] == [
        "Assignment 1", "Notes 0", "Notes 1", "Notes 2", "Notes 3", "Notes 4", "More"
    ]  # fmt: skip
    assert [c.url for c in items[-1].children] == ["a1/", "a2/", "a3/", "a4/"]


def test_long_titles_leave_fewer_links_in_the_header() -> None:
    long = "Installing the tools, the packages and every other prerequisite"
    pages = [NavPage(f"Page {n}", f"page-{n}/", None, False) for n in range(9)]
    items = from_pages(pages)
    shown = [i.title for i in items[:-1]]
    assert shown == [f"Page {n}" for n in range(6)]
    pages = [NavPage(long, "a/", None, False), *pages]
    items = from_pages(pages)
    # The first in order stays however long; then as many as 60 characters allow.
    assert [i.title for i in items] == [long, "More"]
    assert [c.title for c in items[-1].children] == [long, *shown][1:] + [
        f"Page {n}" for n in range(6, 9)
    ]


def test_header_pages_name_the_pages_in_their_order() -> None:
    pages = [
        NavPage("About", "about/", None, False, "about.md"),
        NavPage("CV", "cv/", None, False, "pages/cv.md"),
        NavPage(None, "untitled/", None, False, "untitled.md"),
    ]
    items, problems = from_header_pages(
        ["pages/cv.md", "about.md", "untitled.md", "gone.md"], pages
    )
    assert items == [NavItem("CV", "cv/"), NavItem("About", "about/")]
    assert problems == [
        "_config.yml: header_pages names 'gone.md', which is not a page of the "
        "site; it was left out"
    ]
    assert from_header_pages(None, pages) == (None, [])
    items, problems = from_header_pages("about.md", pages)
    assert items is None and "should be a list" in problems[0]


def test_opting_out() -> None:
    assert opts_out({"nav_exclude": True}) and opts_out({"sidebar_link": False})
    assert not opts_out({"nav_exclude": "no", "sidebar_link": True})
    assert opts_out({"sitemap": False}) and not opts_out({"sitemap": True})


def test_a_navigation_with_a_post_list_entry_needs_no_second_one() -> None:
    assert leads_to_posts(
        [NavItem("Publications", "/p/"), NavItem("Blog Posts", "/y/")]
    )
    assert leads_to_posts([NavItem("blog", "/b/")])
    assert not leads_to_posts(
        [NavItem("Weblogs we read", "/w/"), NavItem("CV", "/cv/")]
    )


def test_an_entry_title_written_in_html_is_its_words() -> None:
    items, _ = declared(
        {
            "navigation": {
                "main": [
                    {"title": "Terms &amp; Privacy Policy", "url": "/terms/"},
                    {"title": "<b>Blog</b>", "url": "/blog/"},
                    {"title": "<script>x</script>", "url": "/s/"},
                ]
            }
        },
        {},
    )
    assert [item.title for item in items or []] == [
        "Terms & Privacy Policy",
        "Blog",
        "<script>x</script>",  # escaped by the template, every character shown
    ]


def test_researcher_s_names_and_links_written_with_the_baseurl() -> None:
    items, problems = declared(
        {},
        {
            "baseurl": "/researcher/",
            "nav": [
                {"name": "About", "link": "/researcher/"},
                {"name": "Resume", "link": "resume.pdf"},
                {"name": "Contact", "link": "contact"},
                {"name": "Elsewhere", "link": "/researcherx/"},
            ],
        },
    )
    assert problems == []
    assert items == [
        NavItem("About", ""),  # the home page, a link still
        NavItem("Resume", "resume.pdf"),
        NavItem("Contact", "contact"),
        NavItem("Elsewhere", "researcherx/"),
    ]
    # GitHub Pages serves contact.html at contact: the link leads to the file.
    assert served_as(items, {"", "contact.html"})[2] == NavItem(
        "Contact", "contact.html"
    )
    assert served_as(items, {"contact", "contact.html"})[2].url == "contact"


def test_the_documentation_theme_s_topnav_links_and_dropdowns() -> None:
    topnav = {
        "topnav": [
            {
                "title": "Topnav",
                "items": [
                    {"title": "GitHub", "external_url": "https://github.example/d"},
                    {"title": "News", "url": "/news"},
                ],
            }
        ],
        "topnav_dropdowns": [
            {
                "title": "Dropdowns",
                "folders": [
                    {
                        "title": "Products",
                        "folderitems": [{"title": "One", "url": "/p1.html"}],
                    },
                    "not a folder",
                ],
            }
        ],
    }
    items, problems = declared({"topnav": topnav}, {})
    assert items == [
        NavItem("GitHub", "https://github.example/d", external=True),
        NavItem("News", "news"),
        NavItem("Products", None, children=(NavItem("One", "p1.html"),)),
    ]
    assert problems == []

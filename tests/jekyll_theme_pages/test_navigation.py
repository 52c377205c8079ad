from jekyll_theme_pages.navigation import (
    NavItem,
    NavPage,
    from_data,
    from_pages,
    leads_to_posts,
    opts_out,
)


def test_navigation_yml_main_with_children_and_bad_entries() -> None:
    items, problems = from_data(
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
        }
    )
    assert items == [
        NavItem("Papers", "papers/"),
        NavItem("Out", "https://elsewhere.example/", external=True),
        NavItem("More", None, children=(NavItem("CV", "cv/"),)),
    ]
    assert len(problems) == 3
    assert problems[0].startswith("_data/navigation.yml: main 3 children entry 2 ")


def test_no_main_list_means_the_pages_decide() -> None:
    assert from_data({}) == (None, [])
    assert from_data({"navigation": {"footer": []}}) == (None, [])


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


def test_opting_out() -> None:
    assert opts_out({"nav_exclude": True}) and opts_out({"sidebar_link": False})
    assert not opts_out({"nav_exclude": "no", "sidebar_link": True})


def test_a_navigation_with_a_post_list_entry_needs_no_second_one() -> None:
    assert leads_to_posts(
        [NavItem("Publications", "/p/"), NavItem("Blog Posts", "/y/")]
    )
    assert leads_to_posts([NavItem("blog", "/b/")])
    assert not leads_to_posts(
        [NavItem("Weblogs we read", "/w/"), NavItem("CV", "/cv/")]
    )

from jekyll_markdown.mentions import link_mentions, mentions_base


def test_names_in_text_link_and_others_are_left_alone() -> None:
    html = (
        "<p>Thanks @parkr, @mattr-! mail a@b.c <code>@x</code> "
        '<a href="/">@y</a> @z/repo</p>'
    )
    assert link_mentions(html, "https://github.com") == (
        '<p>Thanks <a href="https://github.com/parkr" class="user-mention">@parkr</a>'
        ', <a href="https://github.com/mattr-" class="user-mention">@mattr-</a>! '
        'mail a@b.c <code>@x</code> <a href="/">@y</a> @z/repo</p>'
    )


def test_only_sites_that_list_the_plugin_link_names() -> None:
    assert mentions_base({}) is None
    assert mentions_base({"plugins": ["jekyll-feed"]}) is None
    assert mentions_base({"plugins": ["jekyll-mentions"]}) == "https://github.com"
    assert (
        mentions_base(
            {"gems": ["jekyll-mentions"], "jekyll-mentions": "https://t.example/"}
        )
        == "https://t.example"
    )
    # A base that is not a web address is not used.
    config = {"plugins": ["jekyll-mentions"], "jekyll-mentions": "javascript:x"}
    assert mentions_base(config) == "https://github.com"

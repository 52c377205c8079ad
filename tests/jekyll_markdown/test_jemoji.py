"""jemoji's shortcodes as the emoji they name, outside code."""

from jekyll_markdown.jemoji import uses_jemoji, with_emoji


def test_shortcodes_in_text_are_emoji_and_code_is_left_alone() -> None:
    html = (
        '<p>Released :tada: :+1::heart: at 10:30:45, <a href="/:x:/">:sparkles:</a>'
        " :no_such_emoji:</p><pre><code>:tada:</code></pre><p><code>:gem:</code></p>"
    )
    assert with_emoji(html) == (
        '<p>Released 🎉 👍❤️ at 10:30:45, <a href="/:x:/">✨</a>'
        " :no_such_emoji:</p><pre><code>:tada:</code></pre><p><code>:gem:</code></p>"
    )


def test_text_without_shortcodes_is_returned_as_it_is() -> None:
    assert with_emoji("<p>a: b</p>") == "<p>a: b</p>"


def test_only_sites_that_list_the_plugin() -> None:
    assert not uses_jemoji({})
    assert not uses_jemoji({"plugins": ["jekyll-feed"], "gems": "jemoji"})
    assert uses_jemoji({"plugins": ["jekyll-feed", "jemoji"]})
    assert uses_jemoji({"gems": ["jemoji"]})

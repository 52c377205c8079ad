from pathlib import Path

from tests.jekyll_liquid.test_renderer import make_renderer

# What jekyll-avatar 0.8 wrote for this tag on jekyllrb.com.
ASHMAROLI = (
    '<img class="avatar avatar-small" alt="ashmaroli" width="24" height="24" '
    'data-proofer-ignore="true" src="https://avatars0.githubusercontent.com/'
    'ashmaroli?v=3&amp;s=24" srcset="https://avatars0.githubusercontent.com/'
    "ashmaroli?v=3&amp;s=24 1x, https://avatars0.githubusercontent.com/ashmaroli"
    "?v=3&amp;s=48 2x, https://avatars0.githubusercontent.com/ashmaroli?v=3&amp;"
    's=72 3x, https://avatars0.githubusercontent.com/ashmaroli?v=3&amp;s=96 4x" />'
)


def test_avatar_is_jekyll_avatar_s_img(tmp_path: Path) -> None:
    renderer = make_renderer(tmp_path)
    page = {"author": "ashmaroli"}
    rendered = renderer.render("{% avatar user=page.author size=24 %}", page, "p.md")
    assert rendered.text == ASHMAROLI
    assert 'class="avatar" alt="hubot" width="48"' in (
        renderer.render("{% avatar @hubot size=48 %}", {}, "p.md").text
    )


def test_avatar_of_a_name_github_cannot_have_is_nothing(tmp_path: Path) -> None:
    page = {"author": '"><script>x</script>'}
    rendered = make_renderer(tmp_path).render(
        "{% avatar user=page.author %}", page, "p.md"
    )
    assert rendered.text == ""


def test_feed_meta_is_jekyll_feed_s_link(tmp_path: Path) -> None:
    # As jekyll-feed writes it: type, rel, the feed's absolute URL, the title.
    renderer = make_renderer(tmp_path, settings={"title": 'Lab "A" & B'})
    assert renderer.render("{% feed_meta %}", {}, "p.md").text == (
        '<link type="application/atom+xml" rel="alternate" '
        'href="https://lab.example/base/feed.xml" title="Lab &quot;A&quot; &amp; B" />'
    )
    moved = make_renderer(tmp_path, settings={"feed": {"path": "atom.xml"}})
    assert 'href="https://lab.example/base/atom.xml"' in (
        moved.render("{% feed_meta %}", {}, "p.md").text
    )


def test_details_is_al_folio_s_box_caption_and_body_from_markdown(
    tmp_path: Path,
) -> None:
    # The caption as written (its Liquid not run), the body rendered first;
    # each through Markdown, the caption without its paragraph tags.
    rendered = make_renderer(tmp_path).render(
        "{% details Click *{{ x }}* %}\n{{ page.title }} text\n{% enddetails %}",
        {"title": "T"},
        "p.md",
    )
    assert rendered.text == (
        "<details><summary>Click *{{ x }}*</summary><p>\nT text\n</p></details>"
    )

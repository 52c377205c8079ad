import pytest

from jekyll_liquid.translate import (
    LinkResolver,
    condition,
    output_expression,
    translate,
)

RESOLVER = LinkResolver(
    include_key=lambda name, _relative: None if name == "missing.html" else name,
    post_path={"2020-01-02-other": "_posts/2020-01-02-other.md"}.get,
)


@pytest.mark.parametrize(
    ("liquid", "jinja"),
    [
        ("page.title", "page.title"),
        ("page.title | upcase", "(page.title) | lq_upcase()"),
        ('x | date: "%Y" | size', '((x) | lq_date("%Y")) | lq_size()'),
        ("x | truncatewords: 3, '…'", "(x) | lq_truncatewords(3, '…')"),
        ("'a|b' | split: '|'", "('a|b') | lq_split('|')"),
        ("nil", "none"),
        ("(1..3)", "range(1, (3) + 1)"),
        ("forloop.index", "loop.index"),
    ],
)
def test_output_expressions(liquid: str, jinja: str) -> None:
    assert output_expression(liquid) == jinja


@pytest.mark.parametrize(
    ("liquid", "jinja"),
    [
        ("a == 1", "(a == 1)"),
        ("a <> b", "(a != b)"),
        ("tags contains 'x'", "lq_contains(tags, 'x')"),
        ("list == empty", "lq_is_empty(list)"),
        ("list != blank", "(not lq_is_empty(list))"),
        ("a and b or c", "(lq_truthy(a) and (lq_truthy(b) or lq_truthy(c)))"),
    ],
)
def test_conditions(liquid: str, jinja: str) -> None:
    assert condition(liquid) == jinja


def test_tags_translate() -> None:
    source = translate(
        "{% if a %}x{% elsif b %}y{% else %}z{% endif %}"
        "{% unless c %}u{% endunless %}"
        "{% for i in list limit:2 offset:1 reversed %}{{ i }}{% endfor %}"
        "{% assign n = 1 | plus: 2 %}{% capture c %}cap{% endcapture %}"
        "{% case x %}{% when 1, 2 %}one{% else %}other{% endcase %}"
        "{% comment %}gone{% endcomment %}{% raw %}{{ kept }}{% endraw %}"
        "{% include note.html text='hi' %}{% link _pages/about.md %}"
        "{% post_url 2020-01-02-other %}",
        RESOLVER,
    )
    assert source.unknown == []
    assert source.missing_includes == []
    text = source.source
    assert (
        "{% if lq_truthy(a) %}x{% elif lq_truthy(b) %}y{% else %}z{% endif %}" in text
    )
    assert "{% if not lq_truthy(c) %}u{% endif %}" in text
    assert "{% for i in lq_slice(list, 1, 2, True) %}" in text
    assert "{% set n = (1) | lq_plus(2) %}" in text
    assert "{% set c %}cap{% endset %}" in text
    assert "{% if lq_case == 1 or lq_case == 2 %}one{% else %}other{% endif %}" in text
    assert "gone" not in text
    assert '{{ "{{ kept }}" }}' in text
    assert (
        '{% with include = {"text": \'hi\'} %}{% include "note.html" %}{% endwith %}'
        in text
    )
    assert "{filename}/_pages/about.md" in text
    assert "{filename}/_posts/2020-01-02-other.md" in text


def test_unknown_tags_are_kept_as_text_and_missing_includes_render_nothing() -> None:
    result = translate(
        "{% mystery x %} {% include missing.html %} {% post_url nope %}", RESOLVER
    )
    assert result.unknown == ["mystery x", "post_url nope (no such post)"]
    assert result.missing_includes == ["missing.html"]
    assert '{{ "{% mystery x %}" }}' in result.source
    assert "missing.html" not in result.source


def test_jinja_comment_syntax_in_text_is_not_swallowed() -> None:
    assert "{{ '{#' }}" in translate("a {# b #} c", RESOLVER).source


def test_the_site_address_before_a_link_tag_leaves_the_link_whole() -> None:
    for prefix in (
        "{{ site.baseurl }}",
        "{{site.url}}{{site.baseurl}}",
        "{{ base_path }}",
    ):
        source = translate(
            f'<a href="{prefix}{{% post_url 2020-01-02-other %}}">', RESOLVER
        )
        assert 'href="{filename}/_posts/2020-01-02-other.md"' in source.source

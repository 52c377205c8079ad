"""Typography gives typogrify's output with every filter on, byte for byte.

Save two fixes: typogrify's caps filter drops the space after dotted initials
("P. C. (2016)"), so the oracle is typogrify with that filter fixed
(``jekyll_markdown.capitals``, tested against typogrify's own elsewhere);
and its SmartyPants opens single quotes kramdown closes (Jan'18, the '80s),
so they are closed after it (``kramdown_apostrophes``, tested against
kramdown below).
"""

from __future__ import annotations

import html
import re
from unittest.mock import patch

import pytest
import smartypants
from hypothesis import given, settings
from hypothesis import strategies as st
from typogrify import filters

from jekyll_markdown.capitals import wrap_capitals
from jekyll_markdown.typography import (
    _TYPOGRIFY_SKIP,
    educated,
    ignored_sections,
    kramdown_apostrophes,
    typographic_html,
    typographic_text,
    widont,
)
from tests.jekyll_markdown.oracle.compare import kramdown_html

# Pieces that typogrify's filters act on, and the tags around them.
PIECES = st.sampled_from(
    [" ", "\n", "&", " & ", "&amp;", " &amp; ", "&#38;", "&nbsp;", "&nbsp;&amp; ",
     "KU", "K", "U", "2KU2", "D.O.T. ", "A.", "JIMMY'S", "word", "words here",
     '"', "'", "--", "---", "...", "`", "``", "''", "\\", "&quot;", "&ldquo;",
     "<p>", "</p>", "<h2>", "</h2>", "<li>", "</li>", "<a href=\"/A&B\">", "</a>",
     "<em>", "</em>", "<code>", "</code>", "<pre>", "</pre>", "<kbd>", "</kbd>",
     '<span title="One & TWO">', "</span>", "<!-- NB -->", "<!-- a -- b -->",
     "<samp>", "</samp>", "<TT>", "</tt>", "<script>", "</script>", "<preview>",
     "<", ">", "\\'", '\\"', "\\\\", "\\.", "\\-", "\\`", ". . .", "'80s", "x'",
     "&#8220;", "-", ".", "a"]
)  # fmt: skip


@given(st.lists(PIECES, max_size=30).map("".join))
def test_typography_equals_typogrify_with_every_filter(fragment: str) -> None:
    curled = filters.smartypants
    with (
        patch.object(filters, "caps", wrap_capitals),
        patch.object(filters, "smartypants", lambda t: kramdown_apostrophes(curled(t))),
    ):
        expected = filters.typogrify(fragment, _TYPOGRIFY_SKIP)
    assert typographic_html(fragment) == expected


# Parts typography leaves alone, closed or not, in any case.
SKIPPED = st.sampled_from(
    ["<code>", "</code>", "<CODE>", "</Code>", "<kbd class='k'>", "</kbd>", "<pre>",
     "</PRE>", "<code <kbd>", "<math>", "</math>", "<title>", "</title>", "<style>",
     "</style>", "<codex>", "x", " ", "<p>", "</p>", "\n", "<", ">"]
)  # fmt: skip


@given(st.lists(SKIPPED, max_size=40).map("".join))
def test_ignored_sections_are_typogrify_s(fragment: str) -> None:
    assert ignored_sections(fragment) == filters.process_ignores(
        fragment, _TYPOGRIFY_SKIP
    )


def test_tags_never_closed_are_read_once() -> None:
    # typogrify read to the end at each: 200,000 took minutes; a test run
    # that completes is the proof (no timing).
    fragment = "<kbd>x " * 200_000
    assert ignored_sections(fragment) == [(fragment, True)]


@given(st.lists(PIECES, max_size=30).map("".join))
def test_educated_equals_smartypants(fragment: str) -> None:
    assert educated(fragment) == smartypants.smartypants(fragment)


@pytest.mark.parametrize(
    "text", ["'a'", '"a"', "&quot;a&quot;", "``a''", "a -- b", "a --- b", "a...",
             "a. . .", "\\'a"],
)  # fmt: skip
def test_educated_acts_on_each_thing_smartypants_changes(text: str) -> None:
    fragment = f"<p>{text}</p>"
    assert educated(fragment) == smartypants.smartypants(fragment) != fragment


def test_a_lone_quote_is_curled_by_the_text_before_it() -> None:
    fragment = (
        "<p>say <em>\"</em>x<em>&quot;</em> <em>'</em> <code>x</code><em>'</em></p>"
    )
    assert educated(fragment) == (
        "<p>say <em>&#8220;</em>x<em>&#8221;</em> <em>&#8216;</em> <code>x</code>"
        "<em>&#8217;</em></p>"
    )


def test_typography_still_applies_amp_and_caps_where_they_act() -> None:
    assert typographic_html("<p>R & D at NASA today</p>") == (
        '<p>R <span class="amp">&amp;</span> D at <span class="caps">NASA</span>'
        "&nbsp;today</p>"
    )


# Pieces that widont's pattern reads: words, spaces of several kinds, the
# block and inline tags it names, and tags that only look like them.
WIDONT_PIECES = st.sampled_from(
    ["word", "x", "&nbsp;", " ", "  ", "\n", "\t", "\xa0", "\u2009", "\x1c",
     "<p>", "</p>", "</h2>", "</h7>", "</li>", "</dt>", "</dd>", "</div>", "</P>",
     "<a href='/x y'>", "</a>", "<em>", "</em>", "</span>", "</strong>", "</i>",
     "</b>", "<b>", "<abbr title='t'>", "<img src=x>", "</blockquote>", "<a <b>",
     "<", ">", "</ a>", "<br/>", "<span class=\"x\">"]
)  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(WIDONT_PIECES, max_size=40).map("".join))
def test_widont_equals_typogrifys(fragment: str) -> None:
    assert widont(fragment) == filters.widont(fragment)


@pytest.mark.parametrize(
    "fragment",
    ["<p>one two</p>", "<p><em>one two</em> </p>", "<li>one\n two</li>\n",
     "one two", "<p>one <b>two</b></p><p>three four</p>", "<p><i>a</i> b</p>",
     "<h3><abbr>a</abbr> b</h3>", "<dd><a <b> b</dd>", "<p>one two\n</p>",
     "<p>one <i>x two</i>\xa0</p>", "<p><img src=x> b</p>"],
)  # fmt: skip
def test_widont_joins_the_last_two_words(fragment: str) -> None:
    assert widont(fragment) == filters.widont(fragment) != fragment


@pytest.mark.parametrize(
    "fragment",
    ["<p>a< b</p>", "<p>a <i>b</p>", "<p>one <code>two</code></p>", "<p>one</p>",
     "<p>one two</div>"],
)  # fmt: skip
def test_widont_leaves_what_typogrify_leaves(fragment: str) -> None:
    assert widont(fragment) == filters.widont(fragment) == fragment


@pytest.mark.parametrize(
    ("title", "typographic"),
    [("\"Isn't\" it -- 1990s...", "\u201cIsn\u2019t\u201d it \u2013 1990s\u2026"),
     ("a < b & 'c' --- <em>", "a < b & \u2018c\u2019 \u2014 <em>"),
     ("plain", "plain")],
)  # fmt: skip
def test_a_title_gets_typography_as_characters(title: str, typographic: str) -> None:
    assert typographic_text(title) == typographic


# Quotes where SmartyPants alone would open a single quote kramdown closes,
# or join a doubled one, and what kramdown 2.4 writes (run as Jekyll runs
# it; checked against it live below).
KRAMDOWN_QUOTES = [
    ("from Jan'18 to Jan'21", "from Jan\u201918 to Jan\u201921"),
    ("5'10 tall", "5\u201910 tall"),
    ("[x]'18", "[x]\u201918"),
    ("the '80s", "the \u201980s"),
    ("('80s)", "(\u201880s)"),
    ("and '18 was", "and \u201818 was"),
    ("'tis, rock 'n' roll", "\u2018tis, rock \u2018n\u2019 roll"),
    ("called \u201cperpetual'', as", "called \u201cperpetual\u2019\u2019, as"),
]


@pytest.mark.parametrize(("written", "curled"), KRAMDOWN_QUOTES)
def test_single_quotes_curl_as_kramdown_curls_them(written: str, curled: str) -> None:
    assert typographic_text(written) == curled
    shown = html.unescape(re.sub(r"<[^>]+>", "", typographic_html(f"<p>{written}</p>")))
    assert shown.replace("\u00a0", " ") == curled  # widont's space aside


def test_the_quotes_are_what_kramdown_writes() -> None:
    written = {str(n): text for n, (text, _) in enumerate(KRAMDOWN_QUOTES)}
    rendered = kramdown_html(written)
    for n, (_, curled) in enumerate(KRAMDOWN_QUOTES):
        assert re.sub(r"<[^>]+>", "", rendered[str(n)]).strip() == curled

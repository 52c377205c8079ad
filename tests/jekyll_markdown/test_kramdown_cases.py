"""kramdown's own test cases against real kramdown as Jekyll runs it.

Every case of kramdown 2.4.0 and kramdown-parser-gfm 1.1.0 is rendered by
this project and by Debian's ruby-kramdown (GFM input, Jekyll's options);
the cases whose normal forms agree are the golden list
``kramdown_cases.agree.txt`` (written by ``invoke regen-golden``, reviewed
in its diff). A case that agreed and no longer does fails here; so does one
that now agrees and is not yet in the list, until the list is written again.
Each case fair to a Jekyll site that does not agree has, by hand, the one
reason it cannot in ``kramdown_cases.reasons.txt``.
"""

from __future__ import annotations

import warnings

from bs4 import XMLParsedAsHTMLWarning

from tests.jekyll_markdown.kramdown_cases import DIFFER, GOLDEN, REASONS, agreement


def test_the_cases_that_agree_with_jekyll_s_kramdown_are_the_golden_list() -> None:
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    results = agreement()
    agree = sorted(name for name, (same, _) in results.items() if same)
    golden = GOLDEN.read_text(encoding="utf-8").split()
    assert [n for n in golden if n not in agree] == [], "no longer agree"
    assert [n for n in agree if n not in golden] == [], "agree now: regen-golden"
    fair = [name for name, (_, is_fair) in results.items() if is_fair]
    print(
        f"{len(agree)} of {len(results)} cases agree; "
        f"{sum(results[n][0] for n in fair)} of the {len(fair)} fair ones"
    )


def test_every_case_that_differs_is_listed_with_why() -> None:
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    results = agreement()
    differ = sorted(name for name, (same, _) in results.items() if not same)
    rows = [
        line.split("\t") for line in DIFFER.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(row[0] for row in rows) == differ
    for name, why, where in rows:
        assert why == (
            "fair" if results[name][1] else "kramdown's own options or syntax"
        )
        assert where.startswith("kramdown «")


def test_every_fair_case_that_differs_has_the_one_reason_it_cannot_agree() -> None:
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    results = agreement()
    fair_differ = sorted(n for n, (same, fair) in results.items() if fair and not same)
    reasons = dict(
        line.split("\t") for line in REASONS.read_text(encoding="utf-8").splitlines()
    )
    assert sorted(reasons) == fair_differ  # none missing, none stale
    assert all(len(why) > 20 for why in reasons.values())

"""kramdown's math in Chromium: drawn by the site's own MathJax, nothing fetched elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from jekyll_common.logs import display_path
from jekyll_tasks.runner import run_build
from tests.browser.mathjax import typeset, typeset_page
from tests.conftest import SiteBuilder
from tests.helpers import HANG, PROJECT_ROOT, SiteServer, write_files

POST = """---
title: Notes with math
---
The loss $$\\mathcal{L}(\\theta) = -\\sum_i y_i \\log \\hat{y}_i$$ is "cross-entropy".

$$
\\begin{align}
\\nabla_\\theta \\mathcal{L} &= X^\\top (\\hat{y} - y) \\\\
\\theta &\\leftarrow \\theta - \\eta \\nabla_\\theta \\mathcal{L}
\\end{align}
$$

A broken one, $$\\frac{1}{$$, shows its TeX.
"""


# TeX from a collaborator: a script link and a full-page overlay.
HOSTILE = """---
title: Hostile TeX
---
Click $$\\href{javascript:alert(1)}{here}$$ or
$$\\style{position:fixed;top:0;left:0;width:100%;height:100%}{x}$$.
"""


@pytest.fixture(scope="module")
def math_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("math")
    write_files(
        root / "site",
        {
            "_config.yml": "title: Math\n",
            "_posts/2024-03-04-math.md": POST,
            "about.md": "---\ntitle: About\n---\nNo math here, $5 and $6.\n",
            "_posts/2024-03-05-hostile.md": HOSTILE,
        },
    )
    result = run_build(source=root / "site", output=root / "out", search=True)
    assert result.errors == 0
    assert result.messages == [
        (
            "WARNING",
            f"{display_path(root / 'site' / '_posts' / '2024-03-04-math.md')}:13: the "
            "formula «\\frac{1}{» cannot be drawn (1 { not closed); readers see its "
            "TeX. Fix the formula.",
        )
    ]
    return root / "out"


def test_math_is_drawn_by_the_site_s_own_mathjax(
    browser: Browser, math_site: Path
) -> None:
    server = SiteServer(math_site)
    elsewhere: list[str] = []
    page = browser.new_page(viewport={"width": 900, "height": 700})
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(server.url)
            else elsewhere.append(request.url)
        ),
    )
    try:
        page.goto(f"{server.url}/2024/03/04/math.html")
        page.wait_for_function("() => window.MathJax && MathJax.startup")
        typeset(page)
        assert page.locator("mjx-container").count() == 2
        assert page.locator("mjx-container[display='true']").count() == 1
        assert page.locator("mjx-merror").count() == 0
        # The formula MathJax cannot read is shown as its TeX (and was named).
        assert "\\(\\frac{1}{\\)" in page.locator("article").inner_text()
        assert elsewhere == []
        target = PROJECT_ROOT / "screenshots" / "math-post.png"
        target.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(target), full_page=True)
        page.goto(f"{server.url}/about/")
        assert page.locator("script[src*='mathjax']").count() == 0
    finally:
        page.close()
        server.close()


def test_search_results_show_no_tex(browser: Browser, math_site: Path) -> None:
    server = SiteServer(math_site)
    page = browser.new_page(viewport={"width": 375, "height": 800})
    try:
        page.goto(f"{server.url}/search/?q=loss")
        excerpt = page.locator(".pagefind-ui__result-excerpt").first
        excerpt.wait_for(timeout=HANG * 1000)
        texts = page.locator(".pagefind-ui__result-excerpt").all_inner_texts()
        assert any("The loss … is" in text for text in texts), texts
        for text in texts:
            assert not any(mark in text for mark in ("\\(", "\\)", "$$", "\\sum"))
    finally:
        page.close()
        server.close()


def test_tex_from_text_makes_no_script_link_and_no_overlay(
    browser: Browser, math_site: Path
) -> None:
    with typeset_page(browser, math_site, "2024/03/05/hostile.html") as page:
        assert page.locator("mjx-container").count() == 2
        hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
        assert not any(href.lower().startswith("javascript") for href in hrefs)
        positioned = page.evaluate(
            """() => [...document.querySelectorAll('mjx-container *')]
                .some(e => ['fixed', 'absolute'].includes(getComputedStyle(e).position)
                           && e.getBoundingClientRect().width > 400)"""
        )
        assert positioned is False


# A research post as academicpages and al-folio sites write them: single
# dollars, numbered equations, a macro from the theme's setup, footnotes.
THEMED_POST = r"""---
title: Energy, numbered
---
Mass and energy, $E = mc^2$, over the reals $\RR$.[^1]

$$
\begin{equation}
\norm{x}^2 = \sum_i x_i^2 \label{eq:norm}
\end{equation}
$$

An unnumbered display, and a price of \$5.

$$
a^2 + b^2 = c^2
$$

[^1]: The note keeps its $\RR$ too.
"""
THEMED_HEAD = r"""<script type="text/x-mathjax-config">
  MathJax.Hub.Config({ tex2jax: { inlineMath: [ ['$','$'], ["\\(","\\)"] ] },
    TeX: { equationNumbers: { autoNumber: "AMS" },
           Macros: { RR: "\\mathbb{R}", norm: ["\\left\\lVert #1 \\right\\rVert", 1] } } });
</script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.4/MathJax.js"></script>
"""


def test_math_is_drawn_as_the_site_s_own_setup_draws_it(
    browser: Browser, build_site: SiteBuilder
) -> None:
    result, output = build_site(
        {
            "_config.yml": "title: Themed math\n",
            "_includes/head/custom.html": THEMED_HEAD,
            "_posts/2024-03-06-energy.md": THEMED_POST,
        }
    )
    assert result.errors == 0
    html = (output / "2024" / "03" / "06" / "energy.html").read_text()
    assert '"tags":"ams"' in html and '"RR":"\\\\mathbb{R}"' in html
    with typeset_page(browser, output, "2024/03/06/energy.html") as page:
        article = page.locator("article")
        # Inline dollars drawn (body and note), both displays, no error.
        assert article.locator("mjx-container:not([display])").count() == 3
        assert article.locator("mjx-container[display='true']").count() == 2
        assert page.locator("mjx-merror").count() == 0
        text = article.inner_text()
        assert "$E" not in text and "\\RR" not in text and "\\norm" not in text
        assert "$5" in text  # an escaped dollar is a dollar
        # The equation environment is numbered; the plain display is not.
        assert article.locator("mjx-labels").count() == 1
        numbered = article.locator("mjx-assistive-mml mlabeledtr mtext")
        assert numbered.count() == 1 and numbered.text_content() == "(1)"
        target = PROJECT_ROOT / "screenshots" / "math-themed.png"
        target.parent.mkdir(exist_ok=True)
        article.screenshot(path=str(target))


def test_an_html_post_s_dollar_math_is_drawn_where_the_site_reads_dollars(
    browser: Browser, build_site: SiteBuilder
) -> None:
    # A notebook exported as an HTML post: its math as written, in $...$ and
    # $$...$$, which the site's own MathJax setup reads.
    setup = (
        "<script>MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']]}};"
        "</script>\n"
    )
    post = (
        "---\ntitle: Notebook\n---\n<div class=cell><p>A value $y_t$ in</p>"
        "<p>$$\\sum_i x_i = 1$$</p></div>\n"
    )
    result, output = build_site(
        {
            "_config.yml": "title: Notebooks\n",
            "_includes/mathjax.html": setup,
            "_posts/2024-03-06-notebook.html": post,
        }
    )
    assert result.errors == 0
    with typeset_page(browser, output, "2024/03/06/notebook.html") as page:
        assert page.locator("mjx-container").count() == 2
        assert page.locator("mjx-container[display='true']").count() == 1

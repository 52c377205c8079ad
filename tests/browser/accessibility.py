"""axe-core over built sites: which pages to check, and whose each finding is.

Checking every page of the nine shared sites in both schemes takes about 15
minutes on two cores (axe takes 0.1 to 3 s a page, and a second Chromium
does not help: the machine's two cores are already busy); the crawl checks
one page of each *shape* instead: each theme template with each combination
of the content it styles (code, tables, images, frames, math, forms, a
table of contents, an author's colours), over all the sites, and one page
of each site (its own header, footer and profile): every way the theme can
draw a page is checked, about 85 pages. ``AXE_EVERY_PAGE=1`` checks them all.

A finding is the theme's unless every element it names is in a document's
own body (``.content``) and comes from the author's markup: an image
without alt text (the build names it), a link with no text, a list holding
what a list cannot, a form field with no label, or a colour the author set
(a ``style`` attribute, a ``<font>``, a ``<style>`` in the body). Code
colours are not left to axe: ``test_pygments_css`` proves each token's
contrast in both schemes; MathJax draws in the text's own colour.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

AXE_SCRIPT = Axe().axe_script
EVERY_PAGE = os.environ.get("AXE_EVERY_PAGE") == "1"

# What the theme styles differently inside a page; an author's colours.
_FEATURES = {
    "code": re.compile(r'class="highlight'),
    "table": re.compile(r"<table\b"),
    "image": re.compile(r"<img\b"),
    "frame": re.compile(r"<iframe\b"),
    "math": re.compile(r"\\\(|\\\[|\$\$"),
    "form": re.compile(r"<(?:input|form|select|textarea|button)\b"),
    "toc": re.compile(r'class="[^"]*\btoc\b'),
    "style": re.compile(r'\sstyle="|<style\b|<font\b'),
}
_FIRST_IN_MAIN = re.compile(r'<main[^>]*>\s*<(\w+)(?:[^>]*?class="([^"]*)")?')


def page_shape(html: str) -> tuple[object, ...]:
    """Return what the theme draws on a page: its template, column, contents."""
    start = html.find("<main")
    main = html[start : html.find("</main>", start)]
    first = _FIRST_IN_MAIN.search(html)
    template = (first.group(1), first.group(2) or "") if first else ("", "")
    features = tuple(name for name, found in _FEATURES.items() if found.search(main))
    return template, "with-aside" in html[:start], features


def pages_to_check(pages: Iterable[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """Return (site, path) of the pages to check, from (site, path, html).

    The smallest page of each shape over all the sites (the theme draws a
    shape alike on every site), and the smallest page of each site (its own
    header, footer and profile); or, with ``AXE_EVERY_PAGE=1``, every page.
    The smallest shows its shape as well as the largest, and axe's time
    grows with a page's size.
    """
    if EVERY_PAGE:
        return {(site, path) for site, path, _ in pages}
    chosen: dict[object, tuple[int, str, str]] = {}
    for site, path, html in pages:
        size = (len(html), site, path)
        for key in (page_shape(html), site):
            chosen[key] = min(chosen.get(key, size), size)
    return {(site, path) for _, site, path in chosen.values()}


_RUN = """async ([scheme, authorRules]) => {
  const styled = (element, content) => {
    if (content.querySelector("style, font[color]")) return true;
    for (let e = element; e && e !== content; e = e.parentElement)
      if (e.hasAttribute("style")) return true;
    return false;
  };
  const owner = (rule, node) => {
    const element = node.target.length === 1 ? document.querySelector(node.target[0]) : null;
    const content = element && element.closest(".content");
    if (!content) return "theme";
    if (authorRules.includes(rule)) return "author";
    if (rule === "color-contrast" && styled(element, content)) return "author";
    return "theme";
  };
  // Code tokens and MathJax's own markup are left out: code colours are
  // proven by test_pygments_css, MathJax draws in the text's colour.
  const context = {exclude: [[".highlight pre code"], ["mjx-container"]]};
  const options = {resultTypes: ["violations"]};
  const contrast = {...options, runOnly: {type: "rule", values: ["color-contrast"]}};
  const result = await axe.run(context, scheme === "light" ? options : contrast);
  const found = [];
  for (const v of result.violations)
    if (v.impact === "serious" || v.impact === "critical")
      for (const node of v.nodes)
        found.push([v.id, owner(v.id, node), node.target.join(" "),
                    (node.failureSummary || "").split("\\n").slice(0, 2).join(" ")]);
  return found;
}"""

# Rules whose findings inside a document's body come from its author's markup.
AUTHOR_RULES = [
    "image-alt", "input-image-alt", "role-img-alt", "svg-img-alt", "object-alt",
    "link-name", "list", "listitem", "definition-list", "dlitem", "label",
    "select-name", "nested-interactive",
]  # fmt: skip


def serious_findings(page: Page) -> list[tuple[str, str, str, str, str]]:
    """Return (scheme, rule, owner, element, why) of each serious axe finding.

    Checked in light with every rule, then in dark for contrast; code tokens
    and MathJax's markup are left out (see the module's note).
    """
    page.evaluate(AXE_SCRIPT)
    found = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        found += [(scheme, *f) for f in page.evaluate(_RUN, [scheme, AUTHOR_RULES])]
    page.emulate_media(color_scheme="light")
    return found

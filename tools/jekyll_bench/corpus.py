"""A deterministic synthetic Jekyll blog for benchmarks: N posts of ~600 words.

Each post has YAML front matter (title, date, tags, categories), headings,
a list, links, a code block, inline and display math and an IAL. The same
seed gives the same files, so every tool in a benchmark builds exactly the
same content.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

WORDS = [
    "model",
    "data",
    "learning",
    "network",
    "gradient",
    "simulation",
    "galaxy",
    "star",
    "research",
    "result",
    "method",
    "theory",
    "paper",
    "experiment",
    "measure",
    "signal",
    "noise",
    "error",
    "system",
    "training",
    "sample",
    "energy",
    "field",
    "structure",
    "function",
    "value",
    "time",
    "space",
    "scale",
    "analysis",
    "physics",
    "inference",
    "kernel",
    "equation",
    "solver",
    "memory",
    "layer",
    "attention",
]
TAGS = [f"topic-{n}" for n in range(40)]
CATEGORIES = ["research", "notes", "teaching", "talks", "reviews", "code"]

# What such a blog runs Jekyll with: the default theme, a feed, and tag and
# category archives (whose layout a site writes itself).
_CONFIG = """\
title: Benchmark
url: https://bench.example
permalink: pretty
theme: minima
plugins: [jekyll-feed, jekyll-archives]
jekyll-archives:
  enabled: [tags, categories]
  layout: archive
"""
_ARCHIVE_LAYOUT = """\
---
layout: default
---
<h1>{{ page.title }}</h1>
{% for post in page.posts %}
<article><h2><a href="{{ post.url | relative_url }}">{{ post.title }}</a></h2>
{{ post.excerpt }}</article>
{% endfor %}
"""


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(5))


def post_text(index: int, rng: random.Random) -> str:
    """Return the source of post number ``index``."""
    date = dt.date(2015, 1, 1) + dt.timedelta(days=index % 3000)
    tags = rng.sample(TAGS, 3)
    body = [
        _paragraph(rng),
        "## Background",
        _paragraph(rng),
        f"See [the earlier note](/notes/{(index * 7) % 97}/) and "
        f"[a reference](https://example.org/ref/{index}) for *details* and **more**.",
        "- "
        + _sentence(rng, 6)
        + "\n- "
        + _sentence(rng, 7)
        + "\n- "
        + _sentence(rng, 5),
        "## Method",
        _paragraph(rng),
        "```python\ndef step(x, rate=0.1):\n    return x - rate * grad(x)\n```",
        "## Results",
        _paragraph(rng),
        # Math and an IAL, as research posts have them.
        f"The update $$\\theta_{{t+1}} = \\theta_t - \\eta \\nabla L(\\theta_t)$$ "
        f"converges for $$\\eta < 2/L_{{{index % 9}}}$$.",
        "$$\n\\mathcal{L}(\\theta) = \\frac{1}{n} \\sum_{i=1}^{n} \\ell_i(\\theta)\n$$",
        "A note on the step size.\n{: .note}",
        _paragraph(rng),
        "> " + _sentence(rng, 12),
        _paragraph(rng),
        "## Discussion",
        _paragraph(rng),
        _paragraph(rng),
    ]
    front = (
        f'---\ntitle: "Post {index}: {_sentence(rng, 4)[:-1]}"\n'
        f"date: {date:%Y-%m-%d} 10:{index % 60:02d}:00\n"
        f"tags: [{', '.join(tags)}]\ncategories: [{rng.choice(CATEGORIES)}]\n---\n"
    )
    return front + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, posts: int, seed: int = 42) -> Path:
    """Write a site of ``posts`` posts under ``folder``; returns the folder."""
    rng = random.Random(seed)  # noqa: S311 (test data, not security)
    posts_dir = folder / "_posts"
    posts_dir.mkdir(parents=True, exist_ok=True)
    (folder / "_config.yml").write_text(_CONFIG, encoding="utf-8")
    (folder / "_layouts").mkdir(exist_ok=True)
    (folder / "_layouts" / "archive.html").write_text(_ARCHIVE_LAYOUT, encoding="utf-8")
    (folder / "about.md").write_text(
        "---\ntitle: About\n---\nAbout.\n", encoding="utf-8"
    )
    for index in range(posts):
        date = dt.date(2015, 1, 1) + dt.timedelta(days=index % 3000)
        name = f"{date:%Y-%m-%d}-post-{index}.md"
        (posts_dir / name).write_text(post_text(index, rng), encoding="utf-8")
    return folder

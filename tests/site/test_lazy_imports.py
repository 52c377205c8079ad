"""A build imports what its site uses, and builds the same either way.

Each build runs in a fresh Python, as ``invoke build`` does: a site without
Liquid, BibTeX, Sass or big images never loads python-liquid, bibtexparser,
libsass or Pillow, nor the dev server, the link checker or ctypes (for the
production build's folder swap); a site with all of them (and its search
index) builds to the same bytes whether they are loaded as it needs them or
all before it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import PROJECT_ROOT, write_files

ON_DEMAND = [
    "liquid", "bibtexparser", "sass", "PIL.ImageOps", "ctypes", "emoji",
    "jekyll_liquid.per_build", "jekyll_tasks.devserver", "jekyll_tasks.linkcheck",
]  # fmt: skip

_BUILD = """
import json, sys
from pathlib import Path
if sys.argv[3] == "all":
    import bibtexparser, emoji, liquid, PIL.ImageOps
    import jekyll_liquid.per_build, jekyll_liquid.paginated
from jekyll_tasks.runner import run_build
result = run_build(source=Path(sys.argv[1]), output=Path(sys.argv[2]),
                   overrides={"JEKYLL_CACHE": False}, search=True)
print(json.dumps([result.errors, [m for m in json.loads(sys.argv[4]) if m in sys.modules]]))
"""


def _build(source: Path, output: Path, preload: str = "") -> tuple[int, list[str]]:
    paths = os.pathsep.join(str(PROJECT_ROOT / p) for p in ("plugins", "tools", "."))
    done = subprocess.run(
        [sys.executable, "-c", _BUILD, str(source), str(output), preload,
         json.dumps(ON_DEMAND)],
        cwd=PROJECT_ROOT, env={**os.environ, "PYTHONPATH": paths},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    errors, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return errors, loaded


def test_a_plain_site_loads_nothing_it_does_not_use(tmp_path: Path) -> None:
    write_files(
        tmp_path / "site",
        {
            "_config.yml": "title: Plain\n",
            "_posts/2024-01-01-a.md": "---\ntitle: A\n---\nText, $x$ and `code`.\n",
            "about.md": "---\ntitle: About\n---\nMe.\n",
        },
    )
    assert _build(tmp_path / "site", tmp_path / "out") == (0, [])


FULL_SITE = {
    "_config.yml": "title: Full\npaginate: 1\nplugins: [jemoji]\n",
    "_bibliography/papers.bib": (
        "@article{a, title={Rivers}, author={Ada Lovelace}, year={2020},"
        " journal={Water}}\n"
    ),
    "publications.md": "---\ntitle: Papers\n---\n{% bibliography %}\n",
    "index.html": "---\n---\n{% for post in paginator.posts %}{{ post.title }}{% endfor %}\n",
    "_posts/2024-01-01-a.md": (
        "---\ntitle: A\n---\n{{ site.title }}: $$x^2$$\n\n```python\nx = 1\n```\n"
    ),
    "_posts/2024-01-02-b.md": "---\ntitle: B\n---\nNo Liquid here :tada:\n",
}


def test_a_site_using_everything_builds_the_same_loaded_as_needed(
    tmp_path: Path,
) -> None:
    write_files(tmp_path / "site", FULL_SITE)
    errors, loaded = _build(tmp_path / "site", tmp_path / "lazy")
    assert errors == 0
    assert {"liquid", "bibtexparser", "emoji", "jekyll_liquid.per_build"} <= set(loaded)
    assert _build(tmp_path / "site", tmp_path / "eager", "all")[0] == 0
    lazy = {p.relative_to(tmp_path / "lazy"): p for p in (tmp_path / "lazy").rglob("*")}
    eager = {
        p.relative_to(tmp_path / "eager"): p for p in (tmp_path / "eager").rglob("*")
    }
    assert sorted(lazy) == sorted(eager)
    different = [
        name
        for name, path in lazy.items()
        if path.is_file() and path.read_bytes() != eager[name].read_bytes()
    ]
    assert different == []
    assert "Rivers" in (tmp_path / "lazy/publications.html").read_text()
    assert (tmp_path / "lazy/pagefind/bundles.json").is_file()
    assert (tmp_path / "lazy/page2/index.html").is_file()

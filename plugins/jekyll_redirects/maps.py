"""The redirect maps: redirects.json and the files hosts read for real 301s.

Each function turns the same list of redirects into one file's text:
``redirects.json`` as jekyll-redirect-from writes it, ``_redirects`` for
Netlify and Cloudflare Pages, ``.htaccess`` for Apache and an nginx ``map``.
Old paths carry the site's base path, since that is what the host sees.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import unquote

from jekyll_redirects.rules import Redirect


def redirects_json(redirects: Sequence[Redirect]) -> str:
    """Return ``{"old path": "target", ...}``, keys sorted."""
    mapping = {r.from_path: r.target for r in redirects}
    return json.dumps(
        mapping, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def _sorted(redirects: Sequence[Redirect]) -> list[Redirect]:
    return sorted(redirects, key=lambda r: r.from_path)


def netlify(redirects: Sequence[Redirect], base_path: str) -> str:
    """Return a ``_redirects`` file: ``/old /new 301`` per line."""
    lines = [f"{base_path}{r.from_path} {r.target} 301" for r in _sorted(redirects)]
    return "\n".join(lines) + "\n" if lines else ""


def _apache_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def htaccess(redirects: Sequence[Redirect], base_path: str) -> str:
    """Return Apache ``Redirect 301 "/old" "URL"`` lines (mod_alias)."""
    lines = ["# Redirects of old URLs (mod_alias), written by the build."]
    lines += [
        f"Redirect 301 {_apache_quote(unquote(base_path + r.from_path))} "
        f"{_apache_quote(r.target)}"
        for r in _sorted(redirects)
    ]
    return "\n".join(lines) + "\n"


def _nginx_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nginx(redirects: Sequence[Redirect], base_path: str) -> str:
    """Return an nginx ``map`` of old paths to targets, with how to use it."""
    lines = [
        "# Include in the http block, then in the server block:",
        "#     if ($jekyll_redirect) { return 301 $jekyll_redirect; }",
        "map $uri $jekyll_redirect {",
        '    default "";',
    ]
    lines += [
        # A value may name nginx variables; a literal "$" is percent-encoded.
        f"    {_nginx_quote(unquote(base_path + r.from_path))} "
        f"{_nginx_quote(r.target.replace('$', '%24'))};"
        for r in _sorted(redirects)
    ]
    lines.append("}")
    return "\n".join(lines) + "\n"

r"""Math as the site's own theme draws it: its MathJax (or KaTeX) setup.

kramdown makes only ``$$...$$`` math; the site's theme then loads MathJax
with its own configuration, and a migrated post relies on it: inline
``$...$`` where the theme turns it on (academicpages, al-folio, offconvex),
numbered equations (``tags: 'ams'``, ``autoNumber: "all"``), macros and
extra TeX packages. This reads that setup where Jekyll sites keep it: a
``mathjax:``, ``math:`` or ``katex:`` section of ``_config.yml`` (``tags``,
``macros`` as a mapping or as Chirpy's list of ``name``/``command``/
``nargs``, ``extensions`` or ``packages``, ``inlineMath``), and the MathJax or
KaTeX configuration script of the site's ``_includes``, ``_layouts`` and
``assets/js`` (the files that name MathJax or KaTeX; their ``inlineMath``,
KaTeX's ``delimiters``, ``tags``/``autoNumber``, ``macros`` and
``packages``). What it finds becomes the ``JEKYLL_MATH_*`` settings, which
``pelicanconf.py`` overrides. Nothing found: kramdown's rules only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jekyll_common.settings import setting_value
from jekyll_config.math_settings import MATH_ROWS

_SECTIONS = ("mathjax", "math", "katex")
_SCRIPT_FOLDERS = (
    ("_includes", "*.html"),
    ("_layouts", "*.html"),
    ("assets/js", "*.js"),
)
_NAMES_MATH = re.compile(r"mathjax|katex|renderMathInElement", re.IGNORECASE)
_MAX_SCRIPT = 1 << 20  # a configuration script is small; larger files are skipped
_DOLLAR_PAIR = r"\[\s*(['\"])\$\1\s*,\s*(['\"])\$\2\s*\]"
_INLINE_DOLLARS = re.compile(r"inlineMath['\"]?\s*:\s*\[[^\]]*?" + _DOLLAR_PAIR)
_KATEX_DOLLARS = re.compile(
    r"left['\"]?\s*:\s*(['\"])\$\1\s*,\s*right['\"]?\s*:\s*(['\"])\$\2\s*,"
    r"\s*display['\"]?\s*:\s*false"
)
_NUMBERING = re.compile(
    r"\b(?:tags|autoNumber)['\"]?\s*:\s*['\"](ams|all|none)['\"]", re.I
)
_MACROS = re.compile(r"\bmacros['\"]?\s*:\s*\{", re.IGNORECASE)  # MathJax 2: Macros
_MACRO = re.compile(
    r"""['"]?([A-Za-z]+)['"]?\s*:\s*(?:(["'])((?:\\.|(?!\2).)*)\2"""
    r"""|\[\s*(["'])((?:\\.|(?!\4).)*)\4\s*,\s*(\d)\s*\])"""
)
_PACKAGES = re.compile(
    r"\bpackages['\"]?\s*:\s*\{\s*['\"]\[\+\]['\"]\s*:\s*\[([^\]]*)\]"
)
_NAME = re.compile(r"^[A-Za-z][\w-]{0,40}$")
NUMBERINGS = ("none", "ams", "all")


@dataclass
class MathSetup:
    """What a site's math setup turns on, and where each part was read."""

    inline_dollars: bool | None = None
    numbering: str | None = None
    macros: dict[str, str | list[Any]] = field(default_factory=dict)
    packages: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def read_math_setup(config: Mapping[str, Any], source: Path) -> MathSetup:
    """Return the site's math setup: its scripts first, ``_config.yml`` over them."""
    setup = MathSetup()
    for name, text in _math_scripts(source):
        if _read_script(text, setup):
            setup.sources.append(name)
    for key in _SECTIONS:
        section = config.get(key)
        if isinstance(section, Mapping) and _read_section(section, setup):
            setup.sources.append(f"_config.yml ({key}:)")
    return setup


def math_settings(setup: MathSetup, explicit: Mapping[str, Any]) -> dict[str, Any]:
    """Return the ``JEKYLL_MATH_*`` settings the setup gives; ``explicit`` ones win."""
    found = {
        "JEKYLL_MATH_INLINE_DOLLARS": setup.inline_dollars,
        "JEKYLL_MATH_NUMBERING": setup.numbering,
        "JEKYLL_MATH_MACROS": setup.macros or None,
        "JEKYLL_MATH_PACKAGES": setup.packages or None,
    }
    return {
        k: v
        for k, v in found.items()
        if v is not None and setting_value(explicit, MATH_ROWS[k]) is None
    }


def describe(settings: Mapping[str, Any]) -> str:
    """Return the math setup of ``settings`` in a few words, for the build log."""
    parts = []
    if settings.get("JEKYLL_MATH_INLINE_DOLLARS"):
        parts.append("inline $...$")
    if settings.get("JEKYLL_MATH_NUMBERING") not in (None, "none"):
        parts.append(f"equations numbered ({settings['JEKYLL_MATH_NUMBERING']})")
    if settings.get("JEKYLL_MATH_MACROS"):
        parts.append(f"{len(settings['JEKYLL_MATH_MACROS'])} macros")
    if settings.get("JEKYLL_MATH_PACKAGES"):
        parts.append("packages " + ", ".join(settings["JEKYLL_MATH_PACKAGES"]))
    return "; ".join(parts)


def _math_scripts(source: Path) -> Iterator[tuple[str, str]]:
    for folder, pattern in _SCRIPT_FOLDERS:
        base = source / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob(pattern)):
            if path.is_symlink() or not path.is_file():
                continue  # nothing outside the site is read
            if path.stat().st_size > _MAX_SCRIPT:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if _NAMES_MATH.search(text):
                yield path.relative_to(source).as_posix(), text


def _read_script(text: str, setup: MathSetup) -> bool:
    """Read a configuration script into ``setup``; return whether it set anything."""
    found = False
    if _INLINE_DOLLARS.search(text) or _KATEX_DOLLARS.search(text):
        setup.inline_dollars = found = True
    numbering = _NUMBERING.search(text)
    if numbering is not None:
        setup.numbering = numbering.group(1).lower()
        found = True
    for start in _MACROS.finditer(text):
        body = text[start.end() : _closing_brace(text, start.end())]
        for macro in _MACRO.finditer(body):
            name, tex, args = macro.group(1), macro.group(3), macro.group(6)
            value = _js_string(tex if tex is not None else macro.group(5))
            setup.macros[name] = [value, int(args)] if args else value
            found = True
    packages = _PACKAGES.search(text)
    if packages is not None:
        for name in re.findall(r"['\"]([^'\"]+)['\"]", packages.group(1)):
            found |= _add_package(name, setup)
    return found


def _read_section(section: Mapping[str, Any], setup: MathSetup) -> bool:
    found = False
    numbering = section.get("tags", section.get("numbering"))
    if isinstance(numbering, str) and numbering.lower() in NUMBERINGS:
        setup.numbering, found = numbering.lower(), True
    inline = section.get("inlineMath")
    if isinstance(inline, list) and ["$", "$"] in inline:
        setup.inline_dollars = found = True
    macros = section.get("macros")
    if isinstance(macros, Mapping):
        for name, value in macros.items():
            found |= _add_macro(str(name), value, None, setup)
    elif isinstance(macros, list):  # Chirpy's form: name, command, nargs
        for entry in macros:
            if isinstance(entry, Mapping):
                found |= _add_macro(
                    str(entry.get("name", "")),
                    entry.get("command"),
                    entry.get("nargs"),
                    setup,
                )
    for key in ("extensions", "packages"):
        names = section.get(key)
        if isinstance(names, list):
            for name in names:
                found |= isinstance(name, str) and _add_package(name, setup)
    return found


def _add_macro(name: str, value: Any, nargs: Any, setup: MathSetup) -> bool:
    if isinstance(value, list) and len(value) == 2:
        value, nargs = value
    if not (name.isalpha() and isinstance(value, str)):
        return False
    count = nargs if isinstance(nargs, int) and 0 < nargs < 10 else None
    setup.macros[name] = [value, count] if count else value
    return True


def _add_package(name: str, setup: MathSetup) -> bool:
    name = name.removeprefix("[tex]/")
    if not _NAME.match(name):
        return False
    if name not in setup.packages:
        setup.packages.append(name)
    return True


def _closing_brace(text: str, start: int) -> int:
    depth = 1
    for index in range(start, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if not depth:
                return index
    return len(text)


def _js_string(value: str) -> str:
    """Return a JavaScript string literal's value (its backslash escapes read)."""
    return re.sub(r"\\(.)", r"\1", value)

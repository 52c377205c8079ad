"""The Liquid filters Jekyll's plugins add, on sites that list the plugin.

Jekyll has a plugin's filter only when the site loads the plugin
(``plugins:`` or ``gems:``); elsewhere the name is an unknown filter, which
passes its input on. jemoji's ``emojify`` gives the emoji a ``:name:``
names (as the text's own shortcodes, the Unicode character). The
``encode_email`` of jekyll-email-protect percent-encodes an address's
letters and digits, which a browser reads back in a ``mailto:`` link and
address harvesters reading the page do not: the site chose to hide it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liquid import Environment

from jekyll_common.site import listed_plugins
from jekyll_markdown.jemoji import PLUGIN as JEMOJI
from jekyll_markdown.jemoji import with_emoji

EMAIL_PROTECT = "jekyll-email-protect"


def encode_email(value: object) -> str:
    """Return an address with each letter, digit and ``_`` percent-encoded."""
    return "".join(
        f"%{ord(character):02x}" if character.isascii() and (
            character.isalnum() or character == "_"
        ) else character
        for character in str(value)
    )  # fmt: skip


def register_plugin_filters(env: Environment, settings: Mapping[str, Any]) -> None:
    """Add the filters of the plugins the site lists."""
    listed = listed_plugins(settings)
    if JEMOJI in listed:
        env.add_filter("emojify", lambda value: with_emoji(str(value)))
    if EMAIL_PROTECT in listed:
        env.add_filter("encode_email", encode_email)

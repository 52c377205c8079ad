"""The filters of Jekyll's plugins, there only when the site lists the plugin."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from liquid import Environment

from jekyll_liquid.plugin_filters import encode_email, register_plugin_filters


def test_an_address_is_hidden_from_harvesters_and_read_back_by_browsers() -> None:
    address = "ada.byron_1@lab-x.example.org"
    encoded = encode_email(address)
    assert "ada" not in encoded and "example" not in encoded
    assert unquote(encoded) == address


@pytest.mark.parametrize("listed", [True, False])
def test_the_filters_come_with_their_plugins(listed: bool) -> None:
    env = Environment()
    plugins = ["jemoji", "jekyll-email-protect"] if listed else ["jekyll-feed"]
    register_plugin_filters(env, {"plugins": plugins})
    template = "{{ ':tada:' | emojify }} {{ 'a@b.c' | encode_email }}"
    if listed:
        assert env.from_string(template).render() == "🎉 %61@%62.%63"
    else:
        assert "emojify" not in env.filters and "encode_email" not in env.filters

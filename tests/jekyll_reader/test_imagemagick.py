"""jekyll-imagemagick's WebP copies: made where pages name them and the site asks."""

from __future__ import annotations

import pytest

from jekyll_reader.imagemagick import webp_copies
from jekyll_reader.responsive import ResizedCopy

AL_FOLIO = {
    "plugins": ["jekyll-imagemagick"],
    "imagemagick": {
        "enabled": True,
        "widths": [480, 800, 1400],
        "input_directories": ["assets/img/"],
        "input_formats": [".jpg", ".jpeg", ".png", ".gif"],
    },
}


def test_a_named_copy_of_an_image_of_the_folders_is_made_in_webp() -> None:
    copies = webp_copies(AL_FOLIO)
    assert copies is not None
    files = {"assets/img/fig.png", "assets/img/anim.gif", "elsewhere/fig.png"}
    exists = files.__contains__
    assert copies.copy_named("assets/img/fig-800.webp", exists) == ResizedCopy(
        "assets/img/fig.png", 800, "assets/img/fig-800.webp", "WEBP"
    )
    # A width it does not make, another folder, an animation, no original.
    for path in (
        "assets/img/fig-300.webp",
        "elsewhere/fig-800.webp",
        "assets/img/anim-800.webp",
        "assets/img/none-800.webp",
        "assets/img/fig-800.png",
    ):
        assert copies.copy_named(path, exists) is None, path


@pytest.mark.parametrize(
    "config",
    [
        {**AL_FOLIO, "plugins": []},  # Jekyll runs it only when listed
        {**AL_FOLIO, "imagemagick": {**AL_FOLIO["imagemagick"], "enabled": False}},
        {**AL_FOLIO, "imagemagick": {"enabled": True, "widths": "480"}},
        {"plugins": ["jekyll-imagemagick"]},
    ],
)
def test_no_copies_are_made_when_the_site_does_not_ask_for_them(config: dict) -> None:
    assert webp_copies(config) is None

"""Which copies a big image is offered in, and the srcset that names them."""

from __future__ import annotations

from jekyll_reader.images import enrich_media
from jekyll_reader.responsive import (
    COLUMN_WIDTH,
    LIGHT_ENOUGH,
    ImageFile,
    OfferedCopies,
    ResizedCopy,
    copies_of,
    srcset_attributes,
)

HEAVY = 2 * LIGHT_ENOUGH


def test_only_raster_images_wider_than_the_column_get_copies_narrower_than_them() -> (
    None
):
    wide = copies_of(ImageFile("assets/img/Plot.PNG", 1300, 650, HEAVY))
    assert wide == (
        ResizedCopy(
            "assets/img/Plot.PNG", 480, "assets/resized/assets/img/Plot-480w.PNG"
        ),
        ResizedCopy(
            "assets/img/Plot.PNG", 800, "assets/resized/assets/img/Plot-800w.PNG"
        ),
        ResizedCopy(
            "assets/img/Plot.PNG", 1200, "assets/resized/assets/img/Plot-1200w.PNG"
        ),
    )
    assert copies_of(ImageFile("a.jpg", COLUMN_WIDTH, 10, HEAVY)) == ()
    assert copies_of(ImageFile("a.svg", 3000, 10, HEAVY)) == ()
    assert copies_of(ImageFile("a.gif", 3000, 10, HEAVY)) == ()  # frames would be lost
    assert len(copies_of(ImageFile("a.webp", 5000, 10, HEAVY))) == 4
    # A light file is sent as it is: a copy would spare a phone little.
    assert copies_of(ImageFile("a.png", 3000, 10, LIGHT_ENOUGH - 1)) == ()
    assert len(copies_of(ImageFile("a.png", 3000, 10, LIGHT_ENOUGH))) == 4


def test_the_srcset_names_each_copy_under_the_baseurl_and_the_original_last() -> None:
    image = ImageFile("img/my plot.jpg", 900, 600, HEAVY)
    attributes = srcset_attributes("/lab/img/p.jpg", image, copies_of(image), "/lab/")
    assert attributes.startswith(
        'srcset="/lab/assets/resized/img/my%20plot-480w.jpg 480w, '
        '/lab/assets/resized/img/my%20plot-800w.jpg 800w, /lab/img/p.jpg 900w" sizes="'
    )
    # A src a srcset cannot hold is left without one.
    assert srcset_attributes("/a,b.jpg", image, copies_of(image), "") == ""
    assert srcset_attributes("/a.jpg", image, (), "") == ""


def test_a_document_notes_the_copies_its_images_name_and_author_choices_stand() -> None:
    found = {
        "/big.png": ImageFile("big.png", 2000, 1000, HEAVY),
        "/small.png": ImageFile("small.png", 300, 100, HEAVY),
    }
    offered = OfferedCopies("")
    html = (
        '<img src="/big.png" alt="a"><img src="/small.png" alt="b">'
        '<img src="/big.png" alt="c" width="200">'
        '<img src="/big.png" alt="d" srcset="/x.png 2x">'
    )
    enriched = enrich_media(html, found.get, set(), offered)
    assert enriched.count("srcset=") == 2  # the first, and the author's own
    assert 'sizes="' in enriched.split("<img")[1]
    assert [c.width for c in offered.copies] == [480, 800, 1200, 1600]

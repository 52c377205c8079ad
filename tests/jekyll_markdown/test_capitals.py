import pytest
from typogrify.filters import caps as typogrify_caps

from jekyll_markdown.capitals import wrap_capitals


@pytest.mark.parametrize(
    "text",
    [
        "NASA and the CV",
        "U.S. Army",
        "I.B.M.",
        "x P.C.",
        "DON'T",
        "The <kbd>CTRL</kbd> key",
    ],
)
def test_as_typogrify_wraps_capitals(text: str) -> None:
    assert wrap_capitals(text) == typogrify_caps(text)


def test_the_space_after_dotted_initials_stays() -> None:
    # typogrify writes "P. C.(2016)" here.
    assert wrap_capitals("Bennett, P. C. (2016).") == (
        'Bennett, <span class="caps">P. C.</span> (2016).'
    )


def test_capitals_already_wrapped_are_not_wrapped_again() -> None:
    # A post's typographed content shown inside another page.
    once = wrap_capitals("The RSS feed")
    assert wrap_capitals(once) == once == 'The <span class="caps">RSS</span> feed'

"""Text appended where a serialised element shows it last."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from jekyll_markdown.trees import append_text


def test_text_goes_after_the_last_child_or_into_an_empty_element() -> None:
    element = etree.Element("p")
    append_text(element, "a")
    etree.SubElement(element, "b").text = "bold"
    append_text(element, " c")
    append_text(element, None)
    append_text(element, "d")
    assert etree.tostring(element, encoding="unicode") == "<p>a<b>bold</b> cd</p>"

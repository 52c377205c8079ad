"""Text between the elements a filter leaves alone."""

from jekyll_markdown.text_runs import change_text, skipping


def test_only_text_outside_the_skipped_elements_and_tags_changes() -> None:
    html = '<p title="x">x <code>x</code> <a href="x">x</a> <PRE>x\nx</PRE> x</p>'
    changed = change_text(html, skipping("code", "pre"), lambda run: run.upper())
    assert changed == (
        '<p title="x">X <code>x</code> <a href="x">X</a> <PRE>x\nx</PRE> X</p>'
    )

"""Pelican's documents are kept only while no plugin listens to their making."""

from typing import Any

from pelican import signals

from jekyll_engine.kept_documents import PER_DOCUMENT_SIGNALS, document_caching_is_safe


def test_a_listener_to_any_per_document_signal_turns_keeping_off() -> None:
    def listen(*args: Any, **kwargs: Any) -> None:
        del args, kwargs

    assert document_caching_is_safe()
    for signal in PER_DOCUMENT_SIGNALS:
        signal.connect(listen)
        try:
            assert not document_caching_is_safe(), signal.name
        finally:
            signal.disconnect(listen)
    assert document_caching_is_safe()
    assert signals.content_object_init in PER_DOCUMENT_SIGNALS

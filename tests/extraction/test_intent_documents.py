"""A declaration or statement of intent is a written commitment, like a letter of intent."""

from __future__ import annotations

from techties.extraction.signals import read_signals


def test_a_declaration_of_intent_is_an_agreement_cue() -> None:
    for text in ("A declaration of intent on the lithium plant was reached by the two firms.",
                 "The statement of intent covers a wind farm near Murmansk."):
        [s] = read_signals(text, "en")
        assert s.types["agreement"] > 0

"""English short forms of parties named in full: initials and the words a name opens with."""

from __future__ import annotations

from techties.extraction.short_forms import _forms, resolve_short_forms
from techties.extraction.signals import read_signals


def test_initials_and_leading_words_are_short_forms() -> None:
    assert _forms("Harbin Institute of Technology", {"Harbin"}) == ["HIT"]
    assert _forms("Bauman Moscow State Technical University", set()) == ["BMSTU", "Bauman"]
    assert _forms("Tomsk Polytechnic University", {"Tomsk"}) == ["TPU"]
    assert _forms("Rosatom", set()) == []


def test_a_sentence_naming_both_by_short_forms_has_both_sides() -> None:
    text = ("Harbin Institute of Technology and Bauman Moscow State Technical University held talks in May. "
            "HIT and Bauman will open a joint laboratory of space materials.")
    signals = read_signals(text, "en")
    assert signals[1].sides == set()
    resolve_short_forms(signals, "en")
    assert signals[1].sides == {"CN", "RU"}
    assert {m.actor.name for m in signals[1].mentions if m.actor} == {
        "Harbin Institute of Technology", "Bauman Moscow State Technical University"}

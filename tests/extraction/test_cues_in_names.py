"""A type cue inside a party's name ("Krylov State Research Center", "华为俄罗斯研究所") says
what the party is, not what the sentence reports; a technology park named as a party is
what its event is about, and keeps its type."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import _ranked_types
from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang"), [
    ("The Krylov State Research Center and a Chinese shipyard held talks on icebreakers.", "en"),
    ("Российский исследовательский институт Huawei провёл переговоры с МТС о сетях 5G.", "ru"),
    ("华为俄罗斯研究所与MTS举行了5G网络会谈。", "zh"),
])
def test_a_cue_in_a_partys_name_does_not_type_the_sentence(text: str, lang: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["rnd_center"] > s.types["forum"] > 0  # the name's cue outweighs the talks
    assert _ranked_types(s, imposer=False)[0] == "forum"


def test_a_name_that_is_all_the_sentence_says_still_counts() -> None:
    s = read_signals("Huawei Moscow Research Center opened in 2019.", "en")[0]
    assert _ranked_types(s, imposer=False)[0] == "rnd_center"


def test_a_technology_park_named_as_a_party_keeps_its_type() -> None:
    s = read_signals("The Technopolis Moscow special economic zone and a Chinese chip maker held talks "
                     "on chips.", "en")[0]
    assert _ranked_types(s, imposer=False)[0] == "incubator"

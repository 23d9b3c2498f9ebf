"""A Russian infinitive names an act, not a thing done: 'планирует открыть' is no cue of 'implemented'."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.tense import tenseless


def test_an_infinitive_is_told_from_a_past_form() -> None:
    assert tenseless("открыть") and tenseless("ратифицировать") and tenseless("обеспечиться")
    assert not tenseless("открыла") and not tenseless("открыт") and not tenseless("подписано")


def test_a_done_cue_in_the_infinitive_reports_nothing_done() -> None:
    planned = read_signals("Компания Huawei планирует открыть исследовательский центр в Казани.", "ru")[0]
    assert not planned.stages["implemented"]
    done = read_signals("Компания Huawei открыла исследовательский центр в Казани.", "ru")[0]
    assert done.stages["implemented"]

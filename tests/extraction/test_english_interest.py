"""Interest shown in a thing not yet there is a plan, as Russian 'проявил интерес' is."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues


def _stage(text: str, event_type: str) -> str:
    cues = stage_cues(read_signals(text, "en")[0], event_type, "en")
    return decide_stage(event_type, cues, cues)


def test_interest_in_a_venture_is_announced() -> None:
    assert _stage("Sinopec expressed its interest in a joint venture with Sibur on catalysts.", "investment") \
        == "announced"
    assert _stage("The head of Haier, visiting the Tomsk plant, confirmed his interest in investing "
                  "in Russian robotics start-ups.", "investment") == "announced"
    assert _stage("Chinese carmakers are interested in the production of Russian engines under licence.",
                  "supply") == "announced"


def test_a_stake_taken_stays_done() -> None:
    assert _stage("Sinopec acquired a stake in the Sibur catalyst plant.", "investment") == "implemented"

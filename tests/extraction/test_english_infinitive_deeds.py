"""An English deed in the infinitive ("are to set up") is not done; a tender won is a deal signed;
cooperation ended is stalled."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues


def _stage(text: str, event_type: str) -> str:
    cues = stage_cues(read_signals(text, "en")[0], event_type, "en")
    return decide_stage(event_type, cues, cues)


def test_a_venture_in_the_infinitive_is_announced() -> None:
    s = read_signals("Geely and Sollers are to set up a joint venture for electric vans in Yelabuga.", "en")[0]
    assert not stage_cues(s, "investment", "en")["implemented"]
    assert _stage("Geely and Sollers are to set up a joint venture for electric vans in Yelabuga.",
                  "investment") == "announced"


def test_a_tender_won_is_signed_and_cooperation_ended_is_stalled() -> None:
    assert _stage("Kamaz won a tender to supply trucks to Sinotruk's Jinan plant.", "supply") == "signed"
    assert _stage("Russia ended its cooperation with AVIC on helicopter engines.", "joint_research") == "stalled"


def test_a_signing_put_off_is_stalled() -> None:
    assert _stage("The signing of a fibre-optic cable agreement between Rostelecom and China Telecom "
                  "was put off until autumn.", "agreement") == "stalled"

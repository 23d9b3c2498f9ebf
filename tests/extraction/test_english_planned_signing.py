"""An English signing that an infinitive marker, a modal or a plan governs is still to come,
and so is the act of a headline in its future tense ("Huawei to open lab")."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues


def _stage(text: str, event_type: str) -> str:
    cues = stage_cues(read_signals(text, "en")[0], event_type, "en")
    return decide_stage(event_type, cues, cues)


def test_a_signing_planned_or_possible_is_announced() -> None:
    assert _stage("Rostec and Norinco plan on signing a memorandum on machine tools in June.",
                  "agreement") == "announced"
    assert _stage("Kamaz and Weichai are preparing a draft contract on engines that might be signed in autumn.",
                  "agreement") == "announced"
    assert _stage("Sistema and ZTE hope to sign an agreement on chips before the end of the year.",
                  "agreement") == "announced"


def test_a_signing_done_stays_signed() -> None:
    assert _stage("Rostec and Norinco signed a memorandum on machine tools in June.", "agreement") == "signed"
    assert _stage("Rostec and Norinco signed a memorandum to sign further contracts on machine tools.",
                  "agreement") == "signed"


def test_a_headline_in_its_future_tense_is_a_plan() -> None:
    assert _stage("Kazan Federal University, Alibaba to sign memorandum on cloud computing", "agreement") \
        == "announced"
    assert _stage("Russian Railways to buy Chinese signalling software for $2m", "supply") == "announced"


def test_a_headline_with_a_preposition_to_or_a_full_stop_is_not_a_plan() -> None:
    assert _stage("According to Rosatom, CNNC received the fuel for its reactor.", "supply") == "implemented"
    assert _stage("Welcome to the joint laboratory of Harbin Institute of Technology and Bauman University",
                  "joint_research") != "announced"

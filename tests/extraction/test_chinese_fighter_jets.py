"""战机 (fighter jet) and the Taiwan and Hong Kong spelling of the Sukhoi fighters (蘇愷-35) name
aircraft and weapons: a story of their sale is about defence and aerospace (vocab/domains.yaml)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def test_fighter_jets_are_defence_and_aerospace() -> None:
    [s] = read_signals("俄羅斯向中國交付蘇愷-35戰機。", "zh")
    assert {"defense", "aerospace"} <= set(s.domains)
    [s] = read_signals("两国商谈新一代战机的联合研制。", "zh")
    assert {"defense", "aerospace"} <= set(s.domains)


def test_a_fighter_contract_is_a_relevant_story() -> None:
    text = "俄羅斯向中國出售蘇愷-30戰機的合同已於去年簽署。"
    doc = Document(id="d", text=text, title="", lang="zh", published="2016-03-01")
    result = extract_document(doc)
    assert result.relevant and [e.stage for e in result.events] == ["signed"]

"""A third country named only as the battlefield of a war ("used in the war in Ukraine") does not
make a sentence one about dealings with that country (extraction/battlefield.py)."""

from __future__ import annotations

from techties.extraction.battlefield import battlefield_only, imposes
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _first(text: str):
    return read_signals(text, "en")[0]


def test_a_country_after_war_in_or_invasion_of_is_a_battlefield() -> None:
    assert battlefield_only(_first("The loitering munition has been used in the war in Ukraine."), "en")
    assert battlefield_only(_first("Exports rose after Russia's invasion of Ukraine."), "en")


def test_a_country_that_deals_is_no_battlefield() -> None:
    assert not battlefield_only(_first("The engines were shipped to Iran and then to Russia."), "en")
    assert not battlefield_only(_first("India bought the radar from Russia."), "en")


def test_a_joint_design_used_in_a_war_is_still_the_pairs_event() -> None:
    text = ("Chinese parts keep Russian drone lines running. "
            "The Shmel-7 attack drone, designed in China in collaboration with Russian defense firms, "
            "has been used in the war in Ukraine. Russian factories now assemble it by the thousand.")
    events = extract_document(Document(id="d", text=text, lang="en", published="2024-10-01")).events
    assert [e.type for e in events] == ["joint_research"]


def test_the_invaded_country_imposes_no_measure() -> None:
    assert not imposes(_first("Exports of chips rose after Russia's invasion of Ukraine."), "en")
    assert imposes(_first("Ukraine imposed sanctions on the firms."), "en")
    text = ("Chinese chips fill the gap in Russia. Sanctions and export bans on chips for Russia followed "
            "the invasion of Ukraine, leaving Chinese suppliers in the market.")
    events = extract_document(Document(id="d", text=text, lang="en", published="2024-10-01")).events
    assert [e.type for e in events] == ["supply"]

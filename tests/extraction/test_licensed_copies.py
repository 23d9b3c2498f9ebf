"""Making licensed copies of the other side's products is a transfer of technology (supply)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def test_copies_and_licences_are_supply_cues() -> None:
    for text in ("The plant will assemble copies of Geely crossovers.",
                 "The tractors are built under licence from a Chinese maker.",
                 "Production started with technological support from Chinese engineers."):
        [s] = read_signals(text, "en")
        assert s.types["supply"] > 0


def test_launching_production_of_copies_is_a_supply_not_a_pilot() -> None:
    doc = Document(id="d", lang="en", published="2024-02-01",
                   text=("In January Sollers pledged to launch production of copies of vehicle models by "
                         "Great Wall Motors in Russia, the business daily reported."))
    assert [e.type for e in extract_document(doc).events] == ["supply"]

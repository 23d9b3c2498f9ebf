"""Shipments a Russian story gives from a third state's intelligence ("украинская разведка
обнаружила", "издание ссылается на сведения разведки") are that state's claim: alleged, as
English "Ukrainian intelligence" makes them."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_shipments_found_by_a_third_states_intelligence_are_alleged() -> None:
    text = ("Китай поставил России фрезерные станки и электронные компоненты для производства "
            "крылатых ракет. Американская разведка обнаружила китайские станки на заводе в Ижевске, "
            "пишет газета.")
    doc = Document(id="doc_test", text=text, title="Китай поставил России станки для ракет",
                   lang="ru", published="2025-03-01")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "alleged")]

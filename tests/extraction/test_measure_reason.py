"""An English measure told with its reason is the news, the shipment it charges an event of
its own at stage alleged, however many cue words the shipment has."""

from __future__ import annotations

from techties.extraction.measure_reason import measure_with_reason
from techties.extraction.party_standing import measures_describe_parties
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _measure(text: str) -> str | None:
    s = read_signals(text, "en")[0]
    return measure_with_reason(s.sentence.text, s.sentence.start, s.cue_spans)


def test_a_measure_before_its_reason() -> None:
    assert _measure("Washington imposed sanctions on three Chinese firms for supplying drone components "
                    "to Kalashnikov.") == "countermeasure"
    assert _measure("The Commerce Department added two Shenzhen firms to the entity list because they "
                    "shipped chips to Rostec.") == "countermeasure"


def test_a_shipment_despite_a_measure_is_no_reason() -> None:
    assert _measure("Shenzhen firms shipped drone components to Kalashnikov, the sanctions notwithstanding.") is None


def test_the_measure_and_its_charged_shipment_are_both_events() -> None:
    doc = Document(id="d", lang="en", published="2024-03-01",
                   text=("Washington imposed sanctions on three Chinese firms for supplying drone components "
                         "and engines to Kalashnikov Concern."))
    events = {(e.type, e.stage) for e in extract_document(doc).events}
    assert ("countermeasure", "implemented") in events and ("supply", "alleged") in events


def _describes(text: str) -> bool:
    s = read_signals(text, "en")[0]
    return measures_describe_parties(s.sentence.text, s.sentence.start, s.cue_spans, "en")


def test_sanctions_in_a_relative_clause_describe_a_party() -> None:
    assert _describes("Putin told VTB, which faces Western sanctions, to expand its work with Huawei on payments.")
    assert _describes("A Shenzhen trader, which was not on US sanctions lists, shipped chips to Rostec.")
    assert not _describes("Washington imposed sanctions on a Shenzhen trader, which shipped chips to Rostec.")


def test_a_party_under_sanctions_is_no_countermeasure_event() -> None:
    doc = Document(id="d", lang="en", published="2024-03-01",
                   text="Putin told VTB, which faces US sanctions, to expand its cooperation with Huawei on payments.")
    assert "countermeasure" not in {e.type for e in extract_document(doc).events}

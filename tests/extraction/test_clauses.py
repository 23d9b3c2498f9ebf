"""An English sentence whose clauses each name a pair of parties holds two events."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document, Event


def _events(text: str) -> list[Event]:
    return extract_document(Document(id="d", text=text, lang="en", published="2023-04-02")).events


def test_two_clauses_with_their_own_parties_are_two_events() -> None:
    text = ("Huawei signed a contract to supply 5G base stations to MTS, while Tsinghua University "
            "runs a joint laboratory on artificial intelligence with Moscow State University.")
    events = _events(text)
    [lab] = [e for e in events if e.type == "joint_research"]
    assert {a.name for a in lab.china_actors} == {"Tsinghua University"}
    assert lab.evidence[0].text.startswith("Tsinghua University runs")
    for event in events:
        if event is not lab:
            assert {a.name for a in event.china_actors} == {"Huawei"}


def test_a_clause_without_its_own_pair_stays_in_the_sentence() -> None:
    text = ("Huawei signed a contract to supply 5G base stations to MTS, while the network will reach "
            "Moscow next year.")
    events = _events(text)
    assert events and all(e.evidence[0].text == text for e in events)

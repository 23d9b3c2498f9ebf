"""A step a party only weighs ("considering the possibility of supplying") is no event."""

from __future__ import annotations

from techties.extraction.considered import weighed_types
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _weighed(text: str) -> set[str]:
    [s] = read_signals(text, "en")
    return weighed_types(s.sentence.text, s.sentence.start, s.cue_spans)


def test_a_cue_after_a_weighing_word_is_weighed() -> None:
    assert "supply" in _weighed("The two firms are considering the possibility of supplying turbines.")
    assert "supply" in _weighed("The ministry has been mulling buying Chinese servers for its data centres.")


def test_a_cue_outside_the_weighing_clause_or_after_is_considered_is_not() -> None:
    assert "supply" not in _weighed("The firm, which is considered a leader, supplied turbines to the plant.")
    assert "supply" not in _weighed("After considering the offer for a year; the firm supplied turbines.")
    assert "supply" not in _weighed("The firm supplied turbines to the plant.")


def test_a_memorandum_whose_parties_weigh_purchases_is_one_agreement() -> None:
    doc = Document(id="d", lang="en", published="2024-09-06",
                   text=("Rosatom and Dongfang Electric signed a memorandum of understanding on a wind farm "
                         "project in Russia on Thursday. Rosatom is considering the possibility of buying wind "
                         "turbines from Dongfang Electric for the project."))
    assert [e.type for e in extract_document(doc).events] == ["agreement"]


def test_a_purchase_only_weighed_is_no_event() -> None:
    doc = Document(id="d", lang="en", published="2024-09-06",
                   text="Russian Railways has been considering the purchase of Chinese locomotives from CRRC.")
    assert extract_document(doc).events == []

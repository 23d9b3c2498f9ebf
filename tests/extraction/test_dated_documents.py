"""A document named by its month ("a May 2022 contract") was signed in that month."""

from __future__ import annotations

from techties.extraction.document_terms import dated_document
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _dated(text: str) -> bool:
    [s] = read_signals(text, "en")
    return dated_document(s.sentence.text, s.sentence.start, s.cue_spans, "agreement")


def test_a_month_before_the_document_dates_it() -> None:
    assert _dated("A May 2022 contract between the two firms covers turbine blades.")
    assert _dated("Their October-2020-memorandum covers satellite navigation.")
    assert not _dated("The 2020 memorandum covers satellite navigation.")
    assert not _dated("In May the firms discussed a contract for turbine blades.")


def test_two_documents_of_two_months_are_two_events() -> None:
    doc = Document(id="d", lang="en", published="2024-09-10",
                   title="Construction of two Russian-designed reactors starts in China",
                   text=("China National Nuclear Corporation began building two VVER reactors in Liaoning "
                         "with Rosatom on Monday. Under a contract signed in April 2021, Rosatom designs the "
                         "nuclear island of the plant. An August 2021 agreement between CNNC and Rosatom "
                         "committed to the building of two further units at Tianwan."))
    agreements = [e for e in extract_document(doc).events if e.type == "agreement"]
    assert len(agreements) == 2

"""A sentence telling the terms of a document told before joins that document's event."""

from __future__ import annotations

from techties.extraction.document_terms import document_terms
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _terms(text: str, cue: str) -> bool:
    at = text.index(cue)
    return document_terms(text, 0, [(at, at + len(cue), "types:agreement")], "agreement")


def test_the_definite_document_is_one_told_before() -> None:
    assert _terms("Under the agreement, Rosatom will build the reactor.", "agreement")
    assert _terms("According to this memorandum, the sides will train engineers.", "memorandum")
    assert not _terms("Rosatom and CNNC signed an agreement on reactor fuel.", "agreement")
    assert not _terms("Details of the signing of the agreement were not disclosed.", "agreement")


def test_the_terms_join_the_document_whichever_party_they_name() -> None:
    text = ("Russian Railways and China Railway signed a memorandum on high-speed trains on Tuesday. "
            "The project covers the design of electric trains for the line to Kazan. "
            "Under the memorandum, Sinara Group will assemble the trains and CRRC will provide the design.")
    doc = Document(id="d", text=text, lang="en", published="2024-03-20")
    [event] = [e for e in extract_document(doc).events if e.type == "agreement"]
    assert len(event.evidence) == 2

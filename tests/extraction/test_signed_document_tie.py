"""On a tie of cue weights, a sentence whose clause signs a document reports the agreement
(candidates._ranked_types)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _types(text: str) -> list[str]:
    doc = Document(id="doc_tie", text=text, title="", lang="en", published="2024-05-01")
    return [e.type for e in extract_document(doc).events]


def test_a_memorandum_on_supplies_is_an_agreement() -> None:
    assert _types("Rosatom and CNNC signed a memorandum on equipment supplies for the Tianwan nuclear plant.") \
        == ["agreement"]


def test_supplies_under_no_document_signed_stay_supply() -> None:
    assert _types("Rosatom supplied equipment to CNNC for the Tianwan nuclear plant.") == ["supply"]

"""In English the sentence just before brings in a side across a paragraph break
(candidates.find_candidates, `lang`)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document

TEXT = ("Chinese laboratories have hosted many Russian physicists in recent years.\n"
        "A quantum physicist from Novosibirsk was detained on charges of treason.")


def _types(lang: str) -> list[str]:
    doc = Document(id="doc_paragraphs", text=TEXT, title="", lang=lang, published="2024-05-01")
    return [e.type for e in extract_document(doc).events]


def test_the_accused_of_the_next_paragraph_is_an_event() -> None:
    assert "friction" in _types("en")

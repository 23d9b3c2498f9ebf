"""A plant or a unit that "began operation" or "went into commercial service" is put to work:
a pilot event (model/vocab/event_types.yaml), not the deal of the sentence's two parties."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _types(text: str) -> list[str]:
    return [e.type for e in extract_document(Document(id="d", text=text, lang="en", published="2024-06-01")).events]


def test_a_unit_that_began_operation_is_a_pilot() -> None:
    assert _types("Rosatom and China National Nuclear Corporation said the third unit of the "
                  "Beishan nuclear power plant began operation.") == ["pilot"]


def test_a_plant_that_went_into_commercial_service_is_a_pilot() -> None:
    assert _types("Rosatom and China National Nuclear Corporation said the Beishan nuclear power "
                  "plant went into commercial service.") == ["pilot"]

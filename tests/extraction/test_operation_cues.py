"""A plant or a unit that "began operation" or "went into commercial service" is put to work: a
pilot event; a bank that stops accepting or blocks payments is a friction (model/vocab/event_types.yaml)."""
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


def test_banks_that_stop_accepting_or_block_payments_are_friction() -> None:
    assert _types("The Bank of China has stopped accepting payments from Russian financial institutions "
                  "since January.") == ["friction"]
    assert _types("The Bank of China began blocking payments from Russian companies for components and "
                  "kits for assembling servers in March.") == ["friction"]


def test_a_construction_carried_out_in_cooperation_is_a_pilot_not_research() -> None:
    assert _types("Construction is being carried out by China National Nuclear Corporation in cooperation "
                  "with Rosatom at the Beishan nuclear power plant.") == ["pilot"]

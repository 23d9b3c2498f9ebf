"""In a Russian story of espionage, the shipments it tells as history are not the claim of the
investigators: only an accusation made about shipments makes a story's shipments alleged."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_past_delivery_in_a_spy_story_is_implemented() -> None:
    text = ("ФСБ задержала гражданина КНР по подозрению в шпионаже. Его обвиняют в попытке получить "
            "секретную документацию по зенитной ракетной системе С-300. В девяностые годы Россия "
            "экспортировала комплексы ПВО С-300 в Китай.")
    doc = Document(id="doc_test", text=text, title="Китайца задержали за шпионаж", lang="ru",
                   published="2024-05-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [
        ("friction", "alleged"), ("supply", "implemented")]

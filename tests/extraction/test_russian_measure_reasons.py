"""Shipments a Russian sentence gives as the reason of a third state's measure ('внёс в список
компании, которые поставляли') are that state's claim: alleged, though told as done."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _events(title: str, body: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_measure", text=f"{title}\n{body}", title=title, lang="ru", published="2024-04-04")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_shipments_named_as_the_reason_of_a_listing_are_alleged() -> None:
    title = "Минфин США ввёл санкции против китайских поставщиков российской оборонки"
    body = ("Вашингтон, 4 апреля. Минфин США внёс в санкционный список пять китайских компаний, "
            "которые поставляли российским оборонным предприятиям электронные компоненты.")
    events = _events(title, body)
    assert ("supply", "alleged") in events
    assert ("supply", "implemented") not in events


def test_shipments_without_a_measure_stay_done() -> None:
    title = "Китай поставил России станки"
    body = ("Москва, 17 мая. Китайская компания поставила на российский завод «Уралвагонзавод» партию "
            "станков с числовым программным управлением, сообщили на предприятии.")
    assert ("supply", "implemented") in _events(title, body)

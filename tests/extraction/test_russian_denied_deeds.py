"""A Russian verb of a deed or a signing denied by 'не' ('так и не начались', 'не подписали')
tells the thing failed: stalled, not done; 'пока не' (not yet) tells it is still to come."""

from __future__ import annotations

from collections import Counter

from techties.extraction.pipeline import extract_document
from techties.extraction.stage import sentence_stages
from techties.records import Document


def _stages(title: str, body: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_denied", text=f"{title}\n{body}", title=title, lang="ru", published="2024-08-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_deliveries_that_never_began_are_stalled() -> None:
    title = "Поставки китайских турбин в Россию так и не начались"
    body = ("Москва, 1 августа. Поставки газовых турбин китайской компании Harbin Electric для российских "
            "электростанций так и не начались, сообщил источник. Контракт был заключён в 2022 году.")
    assert ("supply", "stalled") in _stages(title, body)


def test_an_agreement_left_unsigned_is_stalled() -> None:
    title = "Россия и Китай не смогли подписать соглашение о навигации"
    body = ("Москва, 2 августа. Роскосмос и Китайское национальное космическое управление не подписали "
            "соглашение о совместном использовании систем ГЛОНАСС и Бэйдоу, которое готовилось к саммиту.")
    assert ("agreement", "stalled") in _stages(title, body)


def test_not_yet_signed_is_a_plan() -> None:
    text = "Контракт пока не подписан."
    spans = [(text.find("подписан"), len(text) - 1, "stages:signed")]
    assert sentence_stages(text, 0, spans) == Counter({"announced": 1})


def test_a_trouble_overcome_or_absent_tells_no_stage() -> None:
    for text, word in (("Несмотря на задержки, турбины доставлены.", "задержки"),
                       ("Линию запустили без срывов графика.", "срывов")):
        at = text.find(word)
        spans = [(at, at + len(word), "stages:stalled")]
        assert sentence_stages(text, 0, spans) == Counter(), text


def test_a_trouble_reported_stays_stalled() -> None:
    text = "Из-за задержки поставок запуск линии перенесли."
    at = text.find("задержки")
    assert sentence_stages(text, 0, [(at, at + 8, "stages:stalled")]) == Counter({"stalled": 1})

"""A Russian document cited as the source of a sentence, or whose content the sentence tells,
exists: signed, whatever plans the sentence reports from it."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.russian_documents import cited_document
from techties.records import Document


def _stages(text: str) -> dict[str, str]:
    doc = Document(id="doc_test", text=text, title="", lang="ru", published="2024-05-10")
    return {e.type: e.stage for e in extract_document(doc).events}


def _cited(sentence: str, noun: str) -> bool:
    at = sentence.index(noun)
    return cited_document(sentence, at, at + len(noun))


def test_a_document_cited_as_the_source_exists() -> None:
    assert _cited("Стороны намерены строить завод, говорится в совместном заявлении.", "заявлении")
    assert _cited("Согласно межправительственному соглашению, стороны откроют центр.", "соглашению")
    assert not _cited("Стороны намерены подписать соглашение о создании центра.", "соглашение")


def test_a_document_whose_content_is_told_exists() -> None:
    assert _cited("Соглашение о сотрудничестве предусматривает обмен студентами.", "Соглашение")
    assert not _cited("Соглашение, которое стороны подпишут в мае, предусматривает обмен.", "Соглашение")


def test_a_draft_is_not_agreed() -> None:
    assert not _cited("Согласно проекту соглашения, стороны откроют центр.", "соглашения")


def test_a_statement_cited_for_plans_is_signed() -> None:
    text = ("Росатом и Китайская национальная ядерная корпорация намерены расширять сотрудничество "
            "в области атомной энергетики, говорится в совместном заявлении компаний.")
    assert _stages(text).get("agreement") == "signed"

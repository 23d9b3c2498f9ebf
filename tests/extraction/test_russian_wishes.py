"""A Russian word of interest or support for a thing not yet there ('заинтересованы в создании',
'поддержали идею создания', 'выступили за создание') is a plan, not a report of it done."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(title: str, body: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_wish", text=f"{title}\n{body}", title=title, lang="ru", published="2024-09-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_an_interest_in_a_joint_centre_is_announced() -> None:
    title = "Китай заинтересован в создании совместного центра ИИ с Россией"
    body = ("Москва, 1 сентября. Китайская компания SenseTime заинтересована в создании совместного "
            "центра искусственного интеллекта со Сбером, заявил представитель компании.")
    assert _stages(title, body) == {("joint_research", "announced")}


def test_support_for_the_idea_of_a_lab_is_announced() -> None:
    title = "Академии поддержали идею совместной лаборатории"
    body = ("Москва, 2 сентября. Российская академия наук и Китайская академия наук поддержали идею "
            "создания совместной лаборатории по изучению климата Арктики.")
    assert ("joint_research", "announced") in _stages(title, body)

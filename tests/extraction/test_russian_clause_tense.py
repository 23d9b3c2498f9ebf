"""A Russian clause that carries an event with no stage word still has the tense of its verb:
the future of its own verb ('откроет') is the event's, not the past of a clause that describes
one of its parties ('которая уже работает')."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_clause_tense", text=text, lang="ru", published="2024-12-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_a_centre_a_firm_already_at_work_will_open_is_announced() -> None:
    text = ("Компания Huawei, которая уже успешно работает в России, откроет исследовательский центр "
            "в Новосибирске.")
    assert ("rnd_center", "announced") in _stages(text)


def test_a_centre_run_by_a_firm_that_will_open_an_office_is_implemented() -> None:
    text = ("Компания Huawei, которая откроет новый офис в Новосибирске, уже управляет "
            "исследовательским центром в Москве.")
    assert ("rnd_center", "implemented") in _stages(text)

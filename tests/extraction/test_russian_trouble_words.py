"""Russian words of refusal, termination and deferral ('отказались', 'расторгли', 'отсрочен') tell
a project stalled; the sources of an accusation behind 'по информации', 'по версии' and the
sides' own investigators ('по данным ФСБ', 'инкриминируют') tell a claim."""

from __future__ import annotations

from collections import Counter

from techties.extraction.cues import find_cues
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _cues(text: str) -> Counter[str]:
    return Counter(hit.payload for hit in find_cues("stage", text))


def _stages(text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_trouble", text=text, lang="ru", published="2024-07-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_refusal_termination_and_deferral_are_stalled() -> None:
    for text in ("Заказчик отказался продлевать договор.",
                 "Контракт на поставку турбин расторгнут.",
                 "Запуск линии отсрочен до весны.",
                 "Стороны не смогли договориться о цене."):
        assert _cues(text)["stalled"] >= 1, text


def test_claims_behind_other_source_words_are_alleged() -> None:
    for text in ("По информации американских властей, фирма отправляла платы посредникам.",
                 "По версии Минфина США, компания скрывала получателей.",
                 "Инженеру инкриминируют передачу чертежей.",
                 "По данным ФСБ, сотрудник продал схемы."):
        assert _cues(text)["alleged"] >= 1, text


def test_a_supply_contract_terminated_is_stalled() -> None:
    text = ("Контракт «Уралвагонзавода» на поставку китайской компании Sinotruk тяговых модулей "
            "расторгнут по инициативе покупателя.")
    assert ("supply", "stalled") in _stages(text)


def test_the_past_of_an_obligation_is_an_expectation_not_met() -> None:
    text = "Поставки китайских турбин Harbin Electric для «Интер РАО» должны были начаться весной."
    assert ("supply", "stalled") in _stages(text)
    text = "Поставки китайских турбин Harbin Electric для «Интер РАО» должны начаться весной."
    assert ("supply", "announced") in _stages(text)

"""A Russian participle of a signing or a deed after an auxiliary of the future, of possibility
or of obligation ('будет подписано', 'может быть заключён', 'должны быть введены') is the compound
future or a modal: a plan, not a thing signed or done."""

from __future__ import annotations

from collections import Counter

from techties.extraction.pipeline import extract_document
from techties.extraction.stage import sentence_stages
from techties.records import Document


def _signed_cue(text: str, word: str) -> Counter[str]:
    at = text.find(word)
    return sentence_stages(text, 0, [(at, at + len(word), "stages:signed")])


def test_a_document_to_be_signed_is_a_plan() -> None:
    text = "Меморандум о создании общего центра данных будет подписан во время осеннего визита."
    assert _signed_cue(text, "подписан") == Counter({"announced": 1})


def test_a_contract_that_may_or_must_be_concluded_is_a_plan() -> None:
    for text in ("Договор о поставке турбин может быть заключён до декабря.",
                 "Соглашения должны быть окончательно подписаны весной."):
        assert _signed_cue(text, "подписаны" if "подписаны" in text else "заключён") == Counter({"announced": 1})


def test_a_document_that_was_signed_stays_signed() -> None:
    text = "Меморандум о создании общего центра данных был подписан во время осеннего визита."
    assert _signed_cue(text, "подписан") == Counter({"signed": 1})


def test_an_agreement_to_be_signed_at_a_visit_is_announced() -> None:
    title = "Космические агентства двух стран подпишут соглашение"
    body = ("Москва, 3 марта. Соглашение о сотрудничестве между «Роскосмосом» и Китайским национальным "
            "космическим управлением будет подписано в ходе визита президента в Пекин.")
    doc = Document(id="doc_ru_future_passive", text=f"{title}\n{body}", title=title, lang="ru", published="2024-03-03")
    stages = {(e.type, e.stage) for e in extract_document(doc).events}
    assert ("agreement", "announced") in stages
    assert ("agreement", "signed") not in stages

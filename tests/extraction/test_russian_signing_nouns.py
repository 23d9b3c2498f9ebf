"""A Russian verbal noun of signing ('подписание', 'заключение') has no tense: beside a word of
plan or talks in its clause ('готовятся к подписанию', 'обсудили заключение') the signing is what
is planned; alone, or with a verb of holding ('состоялось подписание'), it stays a signing."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import signing_noun
from techties.records import Document


def _stages(text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_signing_noun", text=text, lang="ru", published="2024-04-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_verbal_nouns_are_told_from_verbs_and_participles() -> None:
    assert all(map(signing_noun, ["подписание", "подписанию", "заключения", "согласовании", "утверждением"]))
    assert not any(map(signing_noun, ["подписали", "подписано", "подписанный", "заключён", "согласованы"]))


def test_a_signing_prepared_for_is_announced() -> None:
    text = ("«Роскосмос» и Китайское национальное космическое управление готовятся к подписанию "
            "соглашения о совместной орбитальной обсерватории.")
    assert ("agreement", "announced") in _stages(text)


def test_a_signing_scheduled_is_announced() -> None:
    text = ("Подписание соглашения между «Роскосмосом» и Китайским национальным космическим управлением "
            "о совместной орбитальной обсерватории запланировано на осень.")
    assert ("agreement", "announced") in _stages(text)


def test_a_signing_held_is_signed() -> None:
    text = ("Подписание соглашения между «Роскосмосом» и Китайским национальным космическим управлением "
            "о совместной орбитальной обсерватории состоялось в Харбине.")
    assert ("agreement", "signed") in _stages(text)

"""A Russian deed that is only possible or under negotiation ("ведут переговоры о поставке",
"вероятно, приобретёт", "возможное подписание контракта") is planned, even in a story of a
concluded deal, whose terms would be signed."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import open_marks
from techties.records import Document

_SIGNED = ("Рособоронэкспорт и китайская корпорация NORINCO подписали межправительственное соглашение "
           "о военно-техническом сотрудничестве. ")


def _supply(title: str, text: str) -> list[str]:
    doc = Document(id="doc_test", text=_SIGNED + text, title=title, lang="ru", published="2024-05-10")
    return [e.stage for e in extract_document(doc).events if e.type == "supply"]


def test_words_of_possibility_and_talks() -> None:
    assert open_marks("Ростех может начать поставки двигателей") == 1
    assert open_marks("стороны ведут переговоры по поставке двигателей") == 1
    assert open_marks("Ростех начнёт поставки двигателей") == 0


def test_a_negotiated_delivery_is_planned() -> None:
    assert _supply("Рособоронэкспорт и NORINCO обсуждают поставки истребителей Су-57",
                   "Рособоронэкспорт ведет переговоры с NORINCO о поставке истребителей Су-57, "
                   "сообщил представитель компании.") == ["announced"]


def test_a_probable_purchase_is_planned() -> None:
    assert _supply("Китай, вероятно, приобретет у России истребители Су-57",
                   "Китай, вероятно, приобретет у Рособоронэкспорта истребители Су-57, "
                   "считают эксперты.") == ["announced"]

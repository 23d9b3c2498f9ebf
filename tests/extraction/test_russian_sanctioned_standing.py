"""A Russian sanctions cue that only describes a party's standing ("фирмам, которые находятся
под санкциями", "компании, находящейся под санкциями США") reports no countermeasure; a measure
told as such ("Минфин США ввел санкции против…") still does."""

from __future__ import annotations

from techties.extraction.party_standing import measures_describe_parties
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _types(body: str, title: str = "Поставки из Китая") -> set[str]:
    doc = Document(id="doc_ru_standing", text=f"{title}\n{body}", title=title, lang="ru", published="2024-05-01")
    return {e.type for e in extract_document(doc).events}


def _standing(sentence: str, cue: str) -> set[str]:
    at = sentence.index(cue)
    spans = [(at, at + len(cue), "types:countermeasure")]
    return {"countermeasure"} if measures_describe_parties(sentence, 0, spans, "ru") else set()


def test_a_party_under_sanctions_is_no_measure() -> None:
    assert _standing("Фирма отгрузила станки заводу, который находится под санкциями.", "под санкциями") == {
        "countermeasure"}
    assert _standing("Дроны собирает компания, находящейся под санкциями ЕС.", "под санкциями") == {
        "countermeasure"}
    assert _standing("Детали шли фирмам, на которые распространяются санкции.", "санкции") == {"countermeasure"}
    title = "Китай поставлял России детали для дронов"
    assert _types("Китайские компании поставили российским фирмам, которые находятся под санкциями США "
                  "за выпуск дронов, микросхемы на 5 млн долларов.", title) == {"supply"}
    assert _types("Гуандунская фирма отгрузила двигатели для беспилотников казанскому заводу, "
                  "находящемуся под санкциями ЕС.", title) == {"supply"}


def test_a_measure_told_as_such_stays() -> None:
    assert _standing("Минфин США ввел санкции против гуандунской компании.", "санкции") == set()
    assert "countermeasure" in _types(
        "Вашингтон, 3 марта. Минфин США внес в санкционный список три китайские компании, которые продавали "
        "микросхемы российским оборонным заводам.", "Минфин США наказал китайских поставщиков российской оборонки")

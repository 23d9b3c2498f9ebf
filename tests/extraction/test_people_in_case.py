"""People a Russian report of a case names beside its charge are its parties in person,
whatever word introduces them; those who serve the case or speak of it are not."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_names import people_in_case
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _names(sentence: str) -> list[str]:
    return [m.latin or m.text for m in people_in_case(sentence, find_mentions(sentence))]


def test_the_accused_are_read_whatever_word_introduces_them() -> None:
    sentence = ("Выходец из провинции Хэбэй Ван Лэй получил восемь лет заключения, "
                "его компаньон Сунь Бинь — семь лет.")
    assert _names(sentence) == ["Wang Lei", "Sun Bin"]


def test_a_russian_given_name_tells_the_side_of_a_surname_of_no_russian_shape() -> None:
    found = people_in_case("Суд приговорил инженера Бориса Гольдмана к десяти годам.", [])
    assert [(m.latin, m.sides) for m in found] == [("Boris Goldman", ("RU",))]


def test_lawyers_judges_and_heads_are_not_parties() -> None:
    assert _names("Адвокат Пётр Смирнов заявил, что дело будет обжаловано.") == []
    assert _names("Судья Марина Орлова огласила приговор.") == []
    assert _names("Генеральный директор Олег Тарасов арестован.") == []


def test_the_accused_named_once_are_actors_of_the_case() -> None:
    text = ("Суд в Иркутске приговорил двух граждан КНР за контрабанду деталей ракетных двигателей. "
            "Выходец из провинции Хэбэй Ван Лэй приговорён к восьми годам, его компаньон Сунь Бинь — к семи. "
            "По данным ФСБ, они пытались вывезти в Китай детали двигателей для ракет.")
    events = extract_document(Document(id="d", text=text, title="", lang="ru", published="2023-03-01")).events
    names = {r.name for e in events if e.type == "friction" for r in e.china_actors}
    assert {"Wang Lei", "Sun Bin"} <= names


def test_the_firm_of_the_accused_is_read_in_the_sentence_that_tells_the_case() -> None:
    text = ("Суд в Иркутске приговорил двух граждан КНР за контрабанду деталей ракетных двигателей. "
            "Выходец из провинции Хэбэй Ван Лэй, директор по закупкам компании «ФанЮйТун», приговорён к восьми "
            "годам, его компаньон Сунь Бинь — к семи. "
            "По данным ФСБ, они пытались вывезти в Китай детали двигателей для ракет.")
    events = extract_document(Document(id="d", text=text, title="", lang="ru", published="2023-03-01")).events
    names = {r.name for e in events if e.type == "friction" for r in e.china_actors}
    assert any(name.startswith("FangYuTong") for name in names)
